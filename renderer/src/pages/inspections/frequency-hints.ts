import type { CheckFrequency } from '@shared/domain/checks'

/**
 * The line under 排查频次 in the plan form: when the reminder expects an inspection at that frequency. It
 * follows the periods of shared/inspections/due-periods.ts. "Before" frequencies have none, because the
 * 在何时之前 field below them explains their 7-day window.
 */
const frequencyHints: Partial<Record<CheckFrequency, string>> = {
  perLesson: '按上课日提醒：每个上课日录入一次记录',
  perShift: '按上课日提醒：每个上课日录入一次记录',
  perTrip: '按上课日提醒：每个上课日录入一次记录',
  daily: '每个上课日提醒一次，放假不提醒',
  weekly: '每周提醒一次，整周放假不提醒',
  monthly: '每月提醒一次，整月放假不提醒',
  term: '每学期提醒一次，学期按校历',
  yearly: '每年提醒一次'
}

export function frequencyHint(frequency: CheckFrequency): string | undefined {
  return frequencyHints[frequency]
}
