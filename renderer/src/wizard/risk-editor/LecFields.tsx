import { Col, Form, Row } from 'antd'
import type { Grade } from '@shared/grading/grade'
import { formatScore } from '@shared/grading/grade'
import type { LecTable } from '@shared/grading/value-tables'
import { LevelTag } from '../../components/LevelTag'
import { requiredRule } from '../../components/form-rules'
import { FactorSelect } from './FactorSelect'
import { ThresholdTable } from './ThresholdTable'

interface LecFieldsProps {
  table: LecTable
  factors: { l: number | null; e: number | null; c: number | null }
  grade?: Grade
}

/** LEC: L, E and C from their scales, and D = L × E × C with its level as the factors are chosen. */
export function LecFields({ table, factors, grade }: LecFieldsProps) {
  const shown = (value: number | null) => (value === null ? '?' : String(value))
  return (
    <Row gutter={16} data-testid="lec-fields">
      <Col span={14}>
        <Form.Item name="lecL" label="L（事故发生的可能性）" required rules={[requiredRule('L（事故发生的可能性）', 'choice')]}>
          <FactorSelect scale={table.l} testId="lec-l" />
        </Form.Item>
        <Form.Item name="lecE" label="E（暴露于危险环境的频繁程度）" required rules={[requiredRule('E（暴露于危险环境的频繁程度）', 'choice')]}>
          <FactorSelect scale={table.e} testId="lec-e" />
        </Form.Item>
        <Form.Item name="lecC" label="C（发生事故可能造成的后果）" required rules={[requiredRule('C（发生事故可能造成的后果）', 'choice')]}>
          <FactorSelect scale={table.c} testId="lec-c" />
        </Form.Item>
      </Col>
      <Col span={10}>
        <div className="grade-result" data-testid="grade-result">
          <div>
            D = L × E × C = {shown(factors.l)} × {shown(factors.e)} × {shown(factors.c)}
            {grade && <strong> = {formatScore(grade.score)}</strong>}
          </div>
          <div className="grade-level">{grade ? <LevelTag level={grade.level} /> : <span className="muted">选齐三项后自动判定等级</span>}</div>
        </div>
        <ThresholdTable thresholds={table.thresholds} symbol="D" current={grade?.level} />
      </Col>
    </Row>
  )
}
