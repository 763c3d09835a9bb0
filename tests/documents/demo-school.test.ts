import { beforeAll, describe, expect, it } from 'vitest'
import { riskLevelInfo, riskLevels } from '../../shared/domain/levels'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { cleanText } from '../../electron/documents/layout/text'
import { readSchoolData } from '../../electron/outputs/generate-outputs'
import { tempFolder } from '../helpers/temp'
import { join } from 'node:path'
import { bodyBlocks, contentsPageNumbers, tables } from './docx-reader'
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
})
