import { Button, Table } from 'antd'
import type { Risk, RiskPoint } from '@shared/domain/entities'
import { controlLevelLabels, levelRank } from '@shared/domain/levels'
import { formatScore } from '@shared/grading/grade'
import { LevelTag } from '../../components/LevelTag'
import { factorsText, methodShortLabels } from '../risk-editor/risk-display'

export interface RiskRow {
  point: RiskPoint
  risk: Risk
}

interface EvaluationTableProps {
  rows: RiskRow[]
  onEvaluate: (row: RiskRow) => void
}

/** Every risk of the school with its method, factors, score, level and control level. */
export function EvaluationTable({ rows, onEvaluate }: EvaluationTableProps) {
  return (
    <Table<RiskRow>
      rowKey={(row) => row.risk.id}
      size="small"
      dataSource={rows}
      data-testid="evaluation-table"
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (total) => `共 ${total} 项` }}
      locale={{ emptyText: '没有符合条件的风险。' }}
      columns={[
        {
          title: '风险点',
          key: 'point',
          width: 140,
          render: (_value, row) => (
            <>
              <span className="muted">{row.point.code}</span> {row.point.name}
            </>
          )
        },
        { title: '危险有害因素', key: 'hazard', render: (_value, row) => row.risk.hazard },
        { title: '评价方法', key: 'method', width: 76, render: (_value, row) => methodShortLabels[row.risk.method] },
        { title: '取值', key: 'factors', width: 110, render: (_value, row) => factorsText(row.risk) },
        { title: '风险值', key: 'score', width: 64, render: (_value, row) => formatScore(row.risk.score) },
        {
          title: '风险等级',
          key: 'level',
          width: 110,
          sorter: (a, b) => levelRank(a.risk.level) - levelRank(b.risk.level),
          render: (_value, row) => <LevelTag level={row.risk.level} />
        },
        { title: '管控层级', key: 'controlLevel', width: 80, render: (_value, row) => controlLevelLabels[row.risk.controlLevel] },
        {
          title: '操作',
          key: 'actions',
          width: 60,
          render: (_value, row) => (
            <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEvaluate(row)} data-testid={`risk-evaluate-${row.risk.id}`}>
              评价
            </Button>
          )
        }
      ]}
    />
  )
}
