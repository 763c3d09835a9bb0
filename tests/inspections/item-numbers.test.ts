import { describe, expect, it } from 'vitest'
import { describeError } from '../../shared/errors'
import { formatItemNumbers, parseItemNumbers, sharedNumbers } from '../../shared/inspections/item-numbers'

const field = '不合格项序号'

function numbers(text: string, count = 40): number[] {
  const parsed = parseItemNumbers(text, count, field)
  if (!parsed.ok) throw new Error(describeError(parsed.error))
  return parsed.numbers
}

function failure(text: string, count = 40): string {
  const parsed = parseItemNumbers(text, count, field)
  if (parsed.ok) throw new Error(`"${text}" was accepted`)
  return describeError(parsed.error)
}

describe('parseItemNumbers', () => {
  it.each([
    ['3, 7, 12-14', [3, 7, 12, 13, 14]],
    ['３、７，１２－１４', [3, 7, 12, 13, 14]],
    ['3；7;12—14', [3, 7, 12, 13, 14]],
    ['12 - 14 3', [3, 12, 13, 14]],
    ['第3项 7号 12至14', [3, 7, 12, 13, 14]],
    ['5～6，6,5', [5, 6]],
    ['1-40', Array.from({ length: 40 }, (_unused, index) => index + 1)],
    ['', []],
    ['  ，、 ', []]
  ])('reads "%s"', (text, expected) => {
    expect(numbers(text)).toEqual(expected)
  })

  it('names every number out of range', () => {
    const message = failure('3, 41, 0, 38-45')
    expect(message).toContain('41、0、38-45')
    expect(message).toContain('本检查表共 40 项')
    expect(message).toContain(`「${field}」`)
  })

  it('names a part that is not a number', () => {
    expect(failure('3, 7a, 9')).toBe(`「${field}」中的“7a”无法识别：应填写序号或序号范围，如 3, 7, 12-14。`)
  })

  it('refuses a range written backwards', () => {
    expect(failure('14-12')).toContain('范围的起止写反了，应写成 12-14')
  })

  it('refuses numbers on an empty checklist', () => {
    expect(failure('1', 0)).toContain('本检查表共 0 项')
  })
})

describe('formatItemNumbers', () => {
  it('writes runs of three or more as ranges', () => {
    expect(formatItemNumbers([14, 3, 12, 13, 7, 8])).toBe('3, 7, 8, 12-14')
  })

  it('reads back what it writes', () => {
    const list = [1, 2, 3, 5, 9, 10, 11, 12, 20]
    expect(numbers(formatItemNumbers(list))).toEqual(list)
  })
})

describe('sharedNumbers', () => {
  it('finds numbers in both lists', () => {
    expect(sharedNumbers([3, 7, 12], [7, 12, 30])).toEqual([7, 12])
  })
})
