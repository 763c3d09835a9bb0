import { z } from 'zod'
import { date, id, name, notFutureDate, optionalId, text } from './fields'

/** Input schema of a 重大风险管控方案. The Node side also checks that the risk is 重大 and the person exists. */
export const majorRiskPlanInput = z
  .object({
    riskId: id('重大风险'),
    objective: text('管控目标', { required: true, max: 500, multiline: true }),
    measures: text('管控措施（方案）', { required: true, max: 4000, multiline: true }),
    funds: text('资金保障', { max: 500, multiline: true }),
    responsibleStaffId: optionalId('责任人'),
    deadline: date('完成时限'),
    monitoring: text('监测监控', { max: 1000, multiline: true }),
    emergency: text('应急措施', { max: 1000, multiline: true }),
    reportedOn: notFutureDate('上报日期'),
    reportTo: name('上报单位', true, 60)
  })
  .superRefine((plan, ctx) => {
    if (plan.responsibleStaffId === null) {
      ctx.addIssue({ code: 'custom', message: 'required-choice', path: ['responsibleStaffId'], params: { appError: { code: 'required-choice', field: '责任人' } } })
    }
  })
export type MajorRiskPlanInput = z.output<typeof majorRiskPlanInput>

export const majorRiskIdInput = z.object({ riskId: id('重大风险') })
