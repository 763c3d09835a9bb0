import { Button, Form, Input, Space } from 'antd'
import { useState } from 'react'
import type { Policy } from '@shared/domain/entities'
import { policyInput, type PolicyInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { schemaRule } from '../../components/form-rules'

const fields = policyInput.shape

interface PolicyFormValues {
  title: string
  body: string
}

interface PolicyEditorProps {
  policy: Policy
  onSaved: (policy: Policy) => void
  onDirtyChange: (dirty: boolean) => void
}

/** Edits the title and text of one policy. */
export function PolicyEditor({ policy, onSaved, onDirtyChange }: PolicyEditorProps) {
  const [form] = Form.useForm<PolicyFormValues>()
  const [saving, setSaving] = useState(false)
  const run = useAction()

  const save = async (values: PolicyFormValues) => {
    setSaving(true)
    const saved = await run(() => call('policies:save', { ...values, id: policy.id } as unknown as PolicyInput), `“${values.title}”已保存`)
    setSaving(false)
    if (!saved) return
    onDirtyChange(false)
    onSaved(saved)
  }

  return (
    <Form<PolicyFormValues>
      form={form}
      layout="vertical"
      initialValues={{ title: policy.title, body: policy.body }}
      onValuesChange={() => onDirtyChange(true)}
      onFinish={(values) => void save(values)}
      data-testid="policy-editor"
    >
      <Form.Item name="title" label="制度名称" required rules={[schemaRule(fields.title)]}>
        <Input maxLength={60} data-testid="policy-title" />
      </Form.Item>
      <Form.Item name="body" label="制度正文" required rules={[schemaRule(fields.body)]} extra="每段另起一行，空行会被忽略。">
        <Input.TextArea autoSize={{ minRows: 18, maxRows: 40 }} showCount maxLength={30000} data-testid="policy-body" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="policy-save">
          保存制度
        </Button>
      </Space>
    </Form>
  )
}
