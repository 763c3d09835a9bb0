import { createHash } from 'node:crypto'
import { unzipSync } from 'fflate'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildRiskControlManual } from '../../electron/documents/risk-control-manual'
import { mapPictureBox } from '../../electron/documents/risk-control-manual/four-colour'
import { buildRiskMapPoster, riskMapPoster } from '../../electron/documents/risk-map-poster'
import { landscapeTextWidth } from '../../electron/documents/layout/units'
import { bodyBlocks, readDocx, tables, textOf } from '../documents/docx-reader'
import { fixtureSchool } from '../documents/fixture'

/** EMU per DXA: 914,400 EMU and 1,440 DXA to the inch. */
const emuPerDxa = 914400 / 1440

function drawingExtents(xml: string): { cx: number; cy: number }[] {
  return [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((match) => ({ cx: Number(match[1]), cy: Number(match[2]) }))
}

function mediaOf(docx: Buffer): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(docx))).filter(([name]) => name.startsWith('word/media/')))
}

/** Returns the properties of the section holding the text at `position` of document.xml. */
function sectionAt(xml: string, position: number): string {
  const start = xml.indexOf('<w:sectPr', position)
  return xml.slice(start, xml.indexOf('</w:sectPr>', start))
}

/** Finds the table of chapter 九 that lists each area's highest level. */
function areaTableOf(xml: string) {
  const found = tables(xml).find((table) => table.rows[0].text.includes('区域最高等级'))
  if (!found) throw new Error('no area table')
  return found
}

function withoutMap(): SchoolData {
  return fixtureSchool({ riskMap: undefined })
}

describe('risk control manual, chapter 九', () => {
  it('prints the map above the area table', async () => {
    const docx = await buildRiskControlManual(fixtureSchool())
    const xml = readDocx(docx)['word/document.xml']
    const blocks = bodyBlocks(xml)
    const chapter = blocks.findIndex((block) => block.heading === 1 && block.text === '九、安全风险四色分布')
    expect(chapter).toBeGreaterThan(0)

    const picture = blocks[chapter + 1]
    expect(picture.xml).toContain('<w:drawing>')
    expect(blocks[chapter + 2].text).toBe('图1\u3000安全风险四色分布图')
    const tableIndex = blocks.findIndex((block, index) => index > chapter && block.kind === 'table')
    const areaTable = areaTableOf(xml)
    expect(areaTable.rows.map((row) => row.cells[0].text)).toEqual(['区域', '学生食堂', '校门 & 门卫室', '车棚'])
    expect(areaTable.rows[1].cells[3].text).toBe('重大风险 · 红')
    expect(areaTable.rows[3].cells[3].text).toBe('未评价')
    expect(areaTable.width.value).toBe(landscapeTextWidth)
    expect(blocks.slice(tableIndex).map((block) => block.text).join('')).toContain('以下 1 个风险点未在图上标注所在区域（全校性或校外的作业活动可不标注）：FX-03 放学路队。')

    // The picture keeps the PNG's proportions and fits the box on the landscape page.
    const media = Object.values(mediaOf(docx))
    expect(media).toHaveLength(1)
    const png = await sharp(Buffer.from(media[0])).metadata()
    expect(png.width).toBe(3000)
    const [extent] = drawingExtents(picture.xml)
    expect(extent.cx / extent.cy).toBeCloseTo((png.width ?? 0) / (png.height ?? 1), 2)
    expect(extent.cx).toBeLessThanOrEqual(mapPictureBox.width * emuPerDxa)
    expect(extent.cy).toBeLessThanOrEqual(mapPictureBox.height * emuPerDxa)
    expect(sectionAt(xml, xml.lastIndexOf('九、安全风险四色分布'))).toContain('w:orient="landscape"')
  })

  it('says when no map is drawn', async () => {
    const docx = await buildRiskControlManual(withoutMap())
    const xml = readDocx(docx)['word/document.xml']
    const blocks = bodyBlocks(xml)
    const chapter = blocks.findIndex((block) => block.heading === 1 && block.text === '九、安全风险四色分布')
    const following = blocks.slice(chapter + 1, blocks.findIndex((block, index) => index > chapter && block.heading === 1))
    expect(following[0].text).toContain('尚未绘制安全风险四色分布图')
    expect(following.some((block) => block.text.includes('表') && block.text.includes('安全风险区域分布'))).toBe(true)
    const areaTable = areaTableOf(xml)
    expect(areaTable.rows.map((row) => row.cells[0].text)).toContain('生活区')
    expect(xml).not.toContain('<w:drawing>')
    expect(Object.keys(mediaOf(docx))).toEqual([])
    expect(sectionAt(xml, xml.lastIndexOf('九、安全风险四色分布'))).toContain('w:orient="portrait"')
  })
})

describe('risk map poster', () => {
  it('is one A3 landscape page with the title above the map', async () => {
    const docx = await buildRiskMapPoster(fixtureSchool())
    const xml = readDocx(docx)['word/document.xml']
    expect(xml).toMatch(/<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"\/>/)
    expect([...xml.matchAll(/<w:sectPr/g)]).toHaveLength(1)

    const blocks = bodyBlocks(xml)
    expect(blocks[0].text).toBe('焦作市山阳区𠮷祥学校安全风险四色分布图')
    expect(blocks[1].xml).toContain('<w:drawing>')
    const [extent] = drawingExtents(blocks[1].xml)
    // 42 cm less 1.5 cm margins on each side is 39 cm; the map fills at least 80 % of the width or the height.
    const textWidthEmu = 39 * 360000
    const textHeightEmu = 26.7 * 360000
    expect(extent.cx).toBeLessThanOrEqual(textWidthEmu)
    expect(extent.cy).toBeLessThanOrEqual(textHeightEmu)
    expect(Math.max(extent.cx / textWidthEmu, extent.cy / textHeightEmu)).toBeGreaterThan(0.8)

    // The poster's picture has no title of its own: the document prints it above.
    const [png] = Object.values(mediaOf(docx))
    expect((await sharp(Buffer.from(png)).metadata()).width).toBe(3000)
  })

  it('embeds a JPEG over a photographed plan', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#ffffff', noise: { type: 'gaussian', mean: 210, sigma: 25 } } }).jpeg().toBuffer()
    const data = fixtureSchool()
    if (!data.riskMap) throw new Error('the fixture has a map')
    data.riskMap = {
      ...data.riskMap,
      background: { type: 'jpeg', fileName: '平面图照片.jpg', bytes: photo.length, sha256: createHash('sha256').update(photo).digest('hex'), entry: 'data/risk-map-background.jpg', base64: photo.toString('base64') }
    }
    const media = Object.values(mediaOf(await buildRiskMapPoster(data)))
    expect(media).toHaveLength(1)
    const metadata = await sharp(Buffer.from(media[0])).metadata()
    expect([metadata.format, metadata.width]).toEqual(['jpeg', 3000])
  })

  it('is left out of the outputs until a map is drawn', () => {
    expect(riskMapPoster.skipReason?.(fixtureSchool())).toBeUndefined()
    expect(riskMapPoster.skipReason?.(withoutMap())).toContain('尚未绘制安全风险四色分布图')
    const empty = fixtureSchool()
    if (empty.riskMap) empty.riskMap = { ...empty.riskMap, areas: [] }
    expect(riskMapPoster.skipReason?.(empty)).toContain('尚未绘制')
  })

  it('says on its page why there is no map when built directly', async () => {
    const xml = readDocx(await buildRiskMapPoster(withoutMap()))['word/document.xml']
    expect(textOf(xml)).toContain('尚未绘制安全风险四色分布图')
    expect(xml).not.toContain('<w:drawing>')
  })
})
