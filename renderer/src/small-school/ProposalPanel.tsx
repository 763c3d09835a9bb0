import { Alert, Button, Spin, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { riskPointKindLabels } from '@shared/domain/entities'
import { smallSchoolMaxPoints, type ProposedPoint, type ProposalReasonKind } from '@shared/small-school'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { LevelTag } from '../components/LevelTag'
import { useProgressRefresh } from '../wizard/progress'

interface ProposalPanelProps {
  /** Called after points were added, so the step reloads its list. */
  onAdded: () => Promise<void>
}

const reasonColours: Record<ProposalReasonKind, string> = {
  major: 'red',
  essential: 'blue',
  high: 'orange',
  fill: 'default'
}

const reasonLabels: Record<ProposalReasonKind, string> = {
  major: '重大风险',
  essential: '基本风险点',
  high: '较大风险',
  fill: '补足'
}

/**
 * Shows the short risk-point list of the small-school mode, each point with its typical level and the reason.
 * Every point not yet added starts ticked, and the user unticks what the school does not have.
 */
export function ProposalPanel({ onAdded }: ProposalPanelProps) {
  const proposal = useLoad('small-school:proposal')
  const [selected, setSelected] = useState<string[]>()
  const [adding, setAdding] = useState(false)
  const run = useAction()
  const refresh = useProgressRefresh()

  useEffect(() => {
    if (proposal.data && selected === undefined) setSelected(proposal.data.filter((point) => !point.added).map((point) => point.key))
  }, [proposal.data, selected])

  if (proposal.error) return <ErrorBox error={proposal.error} onRetry={() => void proposal.reload()} />
  if (!proposal.data || selected === undefined) return <Spin />
  const points = proposal.data
  const open = points.filter((point) => !point.added).length

  const add = async () => {
    setAdding(true)
    const added = await run(() => call('risk-points:add-from-library', { keys: selected }), `已添加 ${selected.length} 个风险点及其风险、管控措施和排查项`)
    setAdding(false)
    if (!added) return
    refresh()
    setSelected([])
    await Promise.all([proposal.reload(), onAdded()])
  }

  return (
    <div data-testid="proposal-panel">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`根据学校类别和设施，从风险库推荐以下 ${points.length} 个主要风险点（最多 ${smallSchoolMaxPoints} 个）`}
        description="典型风险为重大风险的全部列入，再加校门、教室、楼梯、消防、用电、食堂（有食堂时）、上下学交通、防溺水等基本风险点，其余按典型风险的高低补足。请逐个确认，本校没有的取消勾选；以后仍可从风险库添加。"
      />
      <Table<ProposedPoint>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={points}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (point) => ({ disabled: point.added })
        }}
        columns={[
          {
            title: '风险点',
            key: 'name',
            render: (_value, point) => (
              <span data-testid={`proposal-${point.key}`}>
                {point.name}
                {point.added && <Tag style={{ marginLeft: 6 }}>已添加</Tag>}
              </span>
            )
          },
          { title: '类型', key: 'kind', width: 80, render: (_value, point) => riskPointKindLabels[point.kind] },
          { title: '区域', dataIndex: 'area', width: 180 },
          { title: '典型等级', key: 'level', width: 120, render: (_value, point) => <LevelTag level={point.typicalLevel} /> },
          {
            title: '推荐理由',
            key: 'reason',
            render: (_value, point) => (
              <>
                <Tag color={reasonColours[point.reasonKind]}>{reasonLabels[point.reasonKind]}</Tag>
                {point.reason.replace(/^[^：]+：/, '')}
              </>
            )
          }
        ]}
      />
      <div className="library-footer">
        <span className="muted">
          已选 {selected.length} 个，{points.length - open} 个已添加
        </span>
        <Button type="primary" disabled={selected.length === 0} loading={adding} onClick={() => void add()} data-testid="proposal-accept">
          采用选中的 {selected.length} 个风险点
        </Button>
      </div>
    </div>
  )
}
