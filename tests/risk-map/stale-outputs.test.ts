import { describe, expect, it } from 'vitest'
import { outputBuilders } from '../../electron/outputs/generate-outputs'
import { staleOutputNames } from '../../electron/outputs/stale-outputs'

describe('stale outputs', () => {
  const written = new Set(['03 安全风险分级管控手册.docx', '11 安全风险四色分布图.docx'])

  it('names our outputs under another number as stale', () => {
    const existing = ['03 安全风险分级管控手册.docx', '10 安全风险四色分布图.docx', '11 安全风险四色分布图.docx']
    expect(staleOutputNames(existing, written, outputBuilders)).toEqual(['10 安全风险四色分布图.docx'])
  })

  it('leaves files that only look like ours', () => {
    const existing = [
      '10 安全风险四色分布图.pdf', // a kind we never write
      '10 安全风险四色分布图（修改稿）.docx', // a title we never use
      '安全风险分级管控手册.docx', // no number
      '1 安全风险分级管控手册.docx', // one digit
      '焦作市山阳区育英学校-双重预防体系导出包-20261101.zip' // an earlier package is a record of what was sent
    ]
    expect(staleOutputNames(existing, written, outputBuilders)).toEqual([])
  })
})
