import { Form, Input } from 'antd'
import type { CustomLibraryEntry, CustomLibraryInfo } from '@shared/domain/custom-library'
import type { FacilityKey, SchoolCategory } from '@shared/domain/school'
import { customEntryInput } from '@shared/schemas/custom-library-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { ApplicabilityFields } from '../../components/ApplicabilityFields'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'

const fields = customEntryInput.shape

interface EntryFormValues {
  name: string
  area: string
  description: string
  categories: SchoolCategory[]
  facilities: FacilityKey[]
}

interface CustomEntryModalProps {
  entry: CustomLibraryEntry
  onSaved: (info: CustomLibraryInfo) => void
  onClose: () => void
}

/** Edits a custom entry's name, area, description and the schools it fits; its risks stay as saved. */
export function CustomEntryModal({ entry, onSaved, onClose }: CustomEntryModalProps) {
  const [form] = Form.useForm<EntryFormValues>()
  const run = useAction()

  const submit = async (values: EntryFormValues) => {
    const saved = await run(() => call('custom-library:update-entry', { key: entry.key, ...values }), `已保存自定义条目“${values.name}”`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  return (
    <FormModal<EntryFormValues>
      title={`编辑自定义条目 — ${entry.name}`}
      form={form}
      initialValues={{ name: entry.name, area: entry.area, description: entry.description, categories: entry.categories, facilities: entry.facilities }}
      onSubmit={submit}
      onClose={onClose}
      width={640}
      testId="custom-entry-modal"
    >
      <Form.Item name="name" label="名称" required rules={[schemaRule(fields.name)]}>
        <Input autoFocus maxLength={60} data-testid="custom-entry-name" />
      </Form.Item>
      <Form.Item name="area" label="区域" rules={[schemaRule(fields.area)]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="description" label="描述" rules={[schemaRule(fields.description)]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <ApplicabilityFields />
    </FormModal>
  )
}
