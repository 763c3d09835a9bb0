import { riskLevels, type RiskLevel } from '../../shared/domain/levels'
import { libraryPointApplies } from '../../shared/domain/library'
import type { School } from '../../shared/domain/school'
import { schoolInput, type RiskInput } from '../../shared/schemas/inputs'
import { deriveCheckItems } from '../checklist/check-items.service'
import { createSchoolFile } from '../db/school-file'
import { defaultOfficeDuties } from '../db/seed'
import { saveLeadingGroupMember, saveOffice } from '../leading-group/leading-group.service'
import { builtinPostsFor, listPosts, savePost, seedPosts } from '../posts/posts.service'
import { riskLibrary } from '../resources/builtin'
import { addRiskPointsFromLibrary, listRiskPoints } from '../risks/risk-points.service'
import { saveRisk } from '../risks/risks.service'
import { saveSchool } from '../school/school.service'
import { saveNoticeSettings } from '../settings/notice-settings.service'
import { saveSettings } from '../settings/settings.service'
import { listCheckItems } from '../checklist/check-items.service'
import { saveStaff } from '../staff/staff.service'
import type { Db } from '../db/transaction'
import { demoStaff, demoLeadingGroup } from './demo-people'
import { addDemoRecords } from './demo-records'
import { addDemoInspections } from './demo-inspections'
import { addDemoTerm } from './demo-term'
import { demoMoment, demoToday } from './demo-dates'
import { buildDemoMap } from './demo-map'
import { demoGradings, planDemoMajorRisks } from './demo-major-risks'

/** The sample school: a Jiaozuo 九年一贯制 school with a canteen, boarding, a school bus and labs. */
export const demoSchool: Omit<School, 'updatedAt'> = {
  name: '焦作市山阳区育英学校',
  county: '山阳区',
  scope: '城区',
  nature: '公办',
  category: '一贯制学校',
  address: '焦作市山阳区塔南路 168 号',
  principal: '李文博',
  principalPhone: '13903910001',
  deputy: '张海涛',
  deputyPhone: '13903910002',
  contactName: '王建国',
  contactPhone: '0391-3561208',
  pupilCount: 1860,
  staffCount: 132,
  classCount: 42,
  facilities: ['canteen', 'dormitory', 'schoolBus', 'laboratory', 'boiler'],
  surroundings: '学校东临塔南路（城市主干道，上下学时段车流量大），南侧约 400 米为群英河，西侧为居民小区，北侧有在建住宅工地一处。校园内有教学楼 3 栋、实验楼 1 栋、学生宿舍楼 2 栋、食堂 1 座、风雨操场 1 座，冬季由校内燃气锅炉供暖。',
  note: '九年一贯制，寄宿生约 420 人'
}

export interface DemoSummary {
  schoolName: string
  staff: number
  posts: number
  riskPoints: number
  risks: number
  checkItems: number
  levels: Record<RiskLevel, number>
  /** The moment the sample's records run to; its outputs are generated as of then, so they print the same every time. */
  asOf?: Date
  /** Inspection records and hazards of the sample's term. */
  term?: { inspections: number; hazards: number }
}

/** Library points the demo regrades with the LS matrix, so both methods appear in its documents. */
function usesMatrix(kind: string, index: number): boolean {
  return kind === 'activity' && index % 2 === 0
}

/** Gives every post of the sample school the people of the roster who hold it. */
async function assignDemoPosts(db: Db, staffIds: ReadonlyMap<string, number>): Promise<void> {
  for (const post of await listPosts(db)) {
    const holders = demoStaff.filter((person) => person.posts.includes(post.code ?? '')).map((person) => staffIds.get(person.name) as number)
    await savePost(db, {
      id: post.id,
      name: post.name,
      department: post.department,
      responsibilities: post.responsibilities.map(({ kind, content }) => ({ kind, content })),
      staffIds: holders
    })
  }
}

/**
 * Builds the sample school through the same services the window calls, as a school administrator
 * would: profile, roster, posts, leading group, library risk points, grading, measures and checklist.
 */
export async function buildDemoSchool(file: string): Promise<DemoSummary> {
  const schoolDb = await createSchoolFile(file, { operatorName: '王建国' })
  const { db } = schoolDb

  try {
    await saveSettings(db, { operatorName: '王建国' })
    await saveSchool(db, schoolInput.parse(demoSchool))

    const codes = builtinPostsFor(demoSchool.category, demoSchool.facilities)
      .filter((post) => post.common || ['school-doctor', 'electrician', 'psychology-teacher', 'av-teacher', 'pe-equipment-keeper', 'finance'].includes(post.code))
      .map((post) => post.code)
    await seedPosts(db, codes)

    const staffIds = new Map<string, number>()
    for (const person of demoStaff) {
      const saved = await saveStaff(db, { id: null, name: person.name, phone: person.phone, department: person.department, note: '' })
      staffIds.set(person.name, saved.id)
    }

    for (const member of demoLeadingGroup) {
      await saveLeadingGroupMember(db, { id: null, staffId: staffIds.get(member.name) as number, role: member.role, title: member.title, duty: member.duty })
    }
    await saveOffice(db, {
      name: '双重预防体系建设工作办公室',
      location: '行政楼二楼安全办',
      directorStaffId: staffIds.get('王建国') ?? null,
      contactStaffId: staffIds.get('赵晓燕') ?? null,
      phone: '0391-3561208',
      duties: defaultOfficeDuties,
      documentNumber: '育英校〔2026〕12号',
      issuedOn: '2026-09-01'
    })
    // The phone numbers printed on every card and the notice board (invented, in Jiaozuo's 0391 area).
    await saveNoticeSettings(db, { cardSize: 'A4', cardQrCode: true, boardSize: 'A3', dutyPhone: '0391-3561200', bureauPhone: '0391-2181216' })

    const applicable = riskLibrary.riskPoints.filter((point) => libraryPointApplies(point, demoSchool.category, demoSchool.facilities))
    await addRiskPointsFromLibrary(db, applicable.map((point) => point.key))
    // After the library, which adds the posts its risks name, so every post of the school gets its people.
    await assignDemoPosts(db, staffIds)

    const allPosts = await listPosts(db)
    /** The first person holding a post: the risk's named owner, as a school would fill it in. */
    const firstHolder = (postId: number | null): number | null => allPosts.find((post) => post.id === postId)?.staffIds[0] ?? null

    const points = await listRiskPoints(db)
    let activityIndex = 0
    for (const point of points) {
      const library = riskLibrary.riskPoints.find((candidate) => candidate.key === point.libraryKey)
      const matrix = usesMatrix(point.kind, point.kind === 'activity' ? activityIndex++ : 0)

      for (const risk of point.risks) {
        const libraryRisk = library?.risks.find((candidate) => candidate.key === risk.libraryKey)
        if (!libraryRisk) continue
        const grading = demoGradings[libraryRisk.key] ?? libraryRisk
        const input: RiskInput = {
          id: risk.id,
          riskPointId: point.id,
          hazard: risk.hazard,
          factorType: risk.factorType,
          consequence: risk.consequence,
          accidentTypes: risk.accidentTypes,
          method: matrix ? 'ls' : 'lec',
          lecL: grading.lec.l,
          lecE: grading.lec.e,
          lecC: grading.lec.c,
          lsL: grading.ls.l,
          lsS: grading.ls.s,
          directLevel: '',
          controlLevel: risk.controlLevel,
          ownerPostId: risk.ownerPostId,
          ownerStaffId: firstHolder(risk.ownerPostId)
        }
        await saveRisk(db, input)
      }
    }

    await deriveCheckItems(db)
    await planDemoMajorRisks(db, staffIds)
    await buildDemoMap(db)
    await addDemoRecords(db, staffIds)
    await addDemoInspections(db, staffIds)
    const term = await addDemoTerm(db, staffIds)

    const finalPoints = await listRiskPoints(db)
    const risks = finalPoints.flatMap((point) => point.risks)
    const levels = Object.fromEntries(riskLevels.map((level) => [level, risks.filter((risk) => risk.level === level).length])) as Record<RiskLevel, number>

    return {
      schoolName: demoSchool.name,
      staff: demoStaff.length,
      posts: (await listPosts(db)).length,
      riskPoints: finalPoints.length,
      risks: risks.length,
      checkItems: (await listCheckItems(db)).length,
      levels,
      asOf: demoMoment(demoToday, 17),
      term: { inspections: (await db.selectFrom('inspection').select('id').execute()).length, hazards: term.hazards }
    }
  } finally {
    await schoolDb.close()
  }
}
