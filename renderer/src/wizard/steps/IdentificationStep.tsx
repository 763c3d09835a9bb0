import { Button, Spin, Tabs } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { Risk, RiskPoint } from '@shared/domain/entities'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { LibraryPanel } from '../identification/LibraryPanel'
import { RiskPointModal } from '../identification/RiskPointModal'
import { RiskPointTable } from '../identification/RiskPointTable'
import { RiskModal } from '../risk-editor/RiskModal'

type TabKey = 'points' | 'library'

/** Step 4 风险辨识: risk points from the library or the school's own, and the risks of each point. */
export function IdentificationStep() {
  const points = useLoad('risk-points:list')
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const tables = useLoad('value-tables:get')
  const [tab, setTab] = useState<TabKey>()
  const [expandedIds, setExpandedIds] = useState<number[]>([])
  const [editingPoint, setEditingPoint] = useState<RiskPoint | 'new'>()
  const [editingRisk, setEditingRisk] = useState<{ point: RiskPoint; risk?: Risk }>()

  const failed = points.error ?? posts.error ?? staff.error ?? tables.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([points.reload(), posts.reload(), staff.reload(), tables.reload()])} />
  if (!points.data || !posts.data || !staff.data || !tables.data) return <Spin />

  const list = points.data
  const activeTab: TabKey = tab ?? (list.length === 0 ? 'library' : 'points')
  const replace = (saved: RiskPoint) => points.setData(list.map((point) => (point.id === saved.id ? saved : point)))

  return (
    <>
      <StepHeader
        title="风险辨识"
        intro="找出学校的风险点（设施场所和作业活动），并写明每个风险点存在的危险有害因素；可从内置风险库勾选，也可添加本校特有的风险点。"
      />
      <Tabs
        activeKey={activeTab}
        onChange={(key) => setTab(key as TabKey)}
        tabBarExtraContent={
          <Button icon={<PlusOutlined />} onClick={() => setEditingPoint('new')} data-testid="risk-point-add">
            添加自定义风险点
          </Button>
        }
        items={[
          {
            key: 'points',
            label: <span data-testid="tab-points">本校风险点（{list.length}）</span>,
            children: (
              <RiskPointTable
                points={list}
                posts={posts.data}
                expandedIds={expandedIds}
                onExpandedChange={setExpandedIds}
                onEditPoint={setEditingPoint}
                onEditRisk={(point, risk) => setEditingRisk({ point, risk })}
                onChanged={points.reload}
              />
            )
          },
          {
            key: 'library',
            label: <span data-testid="tab-library">从风险库添加</span>,
            children: (
              <LibraryPanel
                onAdded={async () => {
                  await points.reload()
                  setTab('points')
                }}
              />
            )
          }
        ]}
      />
      {editingPoint && (
        <RiskPointModal
          point={editingPoint === 'new' ? undefined : editingPoint}
          posts={posts.data}
          staff={staff.data}
          onStaffAdded={staff.reload}
          onClose={() => setEditingPoint(undefined)}
          onSaved={(saved, created) => {
            if (!created) {
              replace(saved)
              return
            }
            // A new point has no risks yet: show it and open the risk editor for its first risk.
            points.setData([...list, saved])
            setTab('points')
            setExpandedIds([...expandedIds, saved.id])
            setEditingRisk({ point: saved })
          }}
        />
      )}
      {editingRisk && (
        <RiskModal
          point={editingRisk.point}
          risk={editingRisk.risk}
          focus="identification"
          tables={tables.data}
          posts={posts.data}
          staff={staff.data}
          onStaffAdded={staff.reload}
          onClose={() => setEditingRisk(undefined)}
          onSaved={replace}
        />
      )}
    </>
  )
}
