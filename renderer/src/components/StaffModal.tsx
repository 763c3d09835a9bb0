import { Form, Input } from 'antd'
import type { Staff } from '@shared/domain/entities'
import { staffInput, type StaffInput } from '@shared/schemas/inputs'
import { call } from '../api/client'
import { useAction } from '../api/hooks'
import { useProgressRefresh } from '../wizard/progress'
import { FormModal } from './FormModal'
import { schemaRule } from './form-rules'

const fields = staffInput.shape

type StaffFormValues = Pick<Staff, 'name' | 'phone' | 'department' | 'note'>

interface StaffModalProps {
  /** The person to edit; a new person when absent. */
  person?: Staff
  onClose: () => void
  onSaved: (person: Staff) => void
}

/** Adds a person to the staff roster (教职工名册) or edits one. */
export function StaffModal({ person, onClose, onSaved }: StaffModalProps) {
  const [form] = Form.useForm<StaffFormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()

  const submit = async (values: StaffFormValues) => {
    const input = { ...values, id: person?.id ?? null } as unknown as StaffInput
    const saved = await run(() => call('staff:save', input), person ? '教职工信息已保存' : `已添加教职工“${values.name}”`)
    if (!saved) return false
    refresh()
    onSaved(saved)
    return true
  }

  return (
    <FormModal<StaffFormValues>
      title={person ? '编辑教职工' : '新增教职工'}
      form={form}
      initialValues={person ?? { name: '', phone: '', department: '', note: '' }}
      onSubmit={submit}
      onClose={onClose}
      testId="staff-modal"
    >
      <Form.Item name="name" label="姓名" required rules={[schemaRule(fields.name)]}>
        <Input autoFocus maxLength={50} data-testid="staff-name" />
      </Form.Item>
      <Form.Item name="phone" label="联系电话" rules={[schemaRule(fields.phone)]} extra="手机号或带区号的固定电话，如 0391-1234567">
        <Input maxLength={20} data-testid="staff-phone" />
      </Form.Item>
      <Form.Item name="department" label="部门" rules={[schemaRule(fields.department)]}>
        <Input maxLength={50} placeholder="如：校长室、总务处、一年级组" data-testid="staff-department" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[schemaRule(fields.note)]}>
        <Input maxLength={200} data-testid="staff-note" />
      </Form.Item>
    </FormModal>
  )
}
