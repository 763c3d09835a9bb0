import { Alert, Button, Col, Form, Input, Row, Space, Typography } from 'antd'
import { useState } from 'react'
import type { Post, Staff } from '@shared/domain/entities'
import { responsibilityKinds } from '@shared/domain/posts'
import { describeError } from '@shared/errors'
import { appErrorsFromZod } from '@shared/schemas/fields'
import { postInput, responsibilityInput, type PostInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { succeeded, useAction } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { schemaRule } from '../../components/form-rules'
import { StaffSelect } from '../../components/StaffSelect'
import { useProgressRefresh } from '../progress'
import { newLineKey, ResponsibilityLines, type ResponsibilityLine } from './ResponsibilityLines'

const fields = postInput.shape

interface PostFormValues {
  name: string
  department: string
  staffIds: number[]
}

function linesOf(post: Post): ResponsibilityLine[] {
  return post.responsibilities.map((item) => ({ key: newLineKey(), kind: item.kind, content: item.content }))
}

/** Checks each line as the Node side will, and returns the message per failing line. */
function lineErrors(lines: ResponsibilityLine[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const line of lines) {
    const parsed = responsibilityInput.shape.content.safeParse(line.content)
    if (!parsed.success) {
      const [first] = appErrorsFromZod(parsed.error)
      errors[line.key] = first ? describeError(first) : '填写有误'
    }
  }
  return errors
}

interface PostEditorProps {
  post: Post
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
  onSaved: (post: Post) => void
  onDeleted: (post: Post) => void
  onDirtyChange: (dirty: boolean) => void
}

/** Edits one post: name, department, the people in it and its responsibility list. */
export function PostEditor({ post, staff, onStaffAdded, onSaved, onDeleted, onDirtyChange }: PostEditorProps) {
  const [form] = Form.useForm<PostFormValues>()
  const [lines, setLines] = useState(() => linesOf(post))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const run = useAction()
  const refresh = useProgressRefresh()

  const changeLines = (next: ResponsibilityLine[]) => {
    setLines(next)
    setErrors({})
    onDirtyChange(true)
  }

  const save = async (values: PostFormValues) => {
    const nonEmpty = lines.filter((line) => line.content.trim() !== '')
    const problems = lineErrors(nonEmpty)
    setErrors(problems)
    if (Object.keys(problems).length > 0) return

    const ordered = responsibilityKinds.flatMap((kind) => nonEmpty.filter((line) => line.kind === kind))
    const input = {
      id: post.id,
      ...values,
      responsibilities: ordered.map((line) => ({ kind: line.kind, content: line.content }))
    } as unknown as PostInput
    setSaving(true)
    const saved = await run(() => call('posts:save', input), `岗位“${values.name}”已保存`)
    setSaving(false)
    if (!saved) return
    setLines(linesOf(saved))
    onDirtyChange(false)
    onSaved(saved)
    refresh()
  }

  const remove = async () => {
    const done = await run(succeeded(() => call('posts:delete', { id: post.id })), `已删除岗位“${post.name}”`)
    if (done === undefined) return
    onDirtyChange(false)
    onDeleted(post)
    refresh()
  }

  return (
    <Form<PostFormValues>
      form={form}
      layout="vertical"
      initialValues={{ name: post.name, department: post.department, staffIds: post.staffIds }}
      onValuesChange={() => onDirtyChange(true)}
      onFinish={(values) => void save(values)}
      data-testid="post-editor"
    >
      <div className="block-title">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {post.name}
        </Typography.Title>
        <DeleteButton
          target={`岗位“${post.name}”`}
          consequence="岗位的责任清单和人员安排将一并删除；以此岗位为责任岗位的风险和措施会保留，但不再有责任岗位。"
          label="删除岗位"
          showIcon
          onConfirm={remove}
          testId="post-delete"
        />
      </div>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label="岗位名称" required rules={[schemaRule(fields.name)]}>
            <Input maxLength={40} data-testid="post-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="department" label="所属部门" rules={[schemaRule(fields.department)]}>
            <Input maxLength={50} data-testid="post-department" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="staffIds" label="岗位人员" rules={[schemaRule(fields.staffIds)]} extra="印在责任清单的签字栏；名册中没有的人可在下拉列表底部新增。">
            <StaffSelect staff={staff} multiple onStaffAdded={onStaffAdded} testId="post-staff" />
          </Form.Item>
        </Col>
      </Row>
      {lines.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="此岗位还没有责任内容，请至少添加一条安全职责。" />}
      <ResponsibilityLines lines={lines} onChange={changeLines} errors={errors} />
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="post-save">
          保存岗位
        </Button>
        <span className="muted">空白的条目在保存时自动去掉。</span>
      </Space>
    </Form>
  )
}
