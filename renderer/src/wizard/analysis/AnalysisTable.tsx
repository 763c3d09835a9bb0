import { Button, Space, Table, Tooltip } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons'
import type { KeyboardEvent } from 'react'
import type { Risk } from '@shared/domain/entities'
import { analysisFieldLabels, type AnalysisEntry, type AnalysisMethod } from '@shared/domain/analysis'
import { DeleteButton } from '../../components/DeleteButton'
import { LevelTag } from '../../components/LevelTag'

interface AnalysisTableProps {
  method: AnalysisMethod
  entries: readonly AnalysisEntry[]
  /** The point's risks; each row shows those linked to it. */
  risks: readonly Risk[]
  onEdit: (entry: AnalysisEntry) => void
  onDelete: (entry: AnalysisEntry) => Promise<void>
  onMove: (entry: AnalysisEntry, offset: -1 | 1) => void
  onCreateRisk: (entry: AnalysisEntry) => void
}

/** Shows a text with a second, muted one below it, each cut to a few lines. The modal shows them whole. */
function TextWithNote({ text, label, note }: { text: string; label: string; note: string }) {
  return (
    <>
      <div className="analysis-text">{text}</div>
      {note !== '' && (
        <div className="analysis-note">
          {label}：{note}
        </div>
      )}
    </>
  )
}

function FoundRisks({ risks }: { risks: readonly Risk[] }) {
  if (risks.length === 0) return <span className="muted">尚未辨识风险</span>
  return (
    <div className="analysis-risks">
      {risks.map((risk) => (
        <div key={risk.id} data-testid={`analysis-risk-${risk.id}`}>
          <LevelTag level={risk.level} /> <span className="analysis-risk-hazard">{risk.hazard}</span>
        </div>
      ))}
    </div>
  )
}

/**
 * Lists a point's steps or items with the risks each found. Keyboard: Tab reaches each row and its buttons,
 * Alt+↑ and Alt+↓ move the focused row, Enter on the row opens it for editing.
 */
export function AnalysisTable({ method, entries, risks, onEdit, onDelete, onMove, onCreateRisk }: AnalysisTableProps) {
  const labels = analysisFieldLabels[method]
  const last = entries.length - 1

  const keyDown = (event: KeyboardEvent<HTMLElement>, entry: AnalysisEntry, position: number) => {
    if (event.target !== event.currentTarget) return
    if (event.altKey && event.key === 'ArrowUp' && position > 0) onMove(entry, -1)
    else if (event.altKey && event.key === 'ArrowDown' && position < last) onMove(entry, 1)
    else if (event.key === 'Enter') onEdit(entry)
    else return
    event.preventDefault()
  }

  return (
    <Table<AnalysisEntry>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...entries]}
      data-testid={`analysis-table-${method}`}
      onRow={(entry, position) => ({
        tabIndex: 0,
        'aria-label': `${labels.item} ${entry.seq}：${entry.item}`,
        onKeyDown: (event) => keyDown(event, entry, position ?? 0)
      })}
      locale={{ emptyText: method === 'jha' ? '还没有工作步骤。请把这项活动按先后顺序分解为若干步骤（一般不超过 10 步），逐步写明危险源。' : '还没有检查项目。请逐项列出要检查的部位或设施及其标准，写明不符合标准的情况及后果。' }}
      columns={[
        { title: '序号', dataIndex: 'seq', width: 52, align: 'center' },
        {
          title: method === 'scl' ? `${labels.item}及${labels.standard}` : labels.item,
          key: 'item',
          width: 200,
          render: (_value, entry) => <TextWithNote text={entry.item} label="标准" note={entry.standard} />
        },
        {
          title: `${labels.deviation}／${labels.existingControls}`,
          key: 'deviation',
          render: (_value, entry) => <TextWithNote text={entry.deviation} label="现有措施" note={entry.existingControls} />
        },
        { title: '辨识出的风险', key: 'risks', width: 200, render: (_value, entry) => <FoundRisks risks={risks.filter((risk) => risk.analysisEntryId === entry.id)} /> },
        {
          title: '操作',
          key: 'actions',
          width: 176,
          render: (_value, entry, position) => (
            <Space size={0} wrap>
              <Tooltip title="上移（Alt+↑）">
                <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={`上移${labels.item} ${entry.seq}`} disabled={position === 0} onClick={() => onMove(entry, -1)} data-testid={`analysis-up-${entry.id}`} />
              </Tooltip>
              <Tooltip title="下移（Alt+↓）">
                <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={`下移${labels.item} ${entry.seq}`} disabled={position === last} onClick={() => onMove(entry, 1)} data-testid={`analysis-down-${entry.id}`} />
              </Tooltip>
              <Button type="link" size="small" autoInsertSpace={false} onClick={() => onEdit(entry)} data-testid={`analysis-edit-${entry.id}`}>
                编辑
              </Button>
              <DeleteButton
                target={`${labels.item}“${entry.item}”`}
                consequence="由它辨识出的风险保留，只是不再关联到这一条。"
                onConfirm={() => onDelete(entry)}
                testId={`analysis-delete-${entry.id}`}
              />
              <Button type="link" size="small" icon={<PlusOutlined />} autoInsertSpace={false} onClick={() => onCreateRisk(entry)} data-testid={`analysis-create-risk-${entry.id}`}>
                由此辨识风险
              </Button>
            </Space>
          )
        }
      ]}
    />
  )
}
