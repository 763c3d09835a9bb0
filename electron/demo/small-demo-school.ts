import type { School } from '../../shared/domain/school'
import type { RiskLevel } from '../../shared/domain/levels'
import { riskLevels } from '../../shared/domain/levels'
import { schoolInput } from '../../shared/schemas/inputs'
import { deriveCheckItems, listCheckItems } from '../checklist/check-items.service'
import { createSchoolFile } from '../db/school-file'
import type { Db } from '../db/transaction'
import { defaultOfficeDuties } from '../db/seed'
import { saveLeadingGroupMember, saveOffice } from '../leading-group/leading-group.service'
import { listPosts, savePost, seedPosts } from '../posts/posts.service'
import { addRiskPointsFromLibrary, listRiskPoints } from '../risks/risk-points.service'
import { saveSchool } from '../school/school.service'
import { saveNoticeSettings } from '../settings/notice-settings.service'
import { saveSettings } from '../settings/settings.service'
import { quickGradeRisk, smallSchoolProposal, switchSmallSchoolMode } from '../small-school/small-school.service'
import { saveStaff } from '../staff/staff.service'
import type { DemoSummary } from './demo-school'

/** The small sample: a village 教学点 (teaching point) of a Jiaozuo county, run in the small-school mode. */
export const smallDemoSchool: Omit<School, 'updatedAt'> = {
  name: '修武县西村乡东岭教学点',
  county: '修武县',
  scope: '农村',
  nature: '公办',
  category: '小学',
  address: '修武县西村乡东岭村村委会东侧',
  principal: '王永刚',
  principalPhone: '13903920101',
  deputy: '李秀芝',
  deputyPhone: '13903920102',
  contactName: '李秀芝',
  contactPhone: '13903920102',
  pupilCount: 30,
  staffCount: 6,
  classCount: 3,
  facilities: ['canteen'],
  surroundings: '教学点位于村委会东侧，门前为村道，上下学时有农用车辆通行；北侧约 300 米有灌溉坑塘一处，夏季蓄水。校内有平房教室 4 间、小厨房 1 间（营养餐加工），冬季用电暖器取暖。',
  note: '教学点，一至三年级，复式教学'
}

/** The six staff: each holds several posts, as in every 教学点; the posts are filled in after the library adds its owners. */
const smallStaff = [
  { name: '王永刚', phone: '13903920101', department: '教学点', posts: ['principal', 'general-affairs-director'] },
  { name: '李秀芝', phone: '13903920102', department: '教学点', posts: ['deputy-safety', 'security-director', 'class-teacher', 'teacher'] },
  { name: '赵建华', phone: '13903920103', department: '教学点', posts: ['class-teacher', 'teacher', 'pe-teacher', 'moral-director'] },
  { name: '孙丽娟', phone: '13903920104', department: '教学点', posts: ['class-teacher', 'teacher', 'academic-director'] },
  { name: '周桂兰', phone: '13903920105', department: '厨房', posts: ['canteen-manager', 'cook', 'cleaner'] },
  { name: '刘老栓', phone: '13903920106', department: '门卫', posts: ['gatekeeper', 'electrician', 'security-guard'] }
]

/** Who takes a post that no one in the list above holds: the teacher in charge of safety. */
const fallbackHolder = '李秀芝'

/**
 * Builds the small sample through the services the window calls, in the small-school mode: profile, the
 * switch to the mode, six staff, a leader and one member, the proposed short risk list, grading by the level
 * definitions, the checklist and A5 cards.
 */
export async function buildSmallDemoSchool(file: string): Promise<DemoSummary> {
  const schoolDb = await createSchoolFile(file, { operatorName: '李秀芝' })
  const { db } = schoolDb

  try {
    await saveSettings(db, { operatorName: '李秀芝' })
    await saveSchool(db, schoolInput.parse(smallDemoSchool))
    await switchSmallSchoolMode(db, true)
    await saveNoticeSettings(db, { cardSize: 'A5', cardQrCode: true, boardSize: 'A4', dutyPhone: '13903920102', bureauPhone: '0391-7122365' })

    await seedPosts(db, ['principal', 'deputy-safety', 'class-teacher', 'teacher', 'canteen-manager', 'gatekeeper'])
    const staffIds = new Map<string, number>()
    for (const person of smallStaff) {
      const saved = await saveStaff(db, { id: null, name: person.name, phone: person.phone, department: person.department, note: '' })
      staffIds.set(person.name, saved.id)
    }

    const proposal = await smallSchoolProposal(db)
    await addRiskPointsFromLibrary(db, proposal.map((point) => point.key))
    await staffEveryPost(db, staffIds)

    await saveLeadingGroupMember(db, { id: null, staffId: staffIds.get('王永刚') as number, role: 'leader', title: '教学点负责人', duty: '全面负责教学点安全和双重预防工作' })
    await saveLeadingGroupMember(db, { id: null, staffId: staffIds.get('李秀芝') as number, role: 'member', title: '安全员', duty: '负责风险辨识、安全检查、隐患台账和培训演练' })
    await saveOffice(db, {
      name: '双重预防工作办公室',
      location: '教学点办公室',
      directorStaffId: staffIds.get('李秀芝') ?? null,
      contactStaffId: staffIds.get('李秀芝') ?? null,
      phone: '13903920102',
      duties: defaultOfficeDuties,
      documentNumber: '东岭教学点〔2026〕1号',
      issuedOn: '2026-09-01'
    })

    // Grading by the level definitions: the level the library's typical values give, recorded as the school's own judgement.
    for (const point of await listRiskPoints(db)) {
      for (const risk of point.risks) await quickGradeRisk(db, risk.id, risk.level)
    }
    await deriveCheckItems(db)

    const points = await listRiskPoints(db)
    const risks = points.flatMap((point) => point.risks)
    const levels = Object.fromEntries(riskLevels.map((level) => [level, risks.filter((risk) => risk.level === level).length])) as Record<RiskLevel, number>
    return {
      schoolName: smallDemoSchool.name,
      staff: smallStaff.length,
      posts: (await listPosts(db)).length,
      riskPoints: points.length,
      risks: risks.length,
      checkItems: (await listCheckItems(db)).length,
      levels
    }
  } finally {
    await schoolDb.close()
  }
}

/** Gives every post its holders from the roster, and the safety teacher the posts no one else holds. */
async function staffEveryPost(db: Db, staffIds: Map<string, number>): Promise<void> {
  for (const post of await listPosts(db)) {
    const holders = smallStaff.filter((person) => person.posts.includes(post.code ?? '')).map((person) => staffIds.get(person.name) as number)
    await savePost(db, {
      id: post.id,
      name: post.name,
      department: post.department,
      responsibilities: post.responsibilities.map(({ kind, content }) => ({ kind, content })),
      staffIds: holders.length > 0 ? holders : [staffIds.get(fallbackHolder) as number]
    })
  }
}
