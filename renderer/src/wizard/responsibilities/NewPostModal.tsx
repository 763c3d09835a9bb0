import { Form, Input } from 'antd'
import type { Post } from '@shared/domain/entities'
import { postInput, type PostInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { useProgressRefresh } from '../progress'

const fields = postInput.shape

interface NewPostValues {
  name: string
  department: string
}

interface NewPostModalProps {
  onClose: () => void
  onSaved: (post: Post) => void
}

/** Adds a post the built-in list does not have; its responsibilities are written in the editor afterwards. */
export function NewPostModal({ onClose, onSaved }: NewPostModalProps) {
  const [form] = Form.useForm<NewPostValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async (values: NewPostValues) => {
    const input = { id: null, ...values, responsibilities: [], staffIds: [] } as unknown as PostInput
    const saved = await run(() => call('posts:save', input), `已添加岗位“${values.name}”，请填写它的责任清单`)
    if (!saved) return false
    refresh()
    onSaved(saved)
    return true
  }

  return (
    <FormModal<NewPostValues> title="添加自定义岗位" form={form} initialValues={{ name: '', department: '' }} onSubmit={submit} onClose={onClose} testId="new-post-modal">
      <Form.Item name="name" label="岗位名称" required rules={[schemaRule(fields.name)]}>
        <Input autoFocus maxLength={40} placeholder="如：心理辅导员、课后服务管理员" data-testid="new-post-name" />
      </Form.Item>
      <Form.Item name="department" label="所属部门" rules={[schemaRule(fields.department)]}>
        <Input maxLength={50} placeholder="如：德育处" data-testid="new-post-department" />
      </Form.Item>
    </FormModal>
  )
}
