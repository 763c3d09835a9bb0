import type { InspectionResultValue, ResultCounts } from '@shared/domain/inspections'
import type { ResultMark } from '@shared/schemas/inspection-inputs'

/** The results being entered, by item number: only items not OK or with a note are listed; the rest are OK. */
export type Marks = Readonly<Record<number, { result: InspectionResultValue; note: string }>>

export function numbersWith(marks: Marks, result: InspectionResultValue): number[] {
  return Object.entries(marks)
    .filter(([, mark]) => mark.result === result)
    .map(([itemNo]) => Number(itemNo))
    .sort((a, b) => a - b)
}

/** Sets the not-OK and not-applicable items to the numbers typed, keeping the notes of items that stay marked. */
export function applyNumbers(marks: Marks, notOk: readonly number[], na: readonly number[]): Marks {
  const next: Record<number, { result: InspectionResultValue; note: string }> = {}
  for (const [itemNo, mark] of Object.entries(marks)) {
    if (mark.result === 'ok' && mark.note !== '') next[Number(itemNo)] = mark
  }
  for (const itemNo of notOk) next[itemNo] = { result: 'not-ok', note: marks[itemNo]?.note ?? '' }
  for (const itemNo of na) next[itemNo] = { result: 'na', note: marks[itemNo]?.note ?? '' }
  return next
}

/** Changes one item's result or note; an OK item without a note leaves the list. */
export function setMark(marks: Marks, itemNo: number, change: Partial<{ result: InspectionResultValue; note: string }>): Marks {
  const current = marks[itemNo] ?? { result: 'ok' as const, note: '' }
  const next = { ...current, ...change }
  const rest = Object.fromEntries(Object.entries(marks).filter(([key]) => Number(key) !== itemNo))
  return next.result === 'ok' && next.note.trim() === '' ? rest : { ...rest, [itemNo]: next }
}

export function countMarks(marks: Marks, itemCount: number): ResultCounts {
  const notOk = numbersWith(marks, 'not-ok').length
  const na = numbersWith(marks, 'na').length
  return { ok: itemCount - notOk - na, notOk, na }
}

/** Converts the marks to the list the record channel takes. */
export function markList(marks: Marks): ResultMark[] {
  return Object.entries(marks).map(([itemNo, mark]) => ({ itemNo: Number(itemNo), result: mark.result, note: mark.note.trim() }))
}
