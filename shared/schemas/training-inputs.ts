import { z } from 'zod'
import { incentiveKindLabels, incentiveKinds, incentiveTargetKindLabels, incentiveTargetKinds } from '../domain/incentives'
import { attachmentLimits, trainingKindLabels, trainingKinds } from '../domain/training'
import { choice, date, idList, integer, name, optionalId, steppedDecimal, text } from './fields'

/** Input schemas of the training and incentive records, with the Chinese field labels used in messages. */

/** Tokens of files chosen in the open dialog; machine values, so zod's own check is enough. */
const tokenList = z.array(z.string().min(1).max(100)).max(attachmentLimits.maxPerTraining).default([])

export const trainingInput = z.object({
  id: optionalId('培训记录'),
  heldOn: date('培训日期', true),
  topic: text('培训主题', { required: true, max: 100 }),
  kind: choice('培训类别', trainingKinds, trainingKindLabels),
  trainer: text('主讲人', { max: 60 }),
  location: text('培训地点', { max: 60 }),
  audience: text('培训对象', { max: 100 }),
  hours: steppedDecimal('学时', { above: 0, max: 40, step: 0.5, stepWords: '半小时（0.5）', examples: '1、1.5、2' }),
  headcount: integer('参加人数', { min: 1, max: 20000 }),
  content: text('培训内容', { max: 3000, multiline: true }),
  assessment: text('效果评估', { max: 1000, multiline: true }),
  attendeeIds: idList('参训人员', 5000),
  /** Files chosen with `trainings:choose-attachments`, stored when the training is saved. */
  addAttachments: tokenList,
  removeAttachmentIds: idList('要删除的附件', attachmentLimits.maxPerTraining)
})
export type TrainingInput = z.output<typeof trainingInput>

export const trainingSummaryInput = z.object({
  /** The day the summary is for; today when left out. */
  on: date('统计日期')
})

export const incentiveInput = z
  .object({
    id: optionalId('奖惩记录'),
    kind: choice('奖惩类别', incentiveKinds, incentiveKindLabels),
    targetKind: choice('对象类型', incentiveTargetKinds, incentiveTargetKindLabels),
    staffId: optionalId('奖惩对象'),
    department: text('部门名称', { max: 50, plainName: true }),
    decidedOn: date('奖惩日期', true),
    reason: text('事由', { required: true, max: 500, multiline: true }),
    basis: text('依据条款', { max: 200 }),
    measure: text('奖惩措施', { required: true, max: 200 }),
    approver: name('审批人', false),
    hazardId: optionalId('关联隐患')
  })
  .superRefine((value, ctx) => {
    // A person comes from the roster; a department is named in words.
    if (value.targetKind === 'person' && value.staffId === null) {
      ctx.addIssue({ code: 'custom', path: ['staffId'], message: 'required-choice', params: { appError: { code: 'required-choice', field: '奖惩对象' } } })
    }
    if (value.targetKind === 'department' && value.department === '') {
      ctx.addIssue({ code: 'custom', path: ['department'], message: 'required', params: { appError: { code: 'required', field: '部门名称' } } })
    }
  })
export type IncentiveInput = z.output<typeof incentiveInput>
