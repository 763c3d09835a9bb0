import type { SchoolData } from '../../shared/exchange/school-data'
import { loadStoredFiles, type StoredFiles } from '../../electron/outputs/stored-files'
import { loadSchoolData } from '../../electron/snapshot/school-data'
import { tempFolder } from '../helpers/temp'
import { closedHazard, hazardSchool, recordSpot, register, report, start, submit, testNow, writePicture, close, type HazardSchool } from '../hazards/fixture'

/**
 * A school whose ledger has a hazard in every state on 4 December 2026: one registered whose description
 * starts with =, one rectifying past its deadline, a 重大 one with 五落实, 治理方案, 上报 and a photo, a 重大
 * one only registered, one awaiting acceptance with an after-photo, one closed and one fixed on the spot
 * and closed.
 */

export interface OutputSchool {
  school: HazardSchool
  codes: {
    formula: string
    overdue: string
    major: string
    thinMajor: string
    awaiting: string
    closed: string
    spot: string
  }
}

export async function outputSchool(): Promise<OutputSchool> {
  const school = await hazardSchool()
  const pictures = tempFolder('hazard-output-photos-')

  const formula = await register(school, { description: '=1+1 后厨灭火器压力不足', foundOn: '2026-12-01' })

  const overdue = await register(school, { description: '二楼楼梯扶手松动', place: '教学楼二楼', foundOn: '2026-11-20' })
  await start(school, overdue.hazard.id, { deadline: '2026-11-30', funds: '', contingency: '', governancePlan: '' })

  const found = await writePicture(pictures, '宿舍楼道充电.jpg', 1200, 900)
  const major = await register(school, { description: '宿舍楼道内电动车蓄电池充电', place: '宿舍楼一楼', grade: 'major', majorCriteria: ['XF-08'], foundOn: '2026-11-25' }, [found])
  await report(school, major.hazard.id)
  await start(school, major.hazard.id)

  const thinMajor = await register(school, { description: '食堂未取得食品经营许可证仍在供餐', place: '学生食堂', grade: 'major', majorCriteria: ['SP-01'], foundOn: '2026-12-03' })

  const after = await writePicture(pictures, '整改后.jpg', 900, 1200)
  const awaiting = await register(school, { description: '配电箱门锁损坏', place: '配电室', foundOn: '2026-11-28' })
  await start(school, awaiting.hazard.id, { funds: '', contingency: '', governancePlan: '' })
  await submit(school, awaiting.hazard.id, {}, [after])

  const closed = await closedHazard(school, { description: '操场围栏螺丝缺失', place: '操场', foundOn: '2026-11-10' })
  const spot = await recordSpot(school)
  await close(school, spot.hazard.id)

  return {
    school,
    codes: {
      formula: formula.hazard.code,
      overdue: overdue.hazard.code,
      major: major.hazard.code,
      thinMajor: thinMajor.hazard.code,
      awaiting: awaiting.hazard.code,
      closed: closed.hazard.code,
      spot: spot.hazard.code
    }
  }
}

/** Takes the snapshot at the fixture's now, with the photos it names. */
export async function snapshotOf(school: HazardSchool): Promise<{ data: SchoolData; files: StoredFiles }> {
  const db = school.schoolDb.db
  return { data: await loadSchoolData(db, testNow), files: await loadStoredFiles(db) }
}
