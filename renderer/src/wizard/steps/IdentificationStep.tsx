import { Button, Space, Spin, Tabs } from 'antd'
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Risk, RiskPoint } from '@shared/domain/entities'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { LibraryPanel } from '../identification/LibraryPanel'
import { RiskPointModal } from '../identification/RiskPointModal'
import { RiskPointTable } from '../identification/RiskPointTable'
import { RiskModal } from '../risk-editor/RiskModal'
import { riskPrefillFrom, type RiskPrefill } from '../analysis/risk-prefill'
import { ProposalPanel } from '../../small-school/ProposalPanel'

type TabKey = 'points' | 'library' | 'proposal'

/** Step 4 风险辨识: risk points from the library or the school's own, and the risks of each point. */
export function IdentificationStep() {
  const points = useLoad('risk-points:list')
  const posts = useLoad('posts:list')
  const staff = useLoad('staff:list')
  const tables = useLoad('value-tables:get')
  const small = useLoad('small-school:status')
  const [tab, setTab] = useState<TabKey>()
  const [expandedIds, setExpandedIds] = useState<number[]>([])
  const [editingPoint, setEditingPoint] = useState<RiskPoint | 'new'>()
  const [editingRisk, setEditingRisk] = useState<{ point: RiskPoint; risk?: Risk; prefill?: RiskPrefill }>()
  const navigate = useNavigate()

  const failed = points.error ?? posts.error ?? staff.error ?? tables.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([points.reload(), posts.reload(), staff.reload(), tables.reload()])} />
  if (!points.data || !posts.data || !staff.data || !tables.data) return <Spin />

  const list = points.data
  const smallMode = small.data?.enabled === true
  // A small school starts from the proposed short list; other schools start from the whole library.
  const activeTab: TabKey = tab ?? (list.length === 0 ? (smallMode ? 'proposal' : 'library') : 'points')
  const proposalTab = {
    key: 'proposal',
    label: <span data-testid="tab-proposal">小规模学校推荐</span>,
    children: (
      <ProposalPanel
        onAdded={async () => {
          await points.reload()
          setTab('points')
        }}
      />
    )
  }
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
          <Space>
            <Button icon={<FileExcelOutlined />} onClick={() => navigate('/import-risks')} data-testid="risk-import-open">
              从 Excel 导入风险清单
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setEditingPoint('new')} data-testid="risk-point-add">
              添加自定义风险点
            </Button>
          </Space>
        }
        items={[
          ...(smallMode ? [proposalTab] : []),
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
                onCreateRiskFromEntry={(point, entry) => setEditingRisk({ point, prefill: riskPrefillFrom(entry) })}
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
          prefill={editingRisk.prefill}
          focus="identification"
          defaultMethod={smallMode ? 'direct' : 'lec'}
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
