import { Spin } from 'antd'
import { useCallback } from 'react'
import { useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'
import { StepHeader } from '../../components/StepHeader'
import { LeadingGroupMembers } from '../leading-group/LeadingGroupMembers'
import { OfficeForm } from '../leading-group/OfficeForm'
import { StaffRoster } from '../leading-group/StaffRoster'

/** Step 2 领导小组与办公室: the staff roster, the leading group chosen from it, and the group's office. */
export function LeadingGroupStep() {
  const staff = useLoad('staff:list')
  const posts = useLoad('posts:list')
  const group = useLoad('leading-group:get')
  const reloadStaff = staff.reload
  const reloadGroup = group.reload

  /** Deleting a person also takes their seat in the group, so both lists reload. */
  const reloadPeople = useCallback(async () => {
    await Promise.all([reloadStaff(), reloadGroup()])
  }, [reloadStaff, reloadGroup])

  const failed = staff.error ?? posts.error ?? group.error
  if (failed) return <ErrorBox error={failed} onRetry={() => void Promise.all([staff.reload(), posts.reload(), group.reload()])} />
  if (!staff.data || !posts.data || !group.data) return <Spin />

  return (
    <>
      <StepHeader
        title="领导小组与办公室"
        intro="先建立教职工名册，再从名册中选出双重预防体系建设领导小组成员并设立办公室；名册中的人员在后面各步骤中反复使用。"
      />
      <StaffRoster staff={staff.data} posts={posts.data} onChanged={reloadPeople} />
      <LeadingGroupMembers group={group.data} staff={staff.data} onStaffAdded={reloadStaff} onGroupChanged={group.setData} />
      <OfficeForm office={group.data.office} staff={staff.data} onStaffAdded={reloadStaff} onGroupChanged={group.setData} />
    </>
  )
}
