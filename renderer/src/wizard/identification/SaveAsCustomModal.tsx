import { Alert, Form, Input, Typography } from 'antd'
import { isCustomKey } from '@shared/domain/custom-library'
import type { RiskPoint } from '@shared/domain/entities'
import type { FacilityKey, SchoolCategory } from '@shared/domain/school'
import { saveAsCustomInput } from '@shared/schemas/custom-library-inputs'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ApplicabilityFields } from '../../components/ApplicabilityFields'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'

const fields = saveAsCustomInput.shape

interface SaveAsCustomValues {
  name: string
  categories: SchoolCategory[]
  facilities: FacilityKey[]
}

interface SaveAsCustomModalProps {
  point: RiskPoint
  /** Called after saving; a point the school wrote itself is now linked to the entry. */
  onSaved: () => Promise<void>
  onClose: () => void
}

/**
 * Copies a school's risk point, with its risks, measures and check items, into the consultant's custom
 * library, so other schools can add it like a built-in entry. Says beforehand when an entry is replaced.
 */
export function SaveAsCustomModal({ point, onSaved, onClose }: SaveAsCustomModalProps) {
  const [form] = Form.useForm<SaveAsCustomValues>()
  const school = useLoad('school:get')
  const library = useLoad('custom-library:get')
  const run = useAction()
  const name = Form.useWatch('name', form) ?? point.name

  const entries = library.data?.entries ?? []
  const linked = isCustomKey(point.libraryKey) ? entries.find((entry) => entry.key === point.libraryKey) : undefined
  const sameName = entries.find((entry) => entry.name === name)
  const replacing = linked ?? sameName

  const submit = async (values: SaveAsCustomValues) => {
    const saved = await run(
      () => call('custom-library:save-point', { riskPointId: point.id, ...values }),
      replacing ? `已更新自定义条目“${values.name}”` : `已保存为自定义条目“${values.name}”`
    )
    if (!saved) return false
    await onSaved()
    return true
  }

  const category = school.data?.category
  if (!school.data) return null

  return (
    <FormModal<SaveAsCustomValues>
      title={`保存为自定义条目 — ${point.code} ${point.name}`}
      form={form}
      initialValues={{ name: linked?.name ?? point.name, categories: category ? [category] : [], facilities: [] }}
      onSubmit={submit}
      onClose={onClose}
      okText="保存到自定义风险库"
      width={640}
      testId="save-as-custom-modal"
    >
      <Typography.Paragraph type="secondary">
        将复制该风险点的 {point.risks.length} 项风险及其管控措施和排查项。自定义风险库保存在本机，所有学校文件共用；内置风险库不会改变。
      </Typography.Paragraph>
      {library.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={library.error.message} />}
      {replacing && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`自定义风险库中已有条目“${replacing.name}”，保存后将用本校的内容替换它。`}
          data-testid="save-as-custom-replaces"
        />
      )}
      <Form.Item name="name" label="条目名称" required rules={[schemaRule(fields.name)]}>
        <Input autoFocus maxLength={60} data-testid="save-as-custom-name" />
      </Form.Item>
      <ApplicabilityFields />
    </FormModal>
  )
}
