import { Form, Input } from 'antd'
import type { CustomLibraryInfo } from '@shared/domain/custom-library'
import { customMetaInput } from '@shared/schemas/custom-library-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'

const fields = customMetaInput.shape

interface MetaFormValues {
  name: string
  author: string
}

interface MetaModalProps {
  info: CustomLibraryInfo
  onSaved: (info: CustomLibraryInfo) => void
  onClose: () => void
}

/** Names the custom library and its author, written into every exported file. */
export function MetaModal({ info, onSaved, onClose }: MetaModalProps) {
  const [form] = Form.useForm<MetaFormValues>()
  const run = useAction()

  const submit = async (values: MetaFormValues) => {
    const saved = await run(() => call('custom-library:save-meta', values), '风险库名称和作者已保存')
    if (!saved) return false
    onSaved(saved)
    return true
  }

  return (
    <FormModal<MetaFormValues> title="风险库名称和作者" form={form} initialValues={{ name: info.name, author: info.author }} onSubmit={submit} onClose={onClose} testId="custom-meta-modal">
      <Form.Item name="name" label="风险库名称" required rules={[schemaRule(fields.name)]}>
        <Input autoFocus maxLength={60} />
      </Form.Item>
      <Form.Item name="author" label="作者" rules={[schemaRule(fields.author)]}>
        <Input maxLength={50} placeholder="如：焦作市安全咨询中心 张工" />
      </Form.Item>
    </FormModal>
  )
}
