import { Badge, Button, Space, Spin, Tabs } from 'antd'
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons'
import { useCallback, useState } from 'react'
import type { HazardDetail } from '@shared/contract/hazards'
import { useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { HazardDrawer } from './hazards/HazardDrawer'
import { HazardFilterBar } from './hazards/HazardFilterBar'
import { HazardTable } from './hazards/HazardTable'
import { OnTheSpotModal } from './hazards/OnTheSpotModal'
import { RegisterModal } from './hazards/RegisterModal'
import { useHazardPages } from './hazards/useHazardPages'
import { useHazardFilters } from './hazards/useHazardFilters'

type Dialog = 'register' | 'on-the-spot' | null

/**
 * 隐患治理: the hazard ledger (filtered, paged from the school file), the 督办 list of 重大 and overdue
 * hazards, and the detail drawer where each hazard goes round the loop.
 */
export function HazardsPage() {
  const staff = useLoad('staff:list')
  const points = useLoad('risk-points:list')
  const criteria = useLoad('hazard-criteria:get')
  const supervision = useLoad('hazards:supervision')
  const [filters, setFilters] = useHazardFilters()
  const pages = useHazardPages(filters)
  const [openId, setOpenId] = useState<number | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [tab, setTab] = useState('ledger')

  const { refresh } = pages
  const reloadSupervision = supervision.reload
  const changed = useCallback(() => {
    void refresh()
    void reloadSupervision()
  }, [refresh, reloadSupervision])

  const registered = (detail: HazardDetail) => {
    changed()
    setOpenId(detail.hazard.id)
  }

  const failed = staff.error ?? points.error ?? criteria.error
  if (failed) return <div className="page"><ErrorBox error={failed} onRetry={() => void Promise.all([staff.reload(), points.reload(), criteria.reload()])} /></div>
  if (!staff.data || !points.data || !criteria.data) return <div className="page"><Spin /></div>

  const supervised = supervision.data
  return (
    <div className="page">
      <div className="page-panel" data-testid="hazards-page">
        <StepHeader
          title="隐患治理"
          intro="登记排查发现的事故隐患，落实五落实，整改、验收后销号；重大事故隐患和逾期未改的隐患列入督办。"
          extra={
            <Space>
              <Button icon={<ThunderboltOutlined />} onClick={() => setDialog('on-the-spot')} data-testid="hazard-on-the-spot">
                立即整改
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('register')} data-testid="hazard-register">
                登记隐患
              </Button>
            </Space>
          }
        />
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'ledger',
              label: '隐患台账',
              children: (
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  <HazardFilterBar filters={filters} summary={pages.summary} points={points.data} onChange={setFilters} />
                  {pages.error && <ErrorBox error={pages.error} onRetry={() => void pages.refresh()} />}
                  <HazardTable
                    virtual
                    rows={pages.rows}
                    total={pages.summary?.total ?? 0}
                    loading={pages.loading}
                    sortField={filters.sortField}
                    sortOrder={filters.sortOrder}
                    onSort={(sortField, sortOrder) => setFilters((current) => ({ ...current, sortField, sortOrder }))}
                    onLoadMore={pages.loadMore}
                    onOpen={(row) => setOpenId(row.id)}
                    testId="hazard-table"
                  />
                </Space>
              )
            },
            {
              key: 'supervision',
              label: (
                <span data-testid="hazard-supervision-tab">
                  督办 <Badge count={supervised?.total ?? 0} showZero={false} />
                </span>
              ),
              children: (
                <Space orientation="vertical" size="small" style={{ width: '100%' }}>
                  <span className="muted">重大事故隐患（未销号）和超过整改时限仍未销号的隐患，重大在前，逾期最久的在前。</span>
                  {supervision.error && <ErrorBox error={supervision.error} onRetry={() => void supervision.reload()} />}
                  <HazardTable rows={supervised?.rows ?? []} total={supervised?.total ?? 0} loading={supervision.loading} onOpen={(row) => setOpenId(row.id)} testId="hazard-supervision" />
                </Space>
              )
            }
          ]}
        />
      </div>
      {openId !== null && (
        <HazardDrawer hazardId={openId} staff={staff.data} points={points.data} criteria={criteria.data} onClose={() => setOpenId(null)} onChanged={changed} />
      )}
      {dialog === 'register' && <RegisterModal staff={staff.data} points={points.data} criteria={criteria.data} onSaved={registered} onClose={() => setDialog(null)} />}
      {dialog === 'on-the-spot' && <OnTheSpotModal staff={staff.data} points={points.data} onSaved={registered} onClose={() => setDialog(null)} />}
    </div>
  )
}
