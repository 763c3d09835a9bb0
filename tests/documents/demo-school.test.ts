import { beforeAll, describe, expect, it } from 'vitest'
import { layoutDocument } from 'docx/layout'
import { levelRank, riskLevelInfo, riskLevels } from '../../shared/domain/levels'
import type { BoardSize } from '../../shared/domain/notices'
import { schoolSettingsOf, type SchoolData } from '../../shared/exchange/school-data'
import { buildRiskNoticeBoard, createRiskNoticeBoard } from '../../electron/documents/risk-notice-board'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { cleanText } from '../../electron/documents/layout/text'
import { readSchoolData } from '../../electron/outputs/generate-outputs'
import { tempFolder } from '../helpers/temp'
import { join } from 'node:path'
import { bodyBlocks, contentsPageNumbers, readDocx, tables } from './docx-reader'
import { built } from './build-cache'

/** The realistic sample school: 55 risk points, 220 risks and 744 check items at the time of writing. */
let data: SchoolData

beforeAll(async () => {
  const file = join(tempFolder('documents-demo-'), '示范学校.school')
  await buildDemoSchool(file)
  data = await readSchoolData(file)
})


describe('demo school documents', () => {
  it('grades every risk in the manual, highest level first', async () => {
    const parts = await built('risk-control-manual', 'demo', () => data)
    const list = tables(parts['word/document.xml']).find((table) => table.rows[0].text.startsWith('序号风险点危险有害因素'))
    const rows = list?.rows.slice(1) ?? []
    const risks = data.riskPoints.flatMap((point) => point.risks)
    expect(rows.length).toBe(risks.length)

    const levelWords = rows.map((row) => row.cells[6].text)
    const expected = riskLevels.flatMap((level) => risks.filter((risk) => risk.level === level).map(() => riskLevelInfo[level].word))
    expect(levelWords).toEqual(expected)

    const hazards = new Set(rows.map((row) => row.cells[2].text))
    for (const risk of risks) expect(hazards.has(cleanText(risk.hazard)), risk.hazard).toBe(true)
  })

  it('writes a page number for every contents entry', async () => {
    for (const key of ['responsibility-lists', 'risk-control-manual', 'hazard-manual']) {
      const xml = (await built(key, 'demo', () => data))['word/document.xml']
      const entries = contentsPageNumbers(xml)
      expect(entries.length, key).toBeGreaterThan(10)
      for (const entry of entries) expect(entry.page, `${key} ${entry.anchor}`).toMatch(/^\d+$/)
    }
  })

  it('makes one card per risk point', async () => {
    const xml = (await built('point-risk-cards', 'demo', () => data))['word/document.xml']
    expect((xml.match(/<w:sectPr>/g) ?? []).length).toBe(data.riskPoints.length)
    const bands = bodyBlocks(xml).filter((block) => block.kind === 'table' && block.text.startsWith('安全风险告知卡'))
    expect(bands.length).toBe(data.riskPoints.length)
  })

  it('lists every check item in the hazard manual', async () => {
    const xml = (await built('hazard-manual', 'demo', () => data))['word/document.xml']
    const list = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点排查内容排查标准'))
    const numbered = (list?.rows ?? []).filter((row) => /^\d+$/.test(row.cells[0]?.text ?? ''))
    expect(numbered.length).toBe(data.checkItems.length)
  })

  it.each(['A4', 'A3'] as const)('fits the notice board on one %s sheet', async (size: BoardSize) => {
    const settings = schoolSettingsOf(data)
    const board = { ...data, settings: { ...settings, notices: { ...settings.notices, boardSize: size } } }
    expect(layoutDocument(createRiskNoticeBoard(board), { guess: true }).pages).toHaveLength(1)

    const xml = readDocx(await buildRiskNoticeBoard(board))['word/document.xml']
    expect((xml.match(/<w:sectPr>/g) ?? []).length).toBe(1)
    expect(xml).not.toContain('w:type="page"')
    expect(xml).not.toContain('<w:pageBreakBefore/>')

    // Listed rows and the points the closing line counts add up to every 重大 and 较大 point.
    const serious = data.riskPoints.filter((point) => point.risks.some((risk) => levelRank(risk.level) <= levelRank('high')))
    const list = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点所在区域'))
    const listed = (list?.rows.length ?? 1) - 1
    const reference = bodyBlocks(xml).find((block) => block.text.startsWith('其余'))?.text ?? ''
    const counts = /^其余(?:(\d+)个重大风险点(?:（[^）]*）)?)?和?(?:(\d+)个较大风险点)?/.exec(reference)
    const omitted = Number(counts?.[1] ?? 0) + Number(counts?.[2] ?? 0)
    expect(listed).toBeGreaterThan(0)
    expect(listed + omitted).toBe(serious.length)
    expect(reference).toMatch(/见《安全风险分级管控手册》第七章“安全风险分级管控清单”。$/)
  })

  it('has the chapter the notice board refers to', async () => {
    const xml = (await built('risk-control-manual', 'demo', () => data))['word/document.xml']
    const headings = bodyBlocks(xml).filter((block) => block.heading === 1).map((block) => block.text)
    expect(headings).toContain('七、安全风险分级管控清单')
  })
})
