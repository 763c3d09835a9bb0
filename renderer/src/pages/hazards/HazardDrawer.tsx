import { Alert, Divider, Drawer, List, Space, Spin, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import type { HazardDetail } from '@shared/contract/hazards'
import type { RiskPoint, Staff } from '@shared/domain/entities'
import type { MajorHazardCriteria } from '@shared/domain/major-hazard-criteria'
import { ApiError, call } from '../../api/client'
import { ErrorBox } from '../../components/ErrorBox'
import { HazardActions, type StepDialog } from './HazardActions'
import { HazardHistory } from './HazardHistory'
import { OutcomeRecord, RegistrationRecord } from './HazardRecord'
import { GradeTag, OverdueTag, StateTag } from './HazardTags'
import { CloseModal } from './CloseModal'
import { AcceptModal, RejectModal, SubmitModal } from './LoopModals'
import { ReportModal } from './ReportModal'
import { PhotoGallery } from './PhotoGallery'
import { PlanForm } from './PlanForm'
import { RegisterModal } from './RegisterModal'

interface HazardDrawerProps {
  hazardId: number
  staff: readonly Staff[]
  points: readonly RiskPoint[]
  criteria: MajorHazardCriteria
  onClose: () => void
  /** Called after every saved change, so the lists can refresh. */
  onChanged: (detail: HazardDetail) => void
}

/** Shows one hazard: its record, 五落实, the steps its state allows, photos and history. */
export function HazardDrawer({ hazardId, staff, points, criteria, onClose, onChanged }: HazardDrawerProps) {
  const [detail, setDetail] = useState<HazardDetail>()
  const [error, setError] = useState<ApiError>()
  const [dialog, setDialog] = useState<StepDialog | null>(null)

  const load = useCallback(async () => {
    try {
      setDetail(await call('hazards:get', { id: hazardId }))
      setError(undefined)
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ code: 'internal' }))
    }
  }, [hazardId])

  useEffect(() => {
    void load()
  }, [load])

  const saved = (next: HazardDetail) => {
    setDetail(next)
    onChanged(next)
  }

  const hazard = detail?.hazard
  const title = hazard ? (
    <Space size={4} wrap>
      <span data-testid="hazard-drawer-code">{hazard.code}</span>
      <GradeTag grade={hazard.grade} />
      <StateTag state={hazard.state} accepted={hazard.acceptedOn !== null} />
      <OverdueTag days={detail.overdueDays} />
      {hazard.fixedOnTheSpot && <Typography.Text type="secondary">（立即整改）</Typography.Text>}
    </Space>
  ) : (
    '隐患'
  )
  const modalProps = hazard ? { hazard, staff, onSaved: saved, onClose: () => setDialog(null) } : undefined

  return (
    <Drawer open size={920} title={title} onClose={onClose} destroyOnHidden data-testid="hazard-drawer">
      {error && <ErrorBox error={error} onRetry={() => void load()} />}
      {!detail && !error && <Spin />}
      {detail && hazard && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {hazard.state === 'closed' && <Alert type="success" showIcon title={`已于 ${hazard.closedOn} 销号（第 ${hazard.closureSeq ?? ''} 次销号），记录已锁定，不能再修改、增删照片或办理其他操作。`} data-testid="hazard-locked" />}
          <HazardActions hazard={hazard} onOpen={setDialog} />
          <RegistrationRecord detail={detail} criteria={criteria} />
          <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
            整改方案（五落实）
          </Divider>
          <PlanForm key={hazard.updatedAt} hazard={hazard} staff={staff} onSaved={saved} />
          <OutcomeRecord detail={detail} />
          <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
            照片
          </Divider>
          <PhotoGallery hazard={hazard} photos={detail.photos} onChanged={saved} />
          {detail.incentives.length > 0 && (
            <>
              <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
                相关奖惩记录
              </Divider>
              <List
                size="small"
                dataSource={detail.incentives}
                renderItem={(item) => (
                  <List.Item>
                    {item.decidedOn} {item.kind === 'reward' ? '奖励' : '处罚'} {item.targetName}：{item.measure}
                  </List.Item>
                )}
              />
            </>
          )}
          <Divider titlePlacement="start" style={{ margin: '4px 0' }}>
            办理记录
          </Divider>
          <HazardHistory events={detail.events} />
        </Space>
      )}
      {modalProps && dialog === 'update' && <RegisterModal hazard={hazard} staff={staff} points={points} criteria={criteria} onSaved={saved} onClose={() => setDialog(null)} />}
      {modalProps && dialog === 'report' && <ReportModal {...modalProps} />}
      {modalProps && dialog === 'submit' && <SubmitModal {...modalProps} />}
      {modalProps && dialog === 'accept' && <AcceptModal {...modalProps} />}
      {modalProps && dialog === 'reject' && <RejectModal {...modalProps} />}
      {modalProps && dialog === 'close' && <CloseModal {...modalProps} />}
    </Drawer>
  )
}
