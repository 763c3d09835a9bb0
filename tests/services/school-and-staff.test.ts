import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { schoolInput, staffInput } from '../../shared/schemas/inputs'
import { getSchool, saveSchool } from '../../electron/school/school.service'
import { saveSettings } from '../../electron/settings/settings.service'
import { deleteStaff, listStaff, saveStaff } from '../../electron/staff/staff.service'
import { getLeadingGroup, saveLeadingGroupMember, saveOffice, deleteLeadingGroupMember } from '../../electron/leading-group/leading-group.service'
import { newSchool } from '../helpers/temp'

const profile = schoolInput.parse({
  name: '焦作市山阳区育英学校',
  county: '山阳区',
  scope: '城区',
  nature: '公办',
  category: '一贯制学校',
  principal: '李文博',
  contactName: '王建国',
  contactPhone: '0391-3561208',
  pupilCount: 1860,
  facilities: ['canteen', 'dormitory', 'schoolBus']
})

describe('school profile', () => {
  it('saves and reads back every field', async () => {
    const { db } = await newSchool()
    const saved = await saveSchool(db, profile)
    expect(saved).toMatchObject({ name: '焦作市山阳区育英学校', county: '山阳区', category: '一贯制学校', pupilCount: 1860 })
    expect(saved.facilities).toEqual(['canteen', 'dormitory', 'schoolBus'])
    expect((await getSchool(db)).contactPhone).toBe('0391-3561208')
  })

  it('records who changed it in the audit log', async () => {
    const { db, sqlite } = await newSchool()
    await saveSettings(db, { operatorName: '王建国' })
    await saveSchool(db, profile)
    const row = sqlite.prepare(`SELECT operator, entity, action, before, after FROM audit_log WHERE entity = 'school'`).get() as Record<string, string>
    expect(row).toMatchObject({ operator: '王建国', entity: 'school', action: 'update' })
    expect(JSON.parse(row.before).name).toBe('')
    expect(JSON.parse(row.after).name).toBe('焦作市山阳区育英学校')
  })
})

describe('staff roster', () => {
  it('creates, updates and deletes a person', async () => {
    const { db } = await newSchool()
    const created = await saveStaff(db, staffInput.parse({ name: '冯磊', phone: '13903910011', department: '初中部' }))
    const updated = await saveStaff(db, staffInput.parse({ id: created.id, name: '冯磊', phone: '13903910012', department: '初中部' }))
    expect(updated.phone).toBe('13903910012')
    expect(await listStaff(db)).toHaveLength(1)

    await deleteStaff(db, created.id)
    expect(await listStaff(db)).toHaveLength(0)
  })

  it('reports a missing person as not found', async () => {
    const { db } = await newSchool()
    await expect(deleteStaff(db, 999)).rejects.toMatchObject({ data: { code: 'not-found', field: '教职工' } })
  })
})

describe('leading group', () => {
  async function withPeople() {
    const schoolDb = await newSchool()
    const ids: number[] = []
    for (const name of ['李文博', '张海涛', '王建国']) {
      ids.push((await saveStaff(schoolDb.db, staffInput.parse({ name }))).id)
    }
    return { ...schoolDb, ids }
  }

  it('orders members leader first and updates a person already in the group', async () => {
    const { db, ids } = await withPeople()
    await saveLeadingGroupMember(db, { id: null, staffId: ids[2], role: 'member', title: '安全办主任', duty: '日常工作' })
    await saveLeadingGroupMember(db, { id: null, staffId: ids[0], role: 'leader', title: '校长', duty: '全面负责' })
    const group = await saveLeadingGroupMember(db, { id: null, staffId: ids[2], role: 'deputy', title: '安全办主任', duty: '具体负责' })

    expect(group.members.map((member) => [member.staffId, member.role])).toEqual([
      [ids[0], 'leader'],
      [ids[2], 'deputy']
    ])
  })

  it('refuses seating one person twice from two rows', async () => {
    const { db, ids } = await withPeople()
    await saveLeadingGroupMember(db, { id: null, staffId: ids[0], role: 'leader', title: '', duty: '' })
    const second = await saveLeadingGroupMember(db, { id: null, staffId: ids[1], role: 'member', title: '', duty: '' })
    const memberId = second.members.find((member) => member.staffId === ids[1])?.id as number
    const error = await saveLeadingGroupMember(db, { id: memberId, staffId: ids[0], role: 'member', title: '', duty: '' }).catch((caught: AppError) => caught)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).data).toMatchObject({ code: 'duplicate-name', value: '李文博' })
  })

  it('saves the office and clears its director when the person is deleted', async () => {
    const { db, ids } = await withPeople()
    await saveOffice(db, {
      name: '双重预防体系建设工作办公室',
      location: '行政楼二楼',
      directorStaffId: ids[2],
      contactStaffId: ids[1],
      phone: '0391-3561208',
      duties: '负责日常工作',
      documentNumber: '育英校〔2026〕12号',
      issuedOn: '2026-09-01'
    })
    await deleteStaff(db, ids[2])
    const group = await getLeadingGroup(db)
    expect(group.office.directorStaffId).toBeNull()
    expect(group.office.contactStaffId).toBe(ids[1])
    expect(group.office.issuedOn).toBe('2026-09-01')
  })

  it('removes a member', async () => {
    const { db, ids } = await withPeople()
    const group = await saveLeadingGroupMember(db, { id: null, staffId: ids[0], role: 'leader', title: '', duty: '' })
    const after = await deleteLeadingGroupMember(db, group.members[0].id)
    expect(after.members).toHaveLength(0)
  })
})
