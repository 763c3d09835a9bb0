import { schoolSettingsOf, type SchoolData } from '../../shared/exchange/school-data'
import { riskLevelInfo, riskLevels } from '../../shared/domain/levels'
import { measureGaps } from '../../shared/measure-gaps'
import { wizardSteps, type WizardProgress, type WizardStepKey, type WizardStepProgress } from '../../shared/wizard'

type StepCheck = Pick<WizardStepProgress, 'complete' | 'summary'>

function schoolStep(data: SchoolData): StepCheck {
  const { school } = data
  const required: [string, string][] = [
    ['学校名称', school.name],
    ['县（市、区）', school.county],
    ['所在范围', school.scope],
    ['办学性质', school.nature],
    ['所属类别', school.category],
    ['校(园)长', school.principal],
    ['联系人', school.contactName],
    ['联系电话', school.contactPhone]
  ]
  const missing = required.filter(([, value]) => value === '').map(([label]) => label)
  return missing.length === 0
    ? { complete: true, summary: `${school.name}，${school.category}` }
    : { complete: false, summary: `待填写：${missing.join('、')}` }
}

/**
 * Members the leading group needs: a leader and two more, or in the small-school mode a leader and one more
 * (a 教学点 may have only a handful of staff).
 */
function requiredMembers(data: SchoolData): number {
  return schoolSettingsOf(data).smallSchoolMode ? 2 : 3
}

function leadingGroupStep(data: SchoolData): StepCheck {
  const { members, office } = data.leadingGroup
  const hasLeader = members.some((member) => member.role === 'leader')
  const required = requiredMembers(data)
  if (!hasLeader) return { complete: false, summary: '尚未指定组长' }
  if (members.length < required) return { complete: false, summary: `已有 ${members.length} 名成员，至少需要 ${required} 名` }
  if (office.directorStaffId === null) return { complete: false, summary: '尚未指定办公室主任' }
  return { complete: true, summary: `领导小组 ${members.length} 人，办公室已设立` }
}

function responsibilitiesStep(data: SchoolData): StepCheck {
  const { posts } = data
  if (posts.length === 0) return { complete: false, summary: '尚未建立岗位' }
  const withoutDuties = posts.filter((post) => post.responsibilities.length === 0).length
  const withoutStaff = posts.filter((post) => post.staffIds.length === 0).length
  const problems = [withoutDuties ? `${withoutDuties} 个岗位无责任内容` : '', withoutStaff ? `${withoutStaff} 个岗位未安排人员` : ''].filter(Boolean)
  return problems.length === 0
    ? { complete: true, summary: `${posts.length} 个岗位，责任已落实到人` }
    : { complete: false, summary: `${posts.length} 个岗位；${problems.join('，')}` }
}

function identificationStep(data: SchoolData): StepCheck {
  const points = data.riskPoints
  if (points.length === 0) return { complete: false, summary: '尚未添加风险点' }
  const risks = points.reduce((sum, point) => sum + point.risks.length, 0)
  const empty = points.filter((point) => point.risks.length === 0).length
  return empty === 0
    ? { complete: true, summary: `${points.length} 个风险点，${risks} 项风险` }
    : { complete: false, summary: `${empty} 个风险点尚未辨识风险` }
}

function evaluationStep(data: SchoolData): StepCheck {
  const risks = data.riskPoints.flatMap((point) => point.risks)
  if (risks.length === 0) return { complete: false, summary: '没有待评价的风险' }
  const counts = riskLevels.map((level) => `${riskLevelInfo[level].shortWord} ${risks.filter((risk) => risk.level === level).length}`)
  return { complete: true, summary: counts.join(' / ') }
}

function measuresStep(data: SchoolData): StepCheck {
  const risks = data.riskPoints.flatMap((point) => point.risks)
  if (risks.length === 0) return { complete: false, summary: '没有风险' }
  const without = risks.filter((risk) => measureGaps(risk).none).length
  const weakMajor = risks.filter((risk) => measureGaps(risk).missing.length > 0).length
  if (without > 0) return { complete: false, summary: `${without} 项风险尚无管控措施` }
  if (weakMajor > 0) return { complete: false, summary: `${weakMajor} 项较大及以上风险缺少管理或应急处置措施` }
  return { complete: true, summary: `${risks.reduce((sum, risk) => sum + risk.measures.length, 0)} 条管控措施` }
}

function checklistStep(data: SchoolData): StepCheck {
  if (data.checkItems.length === 0) return { complete: false, summary: '尚未生成排查项' }
  const covered = new Set(data.checkItems.map((item) => item.riskPointId))
  const uncovered = data.riskPoints.filter((point) => !covered.has(point.id)).length
  return uncovered === 0
    ? { complete: true, summary: `${data.checkItems.length} 个排查项` }
    : { complete: false, summary: `${uncovered} 个风险点没有排查项` }
}

/** Computes the completeness of every wizard step from a snapshot of the school. */
export function computeWizardProgress(data: SchoolData, lastOutputsAt: string | undefined): WizardProgress {
  const checks: Record<WizardStepKey, StepCheck> = {
    school: schoolStep(data),
    'leading-group': leadingGroupStep(data),
    responsibilities: responsibilitiesStep(data),
    identification: identificationStep(data),
    evaluation: evaluationStep(data),
    measures: measuresStep(data),
    checklist: checklistStep(data),
    outputs: lastOutputsAt
      ? { complete: true, summary: `最近生成：${lastOutputsAt.slice(0, 16).replace('T', ' ')}` }
      : { complete: false, summary: '尚未生成成果文件' }
  }
  return { steps: wizardSteps.map((step) => ({ key: step.key, title: step.title, ...checks[step.key] })) }
}
