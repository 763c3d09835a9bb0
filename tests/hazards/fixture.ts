import { join } from 'node:path'
import sharp from 'sharp'
import type { HazardDetail } from '../../shared/contract/hazards'
import {
  hazardAcceptInput,
  hazardCloseInput,
  hazardOnTheSpotInput,
  hazardPlanInput,
  hazardRegisterInput,
  hazardReportInput,
  hazardSubmitInput,
  type HazardOnTheSpotInput,
  type HazardRegisterInput
} from '../../shared/schemas/hazard-inputs'
import { riskPointInput, staffInput } from '../../shared/schemas/inputs'
import type { SchoolDb } from '../../electron/db/school-file'
import { acceptHazard, closeHazard, reportHazard, startRectification, submitForAcceptance } from '../../electron/hazards/loop.service'
import { recordOnTheSpot, registerHazard } from '../../electron/hazards/register.service'
import { saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveStaff } from '../../electron/staff/staff.service'
import { newSchool } from '../helpers/temp'

/** Noon of 4 December 2026 in Jiaozuo (04:00 UTC): the "now" of the hazard tests. */
export const testNow = new Date('2026-12-04T04:00:00.000Z')
export const testToday = '2026-12-04'

export interface HazardSchool {
  schoolDb: SchoolDb
  /** Roster ids: 刘德福 (安全办), 张志强 (总务处, fixes things), 王建国 (校长). */
  safetyOfficer: number
  caretaker: number
  principal: number
  riskPointId: number
}

/** Creates a school with three people on the roster and one risk point, ready for hazards. */
export async function hazardSchool(): Promise<HazardSchool> {
  const schoolDb = await newSchool()
  const person = async (name: string, department: string) => (await saveStaff(schoolDb.db, staffInput.parse({ name, phone: '', department }))).id
  const point = await saveRiskPoint(schoolDb.db, riskPointInput.parse({ name: '学生食堂', kind: 'facility', area: '食堂楼一层' }))
  return {
    schoolDb,
    safetyOfficer: await person('刘德福', '安全办'),
    caretaker: await person('张志强', '总务处'),
    principal: await person('王建国', '校长室'),
    riskPointId: point.id
  }
}

export function registration(school: HazardSchool, overrides: Record<string, unknown> = {}): HazardRegisterInput {
  return hazardRegisterInput.parse({
    description: '食堂后厨灭火器压力不足',
    riskPointId: school.riskPointId,
    place: '后厨操作间',
    foundOn: '2026-12-01',
    foundBy: { staffId: school.safetyOfficer },
    source: 'inspection',
    category: 'site',
    grade: 'general',
    majorCriteria: [],
    ...overrides
  })
}

/** 五落实 for a hazard; complete, so a 重大 hazard only still needs its 上报 record. */
export function plan(school: HazardSchool, id: number, overrides: Record<string, unknown> = {}) {
  return hazardPlanInput.parse({
    id,
    responsible: { staffId: school.caretaker },
    measures: '更换灭火器，检查其余灭火器压力',
    funds: '600 元，后勤经费',
    deadline: '2026-12-10',
    contingency: '更换前在后厨增配两具灭火器',
    governancePlan: '总务处采购新灭火器，安全办验收，每月检查压力',
    ...overrides
  })
}

export async function register(school: HazardSchool, overrides: Record<string, unknown> = {}, photos: string[] = []): Promise<HazardDetail> {
  return registerHazard(school.schoolDb.db, registration(school, overrides), { found: photos, rectified: [] }, testNow)
}

export async function report(school: HazardSchool, id: number): Promise<HazardDetail> {
  return reportHazard(school.schoolDb.db, hazardReportInput.parse({ id, reportedOn: '2026-12-02', reportTo: '解放区教育局安全科', reportNote: '电话报告并报送报告表' }), testNow)
}

export async function start(school: HazardSchool, id: number, overrides: Record<string, unknown> = {}): Promise<HazardDetail> {
  return startRectification(school.schoolDb.db, plan(school, id, overrides), testNow)
}

export async function submit(school: HazardSchool, id: number, overrides: Record<string, unknown> = {}, photos: string[] = []): Promise<HazardDetail> {
  const input = hazardSubmitInput.parse({ id, rectifiedOn: '2026-12-03', rectifier: { staffId: school.caretaker }, rectificationNote: '已更换', ...overrides })
  return submitForAcceptance(school.schoolDb.db, input, photos, testNow)
}

export async function accept(school: HazardSchool, id: number, overrides: Record<string, unknown> = {}): Promise<HazardDetail> {
  const input = hazardAcceptInput.parse({ id, acceptedOn: '2026-12-04', acceptor: { staffId: school.safetyOfficer }, acceptanceOpinion: '压力正常，验收合格', ...overrides })
  return acceptHazard(school.schoolDb.db, input, testNow)
}

export async function close(school: HazardSchool, id: number): Promise<HazardDetail> {
  return closeHazard(school.schoolDb.db, hazardCloseInput.parse({ id, closedOn: '2026-12-04', note: '' }), testNow)
}

/** Takes a new 一般 hazard through the whole loop to 已销号. */
export async function closedHazard(school: HazardSchool, overrides: Record<string, unknown> = {}): Promise<HazardDetail> {
  const { hazard } = await register(school, overrides)
  await start(school, hazard.id)
  await submit(school, hazard.id)
  await accept(school, hazard.id)
  return close(school, hazard.id)
}

export function onTheSpot(school: HazardSchool, overrides: Record<string, unknown> = {}): HazardOnTheSpotInput {
  return hazardOnTheSpotInput.parse({
    description: '三楼走廊应急照明灯不亮',
    riskPointId: null,
    place: '教学楼三楼东侧',
    foundOn: '2026-12-04',
    foundBy: { name: '值周教师 孙丽' },
    source: 'inspection',
    category: 'site',
    grade: 'general',
    majorCriteria: [],
    measures: '更换应急照明灯电池',
    rectifiedOn: '2026-12-04',
    rectifier: { staffId: school.caretaker },
    rectificationNote: '当场更换',
    acceptedOn: '2026-12-04',
    acceptor: { staffId: school.safetyOfficer },
    acceptanceOpinion: '已亮，合格',
    ...overrides
  })
}

export function recordSpot(school: HazardSchool, overrides: Record<string, unknown> = {}): Promise<HazardDetail> {
  return recordOnTheSpot(school.schoolDb.db, onTheSpot(school, overrides), { found: [], rectified: [] }, testNow)
}

/** Writes a real photo (a gradient, so it does not compress to nothing) of the given size and format. */
export async function writePicture(folder: string, name: string, width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<string> {
  const channels = 3
  const pixels = Buffer.alloc(width * height * channels)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * channels
      pixels[offset] = (x * 255) / width
      pixels[offset + 1] = (y * 255) / height
      pixels[offset + 2] = ((x + y) * 7) % 256
    }
  }
  const file = join(folder, name)
  const image = sharp(pixels, { raw: { width, height, channels } })
  await (format === 'png' ? image.png() : image.jpeg({ quality: 90 })).toFile(file)
  return file
}
