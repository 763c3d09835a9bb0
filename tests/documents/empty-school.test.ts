import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { bodyBlocks, tables, type Block } from './docx-reader'
import { built, documentKeys } from './build-cache'
import { freshSchool, schoolWithoutRisks } from './fixture'

const variants: [string, () => SchoolData][] = [
  ['without-risks', schoolWithoutRisks],
  ['fresh', freshSchool]
]

/** Headings whose next block is another heading of the same or a higher level, or nothing: empty sections. */
function emptySections(blocks: Block[]): string[] {
  const empty: string[] = []
  blocks.forEach((block, index) => {
    if (block.heading === 0) return
    const next = blocks.slice(index + 1).find((candidate) => candidate.kind === 'table' || candidate.text.trim() !== '' || candidate.heading > 0)
    if (!next || (next.heading > 0 && next.heading <= block.heading)) empty.push(block.text)
  })
  return empty
}

describe.each(variants)('school %s', (variant, data) => {
  it.each(documentKeys)('%s has content in every section', async (key) => {
    const parts = await built(key, variant, data)
    const blocks = bodyBlocks(parts['word/document.xml'])
    expect(blocks.some((block) => block.text.length > 0)).toBe(true)
    expect(emptySections(blocks)).toEqual([])
  })

  it.each(['risk-control-manual', 'hazard-manual', 'point-risk-cards', 'post-risk-cards', 'small-school-manual'])('%s says no risk points are identified yet', async (key) => {
    const parts = await built(key, variant, data)
    const text = bodyBlocks(parts['word/document.xml']).map((block) => block.text).join('\n')
    expect(text).toContain('尚未辨识风险点')
  })

  it('keeps the manuals\' chapters', async () => {
    const parts = await built('risk-control-manual', variant, data)
    const chapters = bodyBlocks(parts['word/document.xml']).filter((block) => block.heading === 1)
    // Twelve chapters and the appendix of JHA and SCL records.
    expect(chapters.length).toBe(13)
  })

  it('writes tables on the grid even when they are short', async () => {
    for (const key of documentKeys) {
      const parts = await built(key, variant, data)
      for (const table of tables(parts['word/document.xml'])) {
        expect(table.gridColumns.reduce((sum, width) => sum + width, 0), key).toBe(table.width.value)
      }
    }
  })
})

describe('fresh school', () => {
  it('falls back to sentences where nothing is entered', async () => {
    const notice = await built('leading-group-notice', 'fresh', freshSchool)
    const texts = bodyBlocks(notice['word/document.xml']).map((block) => block.text)
    expect(texts.some((text) => text.startsWith('领导小组组长由校长担任'))).toBe(true)
    expect(texts).toContain('1. 负责双重预防体系建设的日常组织、协调和督促检查。')

    const lists = await built('responsibility-lists', 'fresh', freshSchool)
    const listText = bodyBlocks(lists['word/document.xml']).map((block) => block.text).join('\n')
    expect(listText).toContain('尚未设置岗位')

    const manual = await built('risk-control-manual', 'fresh', freshSchool)
    const manualText = bodyBlocks(manual['word/document.xml']).map((block) => block.text).join('\n')
    expect(manualText).toContain('尚未制定《安全风险分级管控制度》')
    expect(manualText).toContain('校长：＿＿＿＿＿＿')
  })
})
