import type { CheckFrequency, InspectionType } from '../../shared/domain/checks'
import type { Post } from '../../shared/domain/entities'
import { inspectionPlanInput, inspectionRecordInput, type InspectionPlanInput } from '../../shared/schemas/inspection-inputs'
import { checkItemInput, riskPointInput, staffInput } from '../../shared/schemas/inputs'
import type { SchoolDb } from '../../electron/db/school-file'
import type { Db } from '../../electron/db/transaction'
import { saveCheckItem } from '../../electron/checklist/check-items.service'
import { savePlan } from '../../electron/inspections/plans.service'
import { recordInspection } from '../../electron/inspections/record.service'
import { seedPosts } from '../../electron/posts/posts.service'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { newSchool } from '../helpers/temp'

/** Noon of Friday 4 December 2026 in Jiaozuo (04:00 UTC): the "now" of the inspection tests. */
export const testNow = new Date('2026-12-04T04:00:00.000Z')

export interface InspectionSchool {
  schoolDb: SchoolDb
  posts: Record<'gatekeeper' | 'classTeacher' | 'deputy' | 'generalAffairs', Post>
  /** 孔令军 (门卫) and 张海涛 (分管安全副校长). */
  gatekeeper: number
  deputy: number
  /** 校门 (FX-001), 教学楼 (FX-002) and 学生食堂 (FX-003), in that order. */
  points: [number, number, number]
  /** The check items, by their content. */
  items: Map<string, number>
}

interface ItemSpec {
  point: 0 | 1 | 2
  content: string
  type: InspectionType
  frequency: CheckFrequency
  post: keyof InspectionSchool['posts'] | null
}

/** Three risk points with eleven check items of several types, frequencies and posts. */
const itemSpecs: ItemSpec[] = [
  { point: 0, content: '来访人员是否登记', type: 'daily', frequency: 'perShift', post: 'gatekeeper' },
  { point: 0, content: '校门是否按时关闭', type: 'daily', frequency: 'perShift', post: 'gatekeeper' },
  { point: 0, content: '一键报警装置能否正常报警', type: 'comprehensive', frequency: 'monthly', post: 'deputy' },
  { point: 1, content: '教室门窗和电器是否关好', type: 'daily', frequency: 'daily', post: 'classTeacher' },
  { point: 1, content: '楼梯扶手是否牢固', type: 'daily', frequency: 'weekly', post: 'generalAffairs' },
  { point: 1, content: '疏散指示标志是否完好', type: 'comprehensive', frequency: 'monthly', post: 'deputy' },
  { point: 1, content: '屋面排水是否通畅，雨后有无渗漏', type: 'seasonal', frequency: 'beforeSeason', post: 'generalAffairs' },
  { point: 1, content: '暖气管道和阀门有无漏水，防冻措施是否落实', type: 'seasonal', frequency: 'beforeSeason', post: 'generalAffairs' },
  { point: 2, content: '燃气管道有无泄漏', type: 'daily', frequency: 'daily', post: null },
  { point: 2, content: '放假前是否关闭燃气总阀和电源', type: 'holiday', frequency: 'beforeHoliday', post: 'generalAffairs' },
  { point: 2, content: '消防器材是否在有效期内', type: 'comprehensive', frequency: 'term', post: 'deputy' }
]

/** The school data of the inspection tests, written into any school file (the e2e tests use the harness's). */
export type SeededSchool = Omit<InspectionSchool, 'schoolDb'>

/** Writes four built-in posts, two people, three risk points and eleven check items. */
export async function seedInspectionSchool(db: Db): Promise<SeededSchool> {
  const seeded = await seedPosts(db, ['deputy-safety', 'general-affairs-director', 'class-teacher', 'gatekeeper'])
  const post = (code: string) => seeded.find((candidate) => candidate.code === code) as Post
  const posts = { deputy: post('deputy-safety'), generalAffairs: post('general-affairs-director'), classTeacher: post('class-teacher'), gatekeeper: post('gatekeeper') }

  const gatekeeper = (await saveStaff(db, staffInput.parse({ name: '孔令军', phone: '', department: '安全办' }))).id
  const deputy = (await saveStaff(db, staffInput.parse({ name: '张海涛', phone: '', department: '校长室' }))).id
  const points: [number, number, number] = [0, 0, 0]
  for (const [index, [name, area]] of [['校门', '学校东门'], ['教学楼', '教学区'], ['学生食堂', '食堂楼一层']].entries()) {
    points[index] = (await saveRiskPoint(db, riskPointInput.parse({ name, kind: 'facility', area }))).id
  }

  const items = new Map<string, number>()
  for (const spec of itemSpecs) {
    const input = checkItemInput.parse({
      riskPointId: points[spec.point],
      content: spec.content,
      standard: `${spec.content.replace(/是否|有无|能否/u, '')}符合要求`,
      method: '查看现场',
      inspectionType: spec.type,
      frequency: spec.frequency,
      responsiblePostId: spec.post ? posts[spec.post].id : null
    })
    items.set(spec.content, (await saveCheckItem(db, input)).id)
  }
  return { posts, gatekeeper, deputy, points, items }
}

/** Creates the school of the inspection tests in a new school file. */
export async function inspectionSchool(): Promise<InspectionSchool> {
  const schoolDb = await newSchool()
  return { schoolDb, ...(await seedInspectionSchool(schoolDb.db)) }
}

export function planFields(school: InspectionSchool, overrides: Record<string, unknown> = {}): InspectionPlanInput {
  return inspectionPlanInput.parse({
    name: '门卫日常排查',
    inspectionType: 'daily',
    frequency: 'perShift',
    responsiblePostId: school.posts.gatekeeper.id,
    scope: 'points',
    riskPointIds: [school.points[0]],
    active: true,
    ...overrides
  })
}

export async function addPlan(school: InspectionSchool, overrides: Record<string, unknown> = {}) {
  return savePlan(school.schoolDb.db, planFields(school, overrides), new Date('2026-09-01T02:00:00.000Z'))
}

export async function record(school: InspectionSchool, planId: number, overrides: Record<string, unknown> = {}) {
  const input = inspectionRecordInput.parse({ planId, inspectedOn: '2026-12-03', inspectorStaffId: school.gatekeeper, version: '', marks: [], note: '', ...overrides })
  return recordInspection(school.schoolDb.db, input, testNow)
}
