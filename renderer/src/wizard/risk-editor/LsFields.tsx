import { Col, Form, Row, type FormInstance } from 'antd'
import { formatScore, type Grade } from '@shared/grading/grade'
import type { LsTable } from '@shared/grading/value-tables'
import { LevelTag } from '../../components/LevelTag'
import { requiredRule } from '../../components/form-rules'
import { FactorSelect } from './FactorSelect'
import { LsMatrix } from './LsMatrix'
import { ThresholdTable } from './ThresholdTable'

interface LsFieldsProps {
  table: LsTable
  form: FormInstance
  factors: { l: number | null; s: number | null }
  grade?: Grade
}

/** LS: L and S from their scales or from a click in the matrix, and R = L × S with its level. */
export function LsFields({ table, form, factors, grade }: LsFieldsProps) {
  const pick = (l: number, s: number) => {
    form.setFieldsValue({ lsL: l, lsS: s })
    void form.validateFields(['lsL', 'lsS'])
  }

  return (
    <Row gutter={16} data-testid="ls-fields">
      <Col span={12}>
        <Form.Item name="lsL" label="L（事故发生的可能性）" required rules={[requiredRule('L（事故发生的可能性）', 'choice')]}>
          <FactorSelect scale={table.l} testId="ls-l" />
        </Form.Item>
        <Form.Item name="lsS" label="S（后果严重性）" required rules={[requiredRule('S（后果严重性）', 'choice')]}>
          <FactorSelect scale={table.s} testId="ls-s" />
        </Form.Item>
        <div className="grade-result" data-testid="grade-result">
          <div>
            R = L × S = {factors.l ?? '?'} × {factors.s ?? '?'}
            {grade && <strong> = {formatScore(grade.score)}</strong>}
          </div>
          <div className="grade-level">{grade ? <LevelTag level={grade.level} /> : <span className="muted">选齐两项或点击矩阵中的格子</span>}</div>
        </div>
        <ThresholdTable thresholds={table.thresholds} symbol="R" current={grade?.level} />
      </Col>
      <Col span={12}>
        <LsMatrix table={table} l={factors.l} s={factors.s} onPick={pick} />
      </Col>
    </Row>
  )
}
