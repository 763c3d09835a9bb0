import { Form, Input, Radio } from 'antd'
import type { LeadingGroup, LeadingGroupMember, Staff } from '@shared/domain/entities'
import { leadingGroupRoleLabels, leadingGroupRoles, type LeadingGroupRole } from '@shared/domain/posts'
import { leadingGroupMemberInput, type LeadingGroupMemberInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'
import { FormModal } from '../../components/FormModal'
import { schemaRule } from '../../components/form-rules'
import { StaffSelect } from '../../components/StaffSelect'
import { useProgressRefresh } from '../progress'

const fields = leadingGroupMemberInput.shape

interface MemberFormValues {
  staffId: number | null
  role: LeadingGroupRole
  title: string
  duty: string
}

interface MemberModalProps {
  member?: LeadingGroupMember
  staff: readonly Staff[]
  /** People already in the group; a person sits in it once. */
  seatedIds: readonly number[]
  onStaffAdded: () => Promise<void>
  onClose: () => void
  onSaved: (group: LeadingGroup) => void
}

/** Adds a leading-group member chosen from the roster, or edits one. */
export function MemberModal({ member, staff, seatedIds, onStaffAdded, onClose, onSaved }: MemberModalProps) {
  const [form] = Form.useForm<MemberFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async (values: MemberFormValues) => {
    const input = { ...values, id: member?.id ?? null } as unknown as LeadingGroupMemberInput
    const saved = await run(() => call('leading-group:save-member', input), '领导小组成员已保存')
    if (!saved) return false
    refresh()
    onSaved(saved)
    return true
  }

  return (
    <FormModal<MemberFormValues>
      title={member ? '编辑领导小组成员' : '添加领导小组成员'}
      form={form}
      initialValues={member ?? { staffId: null, role: 'member', title: '', duty: '' }}
      onSubmit={submit}
      onClose={onClose}
      testId="member-modal"
    >
      <Form.Item name="staffId" label="成员姓名" required rules={[schemaRule(fields.staffId)]}>
        <StaffSelect
          staff={staff}
          excludeIds={seatedIds.filter((id) => id !== member?.staffId)}
          onStaffAdded={onStaffAdded}
          testId="member-staff"
          autoFocus
        />
      </Form.Item>
      <Form.Item name="role" label="组内职务" required rules={[schemaRule(fields.role)]}>
        <Radio.Group
          options={leadingGroupRoles.map((role) => ({ value: role, label: leadingGroupRoleLabels[role] }))}
          data-testid="member-role"
        />
      </Form.Item>
      <Form.Item name="title" label="行政职务" rules={[schemaRule(fields.title)]} extra="印在领导小组通知中，如：校长、分管安全副校长、总务处主任">
        <Input maxLength={40} data-testid="member-title" />
      </Form.Item>
      <Form.Item name="duty" label="分工" rules={[schemaRule(fields.duty)]}>
        <Input.TextArea rows={3} maxLength={500} placeholder="如：全面负责双重预防体系建设工作" data-testid="member-duty" />
      </Form.Item>
    </FormModal>
  )
}
