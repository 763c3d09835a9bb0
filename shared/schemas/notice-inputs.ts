import { z } from 'zod'
import type { AppErrorData } from '../errors'
import { riskLevelInfo, riskLevels, type RiskLevel } from '../domain/levels'
import { boardSizeLabels, boardSizes, cardSizeLabels, cardSizes } from '../domain/notices'
import { choice, id, phone } from './fields'

/** Input schemas of the notice settings, the small-school mode and quick grading, with their Chinese labels. */

function rejectWith(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

/** An on/off switch: only true or false is accepted, so a mistyped value never turns a setting off unnoticed. */
export function flag(label: string) {
  return z.unknown().optional().transform((raw, ctx): boolean => {
    if (raw === true || raw === false) return raw
    return rejectWith(ctx, { code: 'invalid-choice', field: label, value: String(raw), allowed: ['开启', '关闭'] })
  })
}

export const noticeSettingsInput = z.object({
  cardSize: choice('告知卡纸张', cardSizes, cardSizeLabels),
  cardQrCode: flag('告知卡二维码'),
  boardSize: choice('公告栏纸张', boardSizes, boardSizeLabels),
  dutyPhone: phone('学校值班电话'),
  bureauPhone: phone('县（市、区）教育局电话')
})
export type NoticeSettingsInput = z.output<typeof noticeSettingsInput>

export const smallSchoolModeInput = z.object({
  enabled: flag('小规模学校模式')
})
export type SmallSchoolModeInput = z.output<typeof smallSchoolModeInput>

const levelWords = Object.fromEntries(riskLevels.map((level) => [level, riskLevelInfo[level].word])) as Record<RiskLevel, string>

export const quickGradeInput = z.object({
  riskId: id('风险'),
  level: choice('风险等级', riskLevels, levelWords)
})
export type QuickGradeInput = z.output<typeof quickGradeInput>
