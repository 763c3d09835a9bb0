import dayjs, { type Dayjs } from 'dayjs'
import type { Risk } from '@shared/domain/entities'
import { localDate } from '@shared/domain/local-date'
import type { MajorRiskPlan } from '@shared/domain/major-risks'
import { measureCategories, measureCategoryLabels } from '@shared/domain/measures'
import type { MajorRiskPlanInput } from '@shared/schemas/major-risk-inputs'

const dateFormat = 'YYYY-MM-DD'

/** The plan form: the stored plan, or a draft from the risk's own measures for a risk without one. */
export interface PlanFormValues {
  objective: string
  measures: string
  funds: string
  responsibleStaffId: number | null
  deadline: Dayjs | null
  monitoring: string
  emergency: string
  reportedOn: Dayjs | null
  reportTo: string
}

function day(value: string | null): Dayjs | null {
  return value ? dayjs(value, dateFormat) : null
}

/** Greys out the days after the school's today in the 上报日期 picker: a plan cannot have been reported tomorrow. */
export function isAfterToday(day: Dayjs): boolean {
  return day.format(dateFormat) > localDate(new Date())
}

export function dateText(value: unknown): string | null {
  return dayjs.isDayjs(value) ? value.format(dateFormat) : null
}

/** "工程技术措施：…；…", one line per category the risk has measures in: a start for 管控措施（方案）. */
function measureDraft(risk: Risk): string {
  return measureCategories
    .map((category) => {
      const contents = risk.measures.filter((measure) => measure.category === category).map((measure) => measure.content.trim().replace(/[。；;]+$/, ''))
      return contents.length > 0 ? `${measureCategoryLabels[category]}：${contents.join('；')}。` : ''
    })
    .filter(Boolean)
    .join('\n')
}

export function toPlanFormValues(risk: Risk, plan: MajorRiskPlan | null, defaultReportTo: string): PlanFormValues {
  if (plan) {
    return { ...plan, deadline: day(plan.deadline), reportedOn: day(plan.reportedOn) }
  }
  const emergency = risk.measures.filter((measure) => measure.category === 'emergency').map((measure) => measure.content.trim())
  return {
    objective: '',
    measures: measureDraft(risk),
    funds: '',
    responsibleStaffId: risk.ownerStaffId,
    deadline: null,
    monitoring: '',
    emergency: emergency.join('\n'),
    reportedOn: null,
    reportTo: defaultReportTo
  }
}

export function toPlanInput(riskId: number, values: PlanFormValues): MajorRiskPlanInput {
  return { ...values, riskId, deadline: dateText(values.deadline), reportedOn: dateText(values.reportedOn) } as unknown as MajorRiskPlanInput
}
