import { Alert, Button, Space, Table, Typography } from 'antd'
import { riskLevels, type RiskLevel } from '@shared/domain/levels'
import { formatScore } from '@shared/grading/grade'
import type { RegradedRisk, ValueTablesPreview } from '@shared/value-tables'
import { LevelTag } from '../../components/LevelTag'

interface PreviewPanelProps {
  preview: ValueTablesPreview
  applying: boolean
  onApply: () => void
  onCancel: () => void
}

const methodNames = { lec: 'LEC', ls: 'LS' }

function CountsTable({ preview }: { preview: ValueTablesPreview }) {
  return (
    <Table<{ level: RiskLevel }>
      rowKey="level"
      size="small"
      pagination={false}
      style={{ maxWidth: 420 }}
      dataSource={riskLevels.map((level) => ({ level }))}
      data-testid="preview-counts"
      columns={[
        { title: '风险等级', key: 'level', render: (_value, row) => <LevelTag level={row.level} /> },
        { title: '修改前', key: 'before', align: 'right', render: (_value, row) => preview.countsBefore[row.level] },
        {
          title: '修改后',
          key: 'after',
          align: 'right',
          render: (_value, row) => <span data-testid={`preview-after-${row.level}`}>{preview.countsAfter[row.level]}</span>
        }
      ]}
    />
  )
}

function ChangesTable({ changes }: { changes: RegradedRisk[] }) {
  return (
    <Table<RegradedRisk>
      rowKey="riskId"
      size="small"
      dataSource={changes}
      data-testid="preview-changes"
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 项` }}
      columns={[
        { title: '风险点', key: 'point', width: 160, render: (_value, row) => `${row.pointCode} ${row.pointName}` },
        { title: '危险有害因素', dataIndex: 'hazard' },
        { title: '方法', key: 'method', width: 60, render: (_value, row) => methodNames[row.method] },
        { title: '取值', dataIndex: 'factors', width: 120 },
        { title: '风险值', key: 'score', width: 70, render: (_value, row) => formatScore(row.scoreAfter) },
        {
          title: '等级变化',
          key: 'levels',
          width: 230,
          render: (_value, row) => (
            <Space size={4}>
              <LevelTag level={row.levelBefore} />→<LevelTag level={row.levelAfter} />
            </Space>
          )
        }
      ]}
    />
  )
}

/** Shows what applying the edited tables would do: counts per level before and after, the risks that move, and what blocks it. */
export function PreviewPanel({ preview, applying, onApply, onCancel }: PreviewPanelProps) {
  const blocked = preview.offScale.length > 0
  return (
    <div className="value-tables-preview" data-testid="value-tables-preview">
      <Typography.Title level={5}>变更预览</Typography.Title>
      {preview.identical && <Alert type="info" showIcon title="与当前使用的评价标准完全相同，无需应用。" style={{ marginBottom: 12 }} />}
      {preview.tableChanges.length > 0 && (
        <ul className="table-changes" data-testid="preview-table-changes">
          {preview.tableChanges.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {blocked && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="preview-off-scale"
          title={`有 ${preview.offScale.length} 项风险的取值不在修改后的分值表中，须先处理后才能应用：在分值表中保留这些分值，或到“风险评价”中改评这些风险。`}
          description={
            <ul>
              {preview.offScale.map((risk) => (
                <li key={risk.riskId}>
                  {risk.pointCode} {risk.pointName}“{risk.hazard}”（{methodNames[risk.method]} {risk.factors}）：{risk.field}的取值 {risk.value} 不在新的分值表（{risk.allowed.join('、')}）中
                </li>
              ))}
            </ul>
          }
        />
      )}
      {preview.warnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="请注意" description={<ul>{preview.warnings.map((line) => <li key={line}>{line}</li>)}</ul>} />
      )}
      <Typography.Paragraph>
        将按新标准重新评定 {preview.regraded} 项 LEC、LS 风险，其中 <strong data-testid="preview-change-count">{preview.changes.length}</strong> 项风险的等级发生变化；按等级定义直接判定的 {preview.direct} 项风险保持原等级。
      </Typography.Paragraph>
      <CountsTable preview={preview} />
      {preview.changes.length > 0 && <ChangesTable changes={preview.changes} />}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" danger={preview.changes.length > 0} disabled={blocked || preview.identical} loading={applying} onClick={onApply} data-testid="value-tables-apply">
          应用新标准
        </Button>
        <Button onClick={onCancel}>关闭预览</Button>
      </Space>
    </div>
  )
}
