import { describe, expect, it } from 'vitest'
import { documentBuilders } from '../../electron/documents'
import { bodyBlocks, contentsPageNumbers, tables } from './docx-reader'
import { built, documentKeys } from './build-cache'
import { fixtureSchool } from './fixture'

const schoolName = '焦作市山阳区𠮷祥学校'
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function fixtureDocument(key: string) {
  return built(key, 'fixture', fixtureSchool)
}

describe('documentBuilders', () => {
  it('lists the documents in order', () => {
    expect(documentBuilders.map((builder) => builder.key)).toEqual([...documentKeys])
    expect(documentBuilders.every((builder) => builder.kind === 'docx' && /^[a-z-]+$/.test(builder.key))).toBe(true)
  })
})

describe.each(documentKeys)('%s', (key) => {
  it('carries the school name', async () => {
    const parts = await fixtureDocument(key)
    expect(bodyBlocks(parts['word/document.xml']).some((block) => block.text.includes(schoolName))).toBe(true)
  })

  it('has no XML-invalid characters in any part', async () => {
    const parts = await fixtureDocument(key)
    for (const [name, xml] of Object.entries(parts)) {
      expect(xmlInvalid.test(xml), name).toBe(false)
    }
  })

  it('keeps 𠮷 as one character', async () => {
    const parts = await fixtureDocument(key)
    const xml = parts['word/document.xml']
    expect(xml).toContain('𠮷')
    expect(Buffer.from(xml, 'utf8').includes(Buffer.from([0xf0, 0xa0, 0xae, 0xb7]))).toBe(true)
  })

  it('prints no placeholder values', async () => {
    const parts = await fixtureDocument(key)
    const text = bodyBlocks(parts['word/document.xml']).map((block) => block.text).join('\n')
    for (const leak of ['undefined', 'null', 'NaN', '[object Object]']) {
      expect(text).not.toContain(leak)
    }
  })

  it('sets the East Asian font and language by default', async () => {
    const styles = (await fixtureDocument(key))['word/styles.xml']
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? ''
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="仿宋"/)
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/)
  })

  it('gives every font choice an East Asian slot', async () => {
    const parts = await fixtureDocument(key)
    const xml = ['word/document.xml', 'word/styles.xml', 'word/footer1.xml'].map((name) => parts[name] ?? '').join('')
    const fonts = [...xml.matchAll(/<w:rFonts [^>]*\/>/g)].map((match) => match[0])
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toContain('w:eastAsia=')
  })

  it('uses only fonts found on Chinese Windows', async () => {
    const parts = await fixtureDocument(key)
    const xml = parts['word/document.xml'] + parts['word/styles.xml']
    const fonts = [...xml.matchAll(/<w:rFonts [^>]*\/>/g)].map((match) => match[0])
    const names = new Set(fonts.flatMap((font) => [...font.matchAll(/w:(?:ascii|hAnsi|eastAsia)="([^"]+)"/g)].map((match) => match[1])))
    for (const name of names) expect(['Times New Roman', '宋体', '仿宋', '黑体', '楷体']).toContain(name)
  })

  it('lays every table out on a fixed DXA grid', async () => {
    const parts = await fixtureDocument(key)
    const found = tables(parts['word/document.xml'])
    // The notice is prose only and the poster one picture; every other document has tables.
    if (key !== 'leading-group-notice' && key !== 'risk-map-poster') expect(found.length).toBeGreaterThan(0)
    for (const table of found) {
      expect(table.layout).toBe('fixed')
      expect(table.width.type).toBe('dxa')
      expect(table.gridColumns.reduce((sum, width) => sum + width, 0)).toBe(table.width.value)
      for (const row of table.rows) {
        expect(row.cells.reduce((sum, cell) => sum + cell.span, 0), row.text).toBe(table.gridColumns.length)
        expect(row.cells.every((cell) => cell.type === 'dxa')).toBe(true)
        expect(row.cells.reduce((sum, cell) => sum + cell.width, 0), row.text).toBe(table.width.value)
      }
    }
  })

  it('keeps data rows whole and repeats header rows', async () => {
    const parts = await fixtureDocument(key)
    for (const table of tables(parts['word/document.xml'])) {
      const headerRows = table.rows.filter((row) => row.xml.includes('w:val="TableHeader"'))
      for (const row of headerRows) expect(row.isHeader, row.text).toBe(true)
      for (const row of table.rows) expect(row.cantSplit, row.text).toBe(true)
    }
  })

  it('fits tables inside the page', async () => {
    const xml = (await fixtureDocument(key))['word/document.xml']
    const sections = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*\/><w:pgMar w:top="\d+" w:right="(\d+)" w:bottom="\d+" w:left="(\d+)"/g)]
    const textWidths = sections.map((match) => Number(match[1]) - Number(match[3]) - Number(match[4]))
    for (const table of tables(xml)) expect(textWidths).toContain(table.width.value)
  })
})

describe('page layout', () => {
  it('puts the wide tables of the manuals on landscape pages', async () => {
    for (const key of ['risk-control-manual', 'hazard-manual']) {
      const xml = (await fixtureDocument(key))['word/document.xml']
      expect(xml, key).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
      expect(xml, key).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
    }
  })

  it('numbers pages "— n —" from 1 after the cover', async () => {
    const parts = await fixtureDocument('risk-control-manual')
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
    expect(footers.some(([, xml]) => xml.includes('PAGE') && xml.includes('— '))).toBe(true)
    expect(parts['word/document.xml']).toContain('<w:pgNumType w:start="1"/>')
  })

  it('uses GB/T 9704 margins on portrait pages', async () => {
    const xml = (await fixtureDocument('leading-group-notice'))['word/document.xml']
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
  })
})

describe('contents', () => {
  it.each(['responsibility-lists', 'risk-control-manual', 'hazard-manual'])('%s writes page numbers for every entry', async (key) => {
    const xml = (await fixtureDocument(key))['word/document.xml']
    const entries = contentsPageNumbers(xml)
    const headings = bodyBlocks(xml).filter((block) => block.heading > 0)
    expect(entries.length).toBeGreaterThan(5)
    expect(entries.length).toBe(headings.filter((block) => block.heading <= (key === 'responsibility-lists' ? 1 : 2)).length)
    for (const entry of entries) expect(entry.page, entry.anchor).toMatch(/^\d+$/)
    const pages = entries.map((entry) => Number(entry.page))
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
  })
})
