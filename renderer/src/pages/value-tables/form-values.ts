import type { Rule } from 'antd/es/form'
import { describeError, type AppErrorData } from '@shared/errors'
import { thresholdLevels } from '@shared/grading/table-checks'
import type { LevelThreshold, ScaleValue, ValueTables } from '@shared/grading/value-tables'
import type { ValueTablesInput } from '@shared/schemas/value-tables-inputs'

/** The 评价标准 form: the tables as edited, before the Node side checks and versions them. */

export interface ScaleRow {
  value: number | null
  meaning: string
}

export interface ThresholdRow {
  level: LevelThreshold['level']
  min: number | null
  inclusive: boolean
}

export interface TablesFormValues {
  name: string
  lec: { l: ScaleRow[]; e: ScaleRow[]; c: ScaleRow[]; thresholds: ThresholdRow[] }
  ls: { l: ScaleRow[]; s: ScaleRow[]; thresholds: ThresholdRow[] }
}

function rows(scale: readonly ScaleValue[]): ScaleRow[] {
  return scale.map((entry) => ({ value: entry.value, meaning: entry.meaning }))
}

/** Orders the bounds 重大, 较大, 一般, as the editor shows them. */
export function orderedThresholds(thresholds: readonly LevelThreshold[]): ThresholdRow[] {
  return thresholdLevels.map((level) => {
    const found = thresholds.find((threshold) => threshold.level === level)
    return { level, min: found?.min ?? null, inclusive: found?.inclusive ?? true }
  })
}

export function toFormValues(tables: ValueTables): TablesFormValues {
  return {
    name: tables.name,
    lec: { l: rows(tables.lec.l), e: rows(tables.lec.e), c: rows(tables.lec.c), thresholds: orderedThresholds(tables.lec.thresholds) },
    ls: { l: rows(tables.ls.l), s: rows(tables.ls.s), thresholds: orderedThresholds(tables.ls.thresholds) }
  }
}

/**
 * Names each bound by its place in the list (重大, 较大, 一般), because the form does not register the level of a
 * row as a field and may leave it out of what it returns.
 */
function withLevels(rows: readonly ThresholdRow[] | undefined): ThresholdRow[] {
  return (rows ?? []).map((row, index) => ({ ...row, level: thresholdLevels[index] }))
}

/** Converts the form values to the channel input. The Node side parses it again and rejects what is wrong. */
export function toInput(values: TablesFormValues): ValueTablesInput {
  const input = { ...values, lec: { ...values.lec, thresholds: withLevels(values.lec.thresholds) }, ls: { ...values.ls, thresholds: withLevels(values.ls.thresholds) } }
  return input as unknown as ValueTablesInput
}

/** Returns thresholds the shared grading code can use, or undefined while a bound is still empty. */
export function completeThresholds(thresholds: readonly ThresholdRow[] | undefined): LevelThreshold[] | undefined {
  const rows = withLevels(thresholds)
  if (rows.length !== thresholdLevels.length || rows.some((row) => typeof row?.min !== 'number')) return undefined
  return rows.map((row) => ({ level: row.level, min: row.min as number, inclusive: row.inclusive !== false }))
}

/** Builds an antd rule from a shared check that returns the problem of one value, so the form shows the Node side's sentence. */
export function problemRule(check: (value: unknown) => AppErrorData | undefined): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const problem = check(value)
      if (problem) throw new Error(describeError(problem))
    }
  }
}
