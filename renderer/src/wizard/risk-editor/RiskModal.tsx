import { Alert, Collapse, Form, Input, Select, Typography } from 'antd'
import type { Post, Risk, RiskPoint, Staff } from '@shared/domain/entities'
import { hazardFactorTypes, type HazardFactorType } from '@shared/domain/entities'
import type { ControlLevel, RiskLevel } from '@shared/domain/levels'
import type { GradingMethod } from '@shared/grading/grade'
import type { ValueTables } from '@shared/grading/value-tables'
import { riskInput, type RiskInput } from '@shared/schemas/inputs'
import { analysisFieldLabels } from '@shared/domain/analysis'
import type { RiskPrefill } from '../analysis/risk-prefill'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { useProgressRefresh } from '../progress'
import { AccidentTypeSelect } from './AccidentTypeSelect'
import { EvaluationFields } from './EvaluationFields'

const fields = riskInput.shape

export interface RiskFormValues {
  hazard: string
  factorType: HazardFactorType | null
  consequence: string
  accidentTypes: string[]
  method: GradingMethod
  lecL: number | null
  lecE: number | null
  lecC: number | null
  lsL: number | null
  lsS: number | null
  directLevel: RiskLevel | null
  controlLevel: ControlLevel | null
  ownerPostId: number | null
  ownerStaffId: number | null
}

function initialValues(risk: Risk | undefined, point: RiskPoint, prefill: RiskPrefill | undefined, method: GradingMethod): RiskFormValues {
  if (risk) return { ...risk }
  return {
    hazard: prefill?.hazard ?? '',
    factorType: null,
    consequence: prefill?.consequence ?? '',
    accidentTypes: [],
    method,
    lecL: null,
    lecE: null,
    lecC: null,
    lsL: null,
    lsS: null,
    directLevel: null,
    controlLevel: null,
    ownerPostId: point.ownerPostId,
    ownerStaffId: point.ownerStaffId
  }
}

interface RiskModalProps {
  point: RiskPoint
  /** The risk to edit; a new risk of the point when absent. */
  risk?: Risk
  /** For a new risk found at a JHA step or SCL item: the values it starts with and the step it links to. */
  prefill?: RiskPrefill
  /** In step 5 the identification fields start folded, so the evaluation is in view. */
  focus: 'identification' | 'evaluation'
  /** The method a new risk starts with: LEC, or direct grading in the small-school mode. */
  defaultMethod?: GradingMethod
  tables: ValueTables
  posts: readonly Post[]
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
  onSaved: (point: RiskPoint) => void
  onClose: () => void
}

/** Identifies and grades one risk (危险有害因素) of a risk point; saving grades it on the Node side too. */
export function RiskModal({ point, risk, prefill, focus, defaultMethod = 'lec', tables, posts, staff, onStaffAdded, onSaved, onClose }: RiskModalProps) {
  const [form] = Form.useForm<RiskFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async () => {
    // Factors of the methods not shown stay in the form store; the Node side stores only the chosen method's.
    const values = form.getFieldsValue(true) as RiskFormValues
    const input = {
      id: risk?.id ?? null,
      riskPointId: point.id,
      hazard: values.hazard,
      factorType: values.factorType,
      consequence: values.consequence,
      accidentTypes: values.accidentTypes,
      method: values.method,
      lecL: values.lecL,
      lecE: values.lecE,
      lecC: values.lecC,
      lsL: values.lsL,
      lsS: values.lsS,
      directLevel: values.directLevel ?? '',
      controlLevel: values.controlLevel ?? '',
      ownerPostId: values.ownerPostId,
      ownerStaffId: values.ownerStaffId,
      // An edit leaves the field out, so the risk keeps the step it was found at.
      analysisEntryId: risk ? undefined : (prefill?.entry.id ?? null)
    } as unknown as RiskInput
    const saved = await run(() => call('risks:save', input), risk ? '风险已保存并重新评价' : '风险已添加并完成评价')
    if (!saved) return false
    refresh()
    onSaved(saved)
    return true
  }

  const identification = (
    <>
      <Form.Item name="hazard" label="危险有害因素" required rules={[schemaRule(fields.hazard)]}>
        <Input.TextArea autoFocus={focus === 'identification'} autoSize={{ minRows: 2, maxRows: 6 }} placeholder="如：楼梯扶手松动，课间学生追逐打闹" data-testid="risk-hazard" />
      </Form.Item>
      <Form.Item name="factorType" label="因素类别" required rules={[schemaRule(fields.factorType)]}>
        <Select options={hazardFactorTypes.map((value) => ({ value, label: value }))} placeholder="人的因素、物的因素、环境因素或管理因素" data-testid="risk-factor-type" />
      </Form.Item>
      <Form.Item name="consequence" label="可能导致的后果" rules={[schemaRule(fields.consequence)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="如：学生摔伤、骨折" data-testid="risk-consequence" />
      </Form.Item>
      <Form.Item name="accidentTypes" label="事故类型" required rules={[schemaRule(fields.accidentTypes)]}>
        <AccidentTypeSelect />
      </Form.Item>
    </>
  )

  return (
    <FormModal<RiskFormValues>
      title={`${risk ? (focus === 'evaluation' ? '风险评价' : '编辑风险') : '添加风险'} — ${point.code} ${point.name}`}
      form={form}
      initialValues={initialValues(risk, point, prefill, defaultMethod)}
      onSubmit={submit}
      onClose={onClose}
      width={960}
      okText={risk ? '保存' : '添加'}
      testId="risk-modal"
    >
      {prefill && !risk && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`由${analysisFieldLabels[prefill.entry.method].item} ${prefill.entry.seq}“${prefill.entry.item}”辨识：危险有害因素已按记录填写，请选择因素类别和事故类型，补充后果后评价。`}
          data-testid="risk-prefill-note"
        />
      )}
      {focus === 'evaluation' ? (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[{ key: 'identification', label: `危险有害因素：${risk?.hazard ?? ''}`, forceRender: true, children: identification }]}
        />
      ) : (
        identification
      )}
      <Typography.Title level={5}>风险评价</Typography.Title>
      <EvaluationFields form={form} tables={tables} posts={posts} staff={staff} onStaffAdded={onStaffAdded} />
    </FormModal>
  )
}
