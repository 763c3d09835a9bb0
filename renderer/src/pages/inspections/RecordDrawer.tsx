import { App, Button, Descriptions, Drawer, Segmented, Space, Spin, Table, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import type { HazardDetail } from '@shared/contract/hazards'
import { inspectionTypeLabels } from '@shared/domain/checks'
import { inspectionResultLabels, type InspectionDetail, type InspectionResultRow, type InspectionResultValue } from '@shared/domain/inspections'
import { ApiError, call } from '../../api/client'
import { succeeded, useAction, useLoad } from '../../api/hooks'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorBox } from '../../components/ErrorBox'
import { useInspectionReminder } from '../../app/inspection-reminder'
import { RegisterModal, type RegistrationPrefill } from '../hazards/RegisterModal'

const resultColours: Record<InspectionResultValue, string> = { ok: 'success', 'not-ok': 'error', na: 'default' }

/** Returns the hazard form's starting values for a not-OK result: where, what (the item and the note), when and who. */
export function prefillFrom(detail: InspectionDetail, result: InspectionResultRow): RegistrationPrefill {
  const content = result.content.replace(/[？?。；;，,\s]+$/u, '')
  return {
    inspectionResultId: result.id,
    description: result.note ? `${content}：${result.note}` : `${content}：检查不合格（${detail.planName}第 ${result.itemNo} 项）`,
    riskPointId: result.riskPointId,
    place: result.area,
    foundOn: detail.inspection.inspectedOn,
    foundBy: detail.inspection.inspector
  }
}

interface RecordDrawerProps {
  inspectionId: number
  onClose: () => void
  onChanged: () => void
}

/** Shows one record with its results. Each not-OK result can be registered as a hazard and then shows the hazard's code. */
export function RecordDrawer({ inspectionId, onClose, onChanged }: RecordDrawerProps) {
  const staff = useLoad('staff:list')
  const points = useLoad('risk-points:list')
  const criteria = useLoad('hazard-criteria:get')
  const reminder = useInspectionReminder()
  const navigate = useNavigate()
  const run = useAction()
  const { message } = App.useApp()
  const [detail, setDetail] = useState<InspectionDetail>()
  const [error, setError] = useState<ApiError>()
  const [filter, setFilter] = useState<'not-ok' | 'all'>('not-ok')
  const [registering, setRegistering] = useState<InspectionResultRow>()

  const load = useCallback(async () => {
    try {
      const loaded = await call('inspections:get', { id: inspectionId })
      setDetail(loaded)
      if (loaded.counts.notOk === 0) setFilter('all')
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ code: 'internal' }))
    }
  }, [inspectionId])
  useEffect(() => {
    void load()
  }, [load])

  const remove = async () => {
    const done = await run(succeeded(() => call('inspections:delete', { id: inspectionId })), '排查记录已删除')
    if (done === undefined) return
    onChanged()
    void reminder.reload()
    onClose()
  }
  const registered = (saved: HazardDetail) => {
    void message.success(`已登记隐患 ${saved.hazard.code}，可在“隐患治理”中继续办理`)
    void load()
    onChanged()
  }

  const results = (detail?.results ?? []).filter((result) => filter === 'all' || result.result === 'not-ok')
  const hasHazards = detail?.results.some((result) => result.hazard !== null) ?? false
  return (
    <Drawer open width={1000} title={detail ? `排查记录 — ${detail.planName}（${detail.inspection.inspectedOn}）` : '排查记录'} onClose={onClose} data-testid="record-drawer">
      {error && <ErrorBox error={error} onRetry={() => void load()} />}
      {!detail && !error && <Spin />}
      {detail && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label="排查计划">{detail.planName}</Descriptions.Item>
            <Descriptions.Item label="排查类型">{inspectionTypeLabels[detail.inspection.inspectionType]}</Descriptions.Item>
            <Descriptions.Item label="检查日期">{detail.inspection.inspectedOn}</Descriptions.Item>
            <Descriptions.Item label="检查人">{detail.inspection.inspector.name}</Descriptions.Item>
            <Descriptions.Item label="结果" span={2}>
              合格 {detail.counts.ok} 项，不合格 {detail.counts.notOk} 项，不适用 {detail.counts.na} 项
            </Descriptions.Item>
            {detail.inspection.note !== '' ? (
              <Descriptions.Item label="参加人员及说明" span={3}>
                {detail.inspection.note}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Segmented
              value={filter}
              onChange={(value) => setFilter(value as 'not-ok' | 'all')}
              options={[
                { value: 'not-ok', label: `不合格项（${detail.counts.notOk}）` },
                { value: 'all', label: `全部（${detail.results.length}）` }
              ]}
            />
            {!hasHazards && <DeleteButton target="这条排查记录" consequence="录入有误时删除后重新录入。" onConfirm={remove} label="删除记录" testId="record-delete" />}
          </Space>
          <Table<InspectionResultRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={results}
            data-testid="record-results"
            columns={[
              { title: '序号', dataIndex: 'itemNo', width: 60 },
              { title: '风险点', dataIndex: 'riskPointLabel', width: 150 },
              { title: '检查内容', dataIndex: 'content' },
              { title: '结论', dataIndex: 'result', width: 80, render: (result: InspectionResultValue) => <Tag color={resultColours[result]}>{inspectionResultLabels[result]}</Tag> },
              { title: '问题描述', dataIndex: 'note', width: 200 },
              {
                title: '隐患',
                key: 'hazard',
                width: 140,
                render: (_value, result) =>
                  result.hazard ? (
                    <Button type="link" size="small" onClick={() => navigate('/hazards')} data-testid={`result-hazard-${result.itemNo}`}>
                      {result.hazard.code}
                    </Button>
                  ) : result.result === 'not-ok' ? (
                    <Button size="small" type="primary" ghost onClick={() => setRegistering(result)} disabled={!staff.data || !points.data || !criteria.data} data-testid={`result-register-${result.itemNo}`}>
                      登记隐患
                    </Button>
                  ) : null
              }
            ]}
          />
        </Space>
      )}
      {registering && detail && staff.data && points.data && criteria.data && (
        <RegisterModal
          prefill={prefillFrom(detail, registering)}
          staff={staff.data}
          points={points.data}
          criteria={criteria.data}
          onSaved={registered}
          onClose={() => setRegistering(undefined)}
        />
      )}
    </Drawer>
  )
}
