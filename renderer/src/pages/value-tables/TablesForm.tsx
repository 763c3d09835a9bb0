import { Card, Col, Form, Input, Row, Typography, type FormInstance } from 'antd'
import { problemRule, type TablesFormValues } from './form-values'
import { LsPresetPicker } from './LsPresetPicker'
import { MatrixPreview } from './MatrixPreview'
import { ScaleEditor } from './ScaleEditor'
import { ThresholdEditor } from './ThresholdEditor'
import { checkText } from '@shared/schemas/fields'

interface TablesFormProps {
  form: FormInstance<TablesFormValues>
  initialValues: TablesFormValues
}

/** Edits the value tables: the name of the set, the LEC scales and D bounds, the LS bounds and meanings. */
export function TablesForm({ form, initialValues }: TablesFormProps) {
  return (
    <Form<TablesFormValues> form={form} layout="vertical" initialValues={initialValues} data-testid="value-tables-form">
      <Form.Item
        name="name"
        label="评价标准名称"
        required
        rules={[problemRule((value) => checkText(typeof value === 'string' ? value.trim() : '', '评价标准名称', { required: true, max: 60, plainName: true }))]}
        extra="应用后自动编排新的版本，名称和版本印在手册的“风险辨识与评价方法”一章。修改了取值或界限而名称仍为默认名称的，应用时改称“本校评价标准（LEC 四级、LS 5×5 矩阵）”。"
      >
        <Input maxLength={60} style={{ maxWidth: 480 }} data-testid="value-tables-name" />
      </Form.Item>

      <Card size="small" title="LS 风险矩阵法（R = L × S）" style={{ marginBottom: 16 }}>
        <Typography.Paragraph className="muted">选择分级方案，或选“自定义”后修改各等级的下限。L、S 固定为 1–5 分，可修改每个分值的含义。</Typography.Paragraph>
        <LsPresetPicker />
        <Row gutter={24} style={{ marginTop: 12 }}>
          <Col xs={24} lg={12}>
            <ThresholdEditor method="ls" symbol="R" allowExclusive={false} />
          </Col>
          <Col xs={24} lg={12}>
            <MatrixPreview />
          </Col>
          <Col xs={24} lg={12}>
            <ScaleEditor method="ls" scale="l" label="LS 可能性 L" title="L — 事故发生的可能性" editableValues={false} />
          </Col>
          <Col xs={24} lg={12}>
            <ScaleEditor method="ls" scale="s" label="LS 严重性 S" title="S — 后果严重性" editableValues={false} />
          </Col>
        </Row>
      </Card>

      <Card size="small" title="LEC 作业条件危险性分析法（D = L × E × C）">
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <ThresholdEditor method="lec" symbol="D" allowExclusive />
          </Col>
          <Col xs={24} lg={12}>
            <ScaleEditor method="lec" scale="l" label="LEC 可能性 L" title="L — 事故发生的可能性" editableValues />
          </Col>
          <Col xs={24} lg={12}>
            <ScaleEditor method="lec" scale="e" label="LEC 暴露频繁程度 E" title="E — 暴露于危险环境的频繁程度" editableValues />
          </Col>
          <Col xs={24} lg={12}>
            <ScaleEditor method="lec" scale="c" label="LEC 后果 C" title="C — 发生事故可能造成的后果" editableValues />
          </Col>
        </Row>
      </Card>
    </Form>
  )
}
