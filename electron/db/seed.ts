import type { Kysely } from 'kysely'
import { defaultValueTables } from '../../shared/grading/value-tables'
import { defaultPolicies } from '../resources/builtin'
import type { Database, SchoolTable } from './schema'

const emptySchoolRow: SchoolTable = {
  id: 1,
  name: '',
  county: '',
  scope: '',
  nature: '',
  category: '',
  address: '',
  principal: '',
  principal_phone: '',
  deputy: '',
  deputy_phone: '',
  contact_name: '',
  contact_phone: '',
  pupil_count: null,
  staff_count: null,
  class_count: null,
  facilities: '[]',
  surroundings: '',
  note: '',
  updated_at: null
}

export interface SeedOptions {
  schoolFileId: string
  appVersion: string
  operatorName: string
}

/** Default duties of the 双重预防工作办公室, editable in the guided build. */
export const defaultOfficeDuties = [
  '负责双重预防体系建设的日常组织、协调和督促检查工作；',
  '组织开展安全风险辨识、评价和分级，编制和更新安全风险分级管控清单；',
  '组织制定隐患排查计划，汇总排查结果，建立和管理隐患排查治理台账；',
  '督促隐患整改落实，组织整改验收和销号；',
  '组织全员双重预防知识培训和应急演练；',
  '按要求向县（市、区）教育主管部门报送重大风险、重大隐患和统计信息。'
].join('\n')

/** Writes the rows every school file starts with: identity, settings, the empty school, office and policies. */
export async function seedNewSchoolFile(db: Kysely<Database>, options: SeedOptions): Promise<void> {
  const now = new Date().toISOString()

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('meta')
      .values([
        { key: 'schoolFileId', value: options.schoolFileId },
        { key: 'createdAt', value: now },
        { key: 'createdByAppVersion', value: options.appVersion }
      ])
      .execute()

    await trx
      .insertInto('settings')
      .values([
        { key: 'operatorName', value: JSON.stringify(options.operatorName) },
        { key: 'valueTables', value: JSON.stringify(defaultValueTables) }
      ])
      .execute()

    await trx.insertInto('school').values(emptySchoolRow).execute()

    await trx
      .insertInto('office')
      .values({
        id: 1,
        name: '双重预防体系建设工作办公室',
        location: '',
        director_staff_id: null,
        contact_staff_id: null,
        phone: '',
        duties: defaultOfficeDuties,
        document_number: '',
        issued_on: null
      })
      .execute()

    await trx
      .insertInto('policy')
      .values(defaultPolicies.map((policy, index) => ({ kind: policy.kind, title: policy.title, body: policy.body, sort_order: index + 1 })))
      .execute()
  })
}
