import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { grade, levelForScore, thresholdRanges, type Evaluation } from '../../shared/grading/grade'
import { defaultValueTables } from '../../shared/grading/value-tables'

function lec(l: number | null, e: number | null, c: number | null): Evaluation {
  return { method: 'lec', lecL: l, lecE: e, lecC: c, lsL: null, lsS: null, directLevel: null }
}

function ls(l: number | null, s: number | null): Evaluation {
  return { method: 'ls', lecL: null, lecE: null, lecC: null, lsL: l, lsS: s, directLevel: null }
}

function errorOf(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

describe('LEC grading', () => {
  it('grades LEC 252 as 较大', () => {
    const result = grade(lec(6, 6, 7), defaultValueTables)
    expect(result.score).toBe(252)
    expect(result.level).toBe('high')
  })

  it.each([
    [10, 6, 7, 420, 'major'],
    [6, 6, 15, 540, 'major'],
    [1, 1, 100, 100, 'medium'],
    [3, 6, 3, 54, 'low'],
    [3, 10, 7, 210, 'high']
  ] as const)('grades L=%s E=%s C=%s as D=%s %s', (l, e, c, score, level) => {
    const result = grade(lec(l, e, c), defaultValueTables)
    expect(result.score).toBe(score)
    expect(result.level).toBe(level)
  })

  it('puts D = 320 in 较大 and anything above in 重大', () => {
    expect(levelForScore(320, defaultValueTables.lec.thresholds)).toBe('high')
    expect(levelForScore(320.5, defaultValueTables.lec.thresholds)).toBe('major')
  })

  it('puts D = 160 in 较大 and 159 in 一般', () => {
    expect(levelForScore(160, defaultValueTables.lec.thresholds)).toBe('high')
    expect(levelForScore(159, defaultValueTables.lec.thresholds)).toBe('medium')
    expect(levelForScore(159.9, defaultValueTables.lec.thresholds)).toBe('medium')
  })

  it('puts D = 70 in 一般 and 69 in 低', () => {
    expect(levelForScore(70, defaultValueTables.lec.thresholds)).toBe('medium')
    expect(levelForScore(69, defaultValueTables.lec.thresholds)).toBe('low')
  })

  it('accepts decimal factors on the scale and rounds binary noise', () => {
    expect(grade(lec(0.5, 6, 40), defaultValueTables)).toEqual({ score: 120, level: 'medium' })
    expect(grade(lec(0.1, 3, 7), defaultValueTables).score).toBe(2.1)
    expect(grade(lec(0.2, 0.5, 1), defaultValueTables)).toEqual({ score: 0.1, level: 'low' })
  })

  it('rejects an L of 5 and lists the allowed values', () => {
    const error = errorOf(() => grade(lec(5, 6, 7), defaultValueTables))
    expect(error.data.code).toBe('factor-not-on-scale')
    expect(error.data.field).toContain('L')
    expect(error.data.value).toBe('5')
    expect(error.data.allowed).toEqual(['10', '6', '3', '1', '0.5', '0.2', '0.1'])
  })

  it('rejects a missing factor as a required choice', () => {
    const error = errorOf(() => grade(lec(3, null, 7), defaultValueTables))
    expect(error.data.code).toBe('required-choice')
    expect(error.data.field).toContain('E')
  })
})

describe('LS grading', () => {
  it.each([
    [5, 5, 25, 'major'],
    [4, 5, 20, 'major'],
    [4, 4, 16, 'high'],
    [3, 3, 9, 'high'],
    [2, 4, 8, 'medium'],
    [2, 2, 4, 'medium'],
    [1, 3, 3, 'low'],
    [1, 1, 1, 'low']
  ] as const)('grades L=%s S=%s as R=%s %s', (l, s, score, level) => {
    expect(grade(ls(l, s), defaultValueTables)).toEqual({ score, level })
  })

  it('rejects an S of 6', () => {
    const error = errorOf(() => grade(ls(3, 6), defaultValueTables))
    expect(error.data.code).toBe('factor-not-on-scale')
    expect(error.data.allowed).toEqual(['5', '4', '3', '2', '1'])
  })

  it('rejects a fractional L of 2.5', () => {
    expect(errorOf(() => grade(ls(2.5, 3), defaultValueTables)).data.code).toBe('factor-not-on-scale')
  })
})

describe('direct grading', () => {
  it('takes the chosen level without a score', () => {
    const evaluation: Evaluation = { method: 'direct', lecL: null, lecE: null, lecC: null, lsL: null, lsS: null, directLevel: 'high' }
    expect(grade(evaluation, defaultValueTables)).toEqual({ score: null, level: 'high' })
  })

  it('requires a level', () => {
    const evaluation: Evaluation = { method: 'direct', lecL: null, lecE: null, lecC: null, lsL: null, lsS: null, directLevel: null }
    expect(errorOf(() => grade(evaluation, defaultValueTables)).data.code).toBe('required-choice')
  })
})

describe('threshold ranges', () => {
  it('describes the default LEC bands', () => {
    expect(thresholdRanges(defaultValueTables.lec.thresholds, 'D')).toEqual({
      major: 'D>320',
      high: '160≤D≤320',
      medium: '70≤D<160',
      low: 'D<70'
    })
  })

  it('describes the default LS bands', () => {
    expect(thresholdRanges(defaultValueTables.ls.thresholds, 'R')).toEqual({
      major: 'R≥20',
      high: '9≤R<20',
      medium: '4≤R<9',
      low: 'R<4'
    })
  })
})
