import { exchangeFormatName, exchangeFormatVersion, type SchoolData } from '../../shared/exchange/school-data'
import { appVersion } from '../app-version'
import type { Executor } from '../db/transaction'
import { listCheckItems } from '../checklist/check-items.service'
import { getLeadingGroup } from '../leading-group/leading-group.service'
import { listPolicies } from '../policies/policies.service'
import { listPosts } from '../posts/posts.service'
import { loadRiskPoints } from '../risks/risk.repository'
import { loadAnalysisEntries } from '../analysis/analysis.repository'
import { getSchool } from '../school/school.service'
import { getMeta, getValueTables } from '../settings/settings.service'
import { getSchoolSettings } from '../settings/notice-settings.service'
import { listStaff } from '../staff/staff.service'
import { getMajorHazardCriteria } from '../hazards/criteria.service'
import { loadExchangeHazards } from '../hazards/hazard-export'
import { loadExchangeIncentives, loadExchangeTrainings } from '../training/exchange'
import { listMajorRiskPlans } from '../major-risks/major-risks.service'
import { loadReviews } from '../reviews/reviews.service'
import { loadRiskMapData } from '../risk-map/map-data'
import { loadExchangeCalendar, loadExchangeInspections, loadExchangePlans } from '../inspections/exchange'

/**
 * Reads the whole school into the exchange format: the single input of every document, sheet and the
 * export package. Runs in one read transaction so the snapshot is consistent.
 */
export async function loadSchoolData(db: Executor, now = new Date()): Promise<SchoolData> {
  return {
    format: exchangeFormatName,
    formatVersion: exchangeFormatVersion,
    schoolFileId: (await getMeta(db, 'schoolFileId')) ?? '00000000-0000-4000-8000-000000000000',
    exportedAt: now.toISOString(),
    appVersion,
    school: await getSchool(db),
    staff: await listStaff(db),
    posts: await listPosts(db),
    leadingGroup: await getLeadingGroup(db),
    policies: await listPolicies(db),
    valueTables: await getValueTables(db),
    riskPoints: await loadRiskPoints(db),
    checkItems: await listCheckItems(db),
    analysisEntries: await loadAnalysisEntries(db),
    settings: await getSchoolSettings(db),
    majorRiskPlans: await listMajorRiskPlans(db),
    riskReviews: await loadReviews(db),
    riskMap: await loadRiskMapData(db),
    trainings: await loadExchangeTrainings(db),
    incentives: await loadExchangeIncentives(db),
    hazards: await loadExchangeHazards(db),
    majorHazardCriteria: await getMajorHazardCriteria(db),
    calendar: await loadExchangeCalendar(db),
    inspectionPlans: await loadExchangePlans(db),
    inspections: await loadExchangeInspections(db)
  }
}
