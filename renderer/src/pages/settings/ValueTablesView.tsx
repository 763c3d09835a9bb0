import { Col, Row, Table, Typography } from 'antd'
import { riskLevels, type RiskLevel } from '@shared/domain/levels'
import { thresholdRanges } from '@shared/grading/grade'
import { valueTablesVersionLabel } from '@shared/grading/value-tables-version'
import type { LevelThreshold, ScaleValue, ValueTables } from '@shared/grading/value-tables'
import { LevelTag } from '../../components/LevelTag'

function ScaleTable({ title, scale, testId }: { title: string; scale: readonly ScaleValue[]; testId: string }) {
  return (
    <Table<ScaleValue>
      rowKey="value"
      size="small"
      pagination={false}
      title={() => <strong>{title}</strong>}
      dataSource={[...scale]}
      data-testid={testId}
      columns={[
        { title: '分值', dataIndex: 'value', width: 70 },
        { title: '含义', dataIndex: 'meaning' }
      ]}
    />
  )
}

function LevelRanges({ title, thresholds, symbol, testId }: { title: string; thresholds: readonly LevelThreshold[]; symbol: string; testId: string }) {
  const ranges = thresholdRanges(thresholds, symbol)
  return (
    <Table<{ level: RiskLevel }>
      rowKey="level"
      size="small"
      pagination={false}
      title={() => <strong>{title}</strong>}
      dataSource={riskLevels.map((level) => ({ level }))}
      data-testid={testId}
      columns={[
        { title: `${symbol} 值`, key: 'range', width: 160, render: (_value, row) => ranges[row.level] },
        { title: '风险等级', key: 'level', render: (_value, row) => <LevelTag level={row.level} /> }
      ]}
    />
  )
}

/** Shows the value tables the school grades with, read-only: LEC and LS scales with their level thresholds. */
export function ValueTablesView({ tables }: { tables: ValueTables }) {
  return (
    <div data-testid="value-tables">
      <Typography.Paragraph>
        当前评价标准：<strong>{tables.name}</strong>
        <span className="muted" style={{ marginLeft: 12 }}>版本：{valueTablesVersionLabel(tables.version)}</span>
      </Typography.Paragraph>
      <Typography.Title level={5}>LEC 作业条件危险性分析法（D = L × E × C）</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <ScaleTable title="L — 事故发生的可能性" scale={tables.lec.l} testId="lec-table-l" />
        </Col>
        <Col span={12}>
          <ScaleTable title="E — 暴露于危险环境的频繁程度" scale={tables.lec.e} testId="lec-table-e" />
        </Col>
        <Col span={12}>
          <ScaleTable title="C — 发生事故可能造成的后果" scale={tables.lec.c} testId="lec-table-c" />
        </Col>
        <Col span={12}>
          <LevelRanges title="LEC 分级标准" thresholds={tables.lec.thresholds} symbol="D" testId="lec-thresholds" />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        LS 风险矩阵法（R = L × S）
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <ScaleTable title="L — 事故发生的可能性" scale={tables.ls.l} testId="ls-table-l" />
        </Col>
        <Col span={12}>
          <ScaleTable title="S — 后果严重性" scale={tables.ls.s} testId="ls-table-s" />
        </Col>
        <Col span={12}>
          <LevelRanges title="LS 分级标准" thresholds={tables.ls.thresholds} symbol="R" testId="ls-thresholds" />
        </Col>
      </Row>
    </div>
  )
}
