import { describe, expect, it } from 'vitest'
import { chineseNumeral, circledNumber } from '../../electron/documents/layout/numbering'
import { columnWidths } from '../../electron/documents/layout/tables'
import { asSentence, cleanLines, cleanText } from '../../electron/documents/layout/text'
import { landscapeTextWidth, portraitTextWidth } from '../../electron/documents/layout/units'

describe('cleanText', () => {
  it('removes XML-invalid characters', () => {
    expect(cleanText('甲\u0001乙\u000B丙\u001F丁\uFFFE')).toBe('甲乙丙丁')
  })

  it('removes lone surrogates and keeps pairs', () => {
    expect(cleanText('\uD800吉\uDC00𠮷')).toBe('吉𠮷')
    expect(cleanText('𠮷\uD842')).toBe('𠮷')
  })

  it('turns tabs and line breaks into a space', () => {
    expect(cleanText('  配电室\t锅炉房\r\n食堂 ')).toBe('配电室 锅炉房 食堂')
  })
})

describe('cleanLines', () => {
  it('splits, cleans and drops empty lines', () => {
    expect(cleanLines('第一条\r\n\r\n第二条\u0001\n  \n第三条')).toEqual(['第一条', '第二条', '第三条'])
  })
})

describe('asSentence', () => {
  it('ends with one full stop', () => {
    expect(asSentence('负责日常组织协调；')).toBe('负责日常组织协调。')
    expect(asSentence('组织演练。')).toBe('组织演练。')
    expect(asSentence('')).toBe('')
  })
})

describe('columnWidths', () => {
  it('sums exactly to the width', () => {
    for (const width of [portraitTextWidth, landscapeTextWidth, 9072]) {
      for (const weights of [[1, 1, 1], [3, 5, 8, 5, 6, 11, 6, 5, 6, 6, 12], [2, 1.3, 1.3, 7]]) {
        const widths = columnWidths(width, weights)
        expect(widths.reduce((sum, value) => sum + value, 0)).toBe(width)
        expect(widths.every((value) => Number.isInteger(value) && value > 0)).toBe(true)
      }
    }
  })
})

describe('numbering', () => {
  it('writes Chinese numerals up to 99', () => {
    expect([1, 10, 11, 20, 23, 31, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十三', '三十一', '九十九'])
  })

  it('circles numbers up to 20', () => {
    expect(circledNumber(1)).toBe('①')
    expect(circledNumber(20)).toBe('⑳')
    expect(circledNumber(21)).toBe('（21）')
  })
})

describe('text widths', () => {
  it('match the GB/T 9704 text block', () => {
    // 156 mm wide in portrait; landscape keeps the turned margins.
    expect(Math.round((portraitTextWidth / 1440) * 25.4)).toBe(156)
    expect(Math.round((landscapeTextWidth / 1440) * 25.4)).toBe(225)
  })
})
