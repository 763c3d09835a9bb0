import { Checkbox, DatePicker, Select, Space, Spin, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { inspectionTypeLabels, inspectionTypes, type InspectionType } from '@shared/domain/checks'
import type { InspectionListResult, InspectionListRow } from '@shared/domain/inspections'
import type { InspectionListInput } from '@shared/schemas/inspection-inputs'
import { ApiError, call } from '../../api/client'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { fromDay, toDay } from '../hazards/form-values'
import { RecordDrawer } from './RecordDrawer'

interface RecordFilters {
  planId: number | null
  inspectionType: InspectionType | ''
  from: string | null
  to: string | null
  notOkOnly: boolean
}

const noFilters: RecordFilters = { planId: null, inspectionType: '', from: null, to: null, notOkOnly: false }

function useRecords(filters: RecordFilters) {
  const [result, setResult] = useState<InspectionListResult>()
  const [error, setError] = useState<ApiError>()
  const reload = useCallback(async () => {
    try {
      setResult(await call('inspections:list', filters as unknown as InspectionListInput))
      setError(undefined)
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ code: 'internal' }))
    }
  }, [filters])
  useEffect(() => {
    void reload()
  }, [reload])
  return { result, error, reload }
}

/** Shows how many not-OK items of a record became hazards, and how many are still to register. */
function HazardCell({ row }: { row: InspectionListRow }) {
  if (row.counts.notOk === 0) return null
  const waiting = row.counts.notOk - row.hazardCount
  if (waiting <= 0) return <span>已登记 {row.hazardCount} 条</span>
  return <Tag color="warning">{waiting} 项待登记</Tag>
}

interface RecordsTabProps {
  /** A record to open at once, e.g. the one just saved. */
  openRecordId: number | null
  onOpenHandled: () => void
}

/** 排查记录: the records, newest first, filtered by plan, type, dates and whether any item was not OK. */
export function RecordsTab({ openRecordId, onOpenHandled }: RecordsTabProps) {
  const plans = useLoad('inspection-plans:list')
  const [filters, setFilters] = useState<RecordFilters>(noFilters)
  const records = useRecords(filters)
  const [openId, setOpenId] = useState<number | null>(openRecordId)
  const set = (change: Partial<RecordFilters>) => setFilters((current) => ({ ...current, ...change }))

  useEffect(() => {
    if (openRecordId !== null) onOpenHandled()
  }, [openRecordId, onOpenHandled])

  if (records.error) return <ErrorBox error={records.error} onRetry={() => void records.reload()} />
  if (!records.result) return <Spin />

  return (
    <section className="block">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部排查计划"
          style={{ width: 220 }}
          value={filters.planId}
          onChange={(planId) => set({ planId: planId ?? null })}
          options={(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
          data-testid="records-plan"
        />
        <Select
          allowClear
          placeholder="全部排查类型"
          style={{ width: 160 }}
          value={filters.inspectionType || null}
          onChange={(type) => set({ inspectionType: type ?? '' })}
          options={inspectionTypes.map((value) => ({ value, label: inspectionTypeLabels[value] }))}
        />
        <DatePicker.RangePicker
          value={[toDay(filters.from), toDay(filters.to)]}
          onChange={(range) => set({ from: fromDay(range?.[0]), to: fromDay(range?.[1]) })}
          allowEmpty={[true, true]}
          placeholder={['检查日期（起）', '检查日期（止）']}
        />
        <Checkbox checked={filters.notOkOnly} onChange={(event) => set({ notOkOnly: event.target.checked })} data-testid="records-not-ok">
          只看有不合格项的
        </Checkbox>
        <Typography.Text type="secondary">
          共 {records.result.total} 条{records.result.total > records.result.rows.length ? `，显示最近 ${records.result.rows.length} 条，请缩小日期范围` : ''}
        </Typography.Text>
      </Space>
      <Table<InspectionListRow>
        rowKey="id"
        size="small"
        dataSource={records.result.rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
        data-testid="records-table"
        locale={{ emptyText: '没有符合条件的排查记录。在“排查计划”中点击“录入记录”录入。' }}
        columns={[
          { title: '检查日期', dataIndex: 'inspectedOn', width: 110 },
          { title: '排查计划', dataIndex: 'planName' },
          { title: '类型', dataIndex: 'inspectionType', width: 110, render: (type: InspectionType) => inspectionTypeLabels[type] },
          { title: '检查人', dataIndex: 'inspectorName', width: 100 },
          {
            title: '结果',
            key: 'counts',
            width: 240,
            render: (_value, row) => (
              <Space size={4}>
                <Tag color="success">合格 {row.counts.ok}</Tag>
                {row.counts.notOk > 0 && <Tag color="error">不合格 {row.counts.notOk}</Tag>}
                {row.counts.na > 0 && <Tag>不适用 {row.counts.na}</Tag>}
              </Space>
            )
          },
          {
            title: '隐患',
            key: 'hazards',
            width: 150,
            render: (_value, row) => <HazardCell row={row} />
          }
        ]}
      />
      {openId !== null && <RecordDrawer inspectionId={openId} onClose={() => setOpenId(null)} onChanged={() => void records.reload()} />}
    </section>
  )
}
