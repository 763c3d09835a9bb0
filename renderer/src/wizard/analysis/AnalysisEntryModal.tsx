import { Form, Input } from 'antd'
import type { RiskPoint } from '@shared/domain/entities'
import { analysisFieldLabels, analysisMethodLabels, type AnalysisEntry, type AnalysisMethod } from '@shared/domain/analysis'
import { analysisTextFields, type AnalysisEntryInput } from '@shared/schemas/analysis-inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'

interface EntryFormValues {
  item: string
  standard: string
  deviation: string
  existingControls: string
}

const placeholders: Record<AnalysisMethod, EntryFormValues> = {
  jha: {
    item: '如：出车前检查车况（写做什么，不写怎么做）',
    standard: '',
    deviation: '如：出车前未检查车况，安全带、应急门、灭火器不完好',
    existingControls: '已经采取的措施，每行一条，如：驾驶员每趟出车前检查车况并填写检查表'
  },
  scl: {
    item: '如：燃气管道与阀门',
    standard: '如：管道无锈蚀、无泄漏，燃气报警器与紧急切断阀联动有效',
    deviation: '如：软管老化漏气；可能导致燃气爆炸、人员中毒',
    existingControls: '已经采取的措施，每行一条，如：操作间安装燃气泄漏报警和自动切断装置'
  }
}

interface AnalysisEntryModalProps {
  point: RiskPoint
  method: AnalysisMethod
  /** The record to edit; a new one at the end of the list when absent. */
  entry?: AnalysisEntry
  onSaved: (entries: AnalysisEntry[]) => void
  onClose: () => void
}

/** Adds or edits a JHA step or an SCL item of a risk point. */
export function AnalysisEntryModal({ point, method, entry, onSaved, onClose }: AnalysisEntryModalProps) {
  const [form] = Form.useForm<EntryFormValues>()
  const run = useAction()
  const labels = analysisFieldLabels[method]
  const fields = analysisTextFields(method)
  const examples = placeholders[method]

  const submit = async (values: EntryFormValues) => {
    const input = { ...values, id: entry?.id ?? null, riskPointId: point.id, method } as AnalysisEntryInput
    const saved = await run(() => call('analysis:save', input), entry ? `${labels.item}已保存` : `${labels.item}已添加`)
    if (!saved) return false
    onSaved(saved)
    return true
  }

  return (
    <FormModal<EntryFormValues>
      title={`${entry ? `编辑${labels.item} ${entry.seq}` : `添加${labels.item}`} — ${point.code} ${point.name}`}
      form={form}
      initialValues={entry ?? { item: '', standard: '', deviation: '', existingControls: '' }}
      onSubmit={submit}
      onClose={onClose}
      width={720}
      okText={entry ? '保存' : '添加'}
      testId="analysis-modal"
    >
      <div className="muted" style={{ marginBottom: 12 }}>
        {analysisMethodLabels[method]}
      </div>
      <Form.Item name="item" label={labels.item} required rules={[schemaRule(fields.item)]}>
        <Input autoFocus placeholder={examples.item} data-testid="analysis-item" />
      </Form.Item>
      {method === 'scl' && (
        <Form.Item name="standard" label={labels.standard} rules={[schemaRule(fields.standard)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={examples.standard} data-testid="analysis-standard" />
        </Form.Item>
      )}
      <Form.Item name="deviation" label={labels.deviation} rules={[schemaRule(fields.deviation)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={examples.deviation} data-testid="analysis-deviation" />
      </Form.Item>
      <Form.Item name="existingControls" label={labels.existingControls} rules={[schemaRule(fields.existingControls)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder={examples.existingControls} data-testid="analysis-controls" />
      </Form.Item>
    </FormModal>
  )
}
