import type { RiskPoint } from '../../shared/domain/entities'
import { riskLevelInfo, type ControlLevel, type RiskLevel } from '../../shared/domain/levels'
import { suggestSmallSchool, type ProposedPoint, type SmallSchoolStatus } from '../../shared/small-school'
import { audit, write, type Db, type Executor } from '../db/transaction'
import { riskLibrary } from '../resources/builtin'
import { getRiskPoint, getRiskRow } from '../risks/risk.repository'
import { getSchool } from '../school/school.service'
import { getSmallSchoolMode, setSmallSchoolMode } from '../settings/notice-settings.service'
import { getValueTables } from '../settings/settings.service'
import { proposeSmallSchoolPoints } from './proposal'

export async function getSmallSchoolStatus(db: Executor): Promise<SmallSchoolStatus> {
  const school = await getSchool(db)
  return { enabled: await getSmallSchoolMode(db), suggestion: suggestSmallSchool(school.staffCount, school.pupilCount) }
}

export async function switchSmallSchoolMode(db: Db, enabled: boolean): Promise<SmallSchoolStatus> {
  await setSmallSchoolMode(db, enabled)
  return getSmallSchoolStatus(db)
}

/** The short risk-point list proposed to this school, marking the points it has already added. */
export async function smallSchoolProposal(db: Executor): Promise<ProposedPoint[]> {
  const school = await getSchool(db)
  const rows = await db.selectFrom('risk_point').select('library_key').where('library_key', 'is not', null).execute()
  return proposeSmallSchoolPoints({
    library: riskLibrary.riskPoints,
    category: school.category,
    facilities: school.facilities,
    tables: await getValueTables(db),
    addedKeys: new Set(rows.map((row) => row.library_key as string))
  })
}

/**
 * The control level a risk gets when its level changes: the new level's default when the old control level
 * was the old level's default (so the user never chose it), else the control level the user chose.
 */
function followingControlLevel(previousLevel: RiskLevel, previousControl: ControlLevel, level: RiskLevel): ControlLevel {
  return previousControl === riskLevelInfo[previousLevel].defaultControlLevel ? riskLevelInfo[level].defaultControlLevel : previousControl
}

/**
 * Grades a risk by the level definitions (直接判定): the level the user picked, no factors and no score.
 * Returns the risk's point, as the other risk writes do.
 */
export async function quickGradeRisk(db: Db, riskId: number, level: RiskLevel): Promise<RiskPoint> {
  return write(db, async (trx) => {
    const before = await getRiskRow(trx, riskId)
    const tables = await getValueTables(trx)
    const values = {
      method: 'direct',
      lec_l: null,
      lec_e: null,
      lec_c: null,
      ls_l: null,
      ls_s: null,
      direct_level: level,
      score: null,
      level,
      control_level: followingControlLevel(before.level as RiskLevel, before.control_level as ControlLevel, level),
      value_tables_version: tables.version
    }
    await trx.updateTable('risk').set(values).where('id', '=', riskId).execute()
    await audit(trx, { entity: 'risk', entityId: riskId, action: 'quick-grade', before, after: values })
    return getRiskPoint(trx, before.risk_point_id)
  })
}
