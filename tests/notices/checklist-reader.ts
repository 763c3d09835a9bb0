import { expect } from 'vitest'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../shared/domain/checks'
import type { SchoolData } from '../../shared/exchange/school-data'
import { cleanText } from '../../electron/documents/layout/text'
import { bodyBlocks, tables, type Block, type TableInfo } from '../documents/docx-reader'

/** One printed checklist as read back: its title, its header block and its item table. */
interface ReadChecklist {
  title: string
  pageBreak: boolean
  header: TableInfo
  items: TableInfo
  after: string[]
}

function tableOf(block: Block): TableInfo {
  return tables(`<w:body>${block.xml}</w:body>`)[0]
}

/** Reads the checklists of the document: each starts at a title ending in 安全检查表（…）, then two tables. */
export function readChecklists(documentXml: string): ReadChecklist[] {
  const blocks = bodyBlocks(documentXml)
  const checklists: ReadChecklist[] = []
  blocks.forEach((block, position) => {
    if (block.kind !== 'paragraph' || !/安全检查表（.+）$/.test(block.text)) return
    const following = blocks.slice(position + 1)
    const [header, items] = following.filter((candidate) => candidate.kind === 'table').slice(0, 2)
    const nextTitle = following.findIndex((candidate) => candidate.kind === 'paragraph' && /安全检查表（.+）$/.test(candidate.text))
    const after = following.slice(0, nextTitle < 0 ? undefined : nextTitle).filter((candidate) => candidate.kind === 'paragraph').map((candidate) => candidate.text)
    checklists.push({ title: block.text, pageBreak: block.xml.includes('<w:pageBreakBefore/>'), header: tableOf(header), items: tableOf(items), after })
  })
  return checklists
}

/** Checks that every check item of a school appears, with its standard and the tick boxes, on the checklist of its point and type. */
export function expectEveryItemListed(data: SchoolData, documentXml: string): void {
  const checklists = readChecklists(documentXml)
  for (const item of data.checkItems) {
    const point = data.riskPoints.find((candidate) => candidate.id === item.riskPointId)
    const title = `${cleanText(point?.name ?? '')}安全检查表（${inspectionTypeLabels[item.inspectionType]}）`
    const checklist = checklists.find((candidate) => candidate.title === title)
    expect(checklist, title).toBeDefined()
    const row = checklist?.items.rows.find((candidate) => candidate.cells[1]?.text === cleanText(item.content))
    expect(row, `${title} ${item.content}`).toBeDefined()
    expect(row?.cells.map((cell) => cell.text).slice(2)).toEqual([cleanText(item.standard) || '—', checkFrequencyLabels[item.frequency], '□合格□不合格', ''])
  }
  const rows = checklists.reduce((sum, checklist) => sum + checklist.items.rows.length - 1, 0)
  expect(rows).toBe(data.checkItems.length)
}

