import type { LevelThreshold } from './value-tables'

/**
 * The published ways of cutting the 5×5 risk matrix (R = L × S, 1–25) into four levels. All bounds are
 * inclusive lower bounds, because every product of two 1–5 values is an integer:
 * A 20–25 重大 / 9–16 较大 / 4–8 一般 / 1–3 低 (the shipped default),
 * B 20–25 / 10–16 / 4–9 / 1–3,
 * C 20–25 / 15–16 / 9–12 / 1–8.
 */
export const lsPresetKeys = ['A', 'B', 'C'] as const
export type LsPresetKey = (typeof lsPresetKeys)[number]

export interface LsPreset {
  key: LsPresetKey
  /** Label of the choice, e.g. 方案A. */
  label: string
  /** The four R ranges, highest level first. */
  ranges: string
  thresholds: LevelThreshold[]
}

function bounds(major: number, high: number, medium: number): LevelThreshold[] {
  return [
    { level: 'major', min: major, inclusive: true },
    { level: 'high', min: high, inclusive: true },
    { level: 'medium', min: medium, inclusive: true }
  ]
}

export const lsPresets: Record<LsPresetKey, LsPreset> = {
  A: { key: 'A', label: '方案A', ranges: '20–25 重大／9–16 较大／4–8 一般／1–3 低', thresholds: bounds(20, 9, 4) },
  B: { key: 'B', label: '方案B', ranges: '20–25 重大／10–16 较大／4–9 一般／1–3 低', thresholds: bounds(20, 10, 4) },
  C: { key: 'C', label: '方案C', ranges: '20–25 重大／15–16 较大／9–12 一般／1–8 低', thresholds: bounds(20, 15, 9) }
}

function sameThresholds(a: readonly LevelThreshold[], b: readonly LevelThreshold[]): boolean {
  if (a.length !== b.length) return false
  return b.every((wanted) => a.some((given) => given.level === wanted.level && given.min === wanted.min && given.inclusive === wanted.inclusive))
}

/** Names the preset a set of R thresholds equals, or 'custom' for any other set. */
export function matchLsPreset(thresholds: readonly LevelThreshold[]): LsPresetKey | 'custom' {
  return lsPresetKeys.find((key) => sameThresholds(thresholds, lsPresets[key].thresholds)) ?? 'custom'
}
