import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { RiskLevel } from '../../shared/domain/levels'
import { areaStatus } from '../../shared/risk-map/area-levels'
import { labelPlacement } from '../../shared/risk-map/geometry'
import { renderRiskMapSvg, riskMapLayout, type AreaDrawing, type MapDrawing } from '../../shared/risk-map/render-svg'
import { posterWidthPx, renderRiskMapPng, renderSvgToPng } from '../../electron/risk-map/render-png'
import { fixtureSchool } from '../documents/fixture'

const map: MapDrawing = { title: '安全风险四色分布图', width: 1600, height: 1000, northAngle: 30, drawnOn: '2026-09-01' }

/** Risk points 1–5 at every level, 6 not graded. */
const levels = new Map<number, RiskLevel | undefined>([
  [1, 'major'],
  [2, 'high'],
  [3, 'medium'],
  [4, 'low'],
  [5, 'low'],
  [6, undefined]
])

const areas: AreaDrawing[] = [
  { id: 11, shape: 'rect', points: [[100, 100], [600, 400]], label: '教学楼', riskPointIds: [4, 2] },
  { id: 12, shape: 'polygon', points: [[800, 100], [1300, 100], [1300, 500], [1050, 500], [1050, 300], [800, 300]], label: '实验楼', riskPointIds: [3, 1, 5] },
  { id: 13, shape: 'rect', points: [[100, 600], [400, 900]], label: '操场', riskPointIds: [] },
  { id: 14, shape: 'rect', points: [[500, 600], [800, 900]], label: '车棚', riskPointIds: [6] },
  { id: 15, shape: 'rect', points: [[900, 600], [1200, 900]], label: '门卫 <东门> & 岗亭', riskPointIds: [4] },
  { id: 16, shape: 'rect', points: [[1300, 600], [1500, 900]], label: '旧楼', riskPointIds: [99] }
]

function areaGroup(svg: string, id: number): string {
  const match = new RegExp(`<g data-area-id="${id}"[^>]*>(.*?)</g>`).exec(svg)
  if (!match) throw new Error(`area ${id} not drawn`)
  return match[0]
}

function fillOf(group: string): string | undefined {
  return /<(?:rect|polygon) [^>]*fill="([^"]+)"/.exec(group)?.[1]
}

describe('renderRiskMapSvg', () => {
  const svg = renderRiskMapSvg(map, areas, levels, { schoolName: '焦作市山阳区育英学校' })

  it('fills each area with the colour of its highest level', () => {
    expect(fillOf(areaGroup(svg, 11))).toBe('#FF9900')
    expect(fillOf(areaGroup(svg, 12))).toBe('#FF0000')
    expect(fillOf(areaGroup(svg, 15))).toBe('#0070C0')
    expect(areaGroup(svg, 11)).toContain('data-level="high"')
    expect(areaGroup(svg, 12)).toContain('<polygon points="800,100 1300,100 1300,500 1050,500 1050,300 800,300"')
  })

  it('writes the label and the level word inside the area', () => {
    expect(areaGroup(svg, 11)).toContain('>教学楼 · 较大风险</tspan>')
    const lab = areaGroup(svg, 12)
    expect(lab).toMatch(/实验楼/)
    expect(lab).toMatch(/重大风险/)
  })

  it('outlines unlinked and ungraded areas without a fill', () => {
    for (const [id, word, level] of [
      [13, '未关联风险点', 'unlinked'],
      [14, '未评价', 'ungraded'],
      [16, '未关联风险点', 'unlinked']
    ] as const) {
      const group = areaGroup(svg, id)
      expect(fillOf(group), String(id)).toBe('none')
      expect(group).toContain('stroke-dasharray=')
      expect(group).toContain(`data-level="${level}"`)
      expect(group).toContain(word)
    }
  })

  it('escapes text and draws the title with the school name', () => {
    expect(areaGroup(svg, 15)).toContain('门卫 &lt;东门&gt; &amp; 岗亭')
    expect(svg).toContain('>焦作市山阳区育英学校安全风险四色分布图</text>')
    expect(svg).toContain('绘制日期：2026年9月1日')
    expect(svg).toContain("font-family=\"Microsoft YaHei, SimHei, Noto Sans CJK SC, sans-serif\"")
  })

  it('draws the legend and north arrow', () => {
    const legend = /<g data-role="legend"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? ''
    for (const [level, colour, word] of [
      ['major', 'FF0000', '红 · 重大风险'],
      ['high', 'FF9900', '橙 · 较大风险'],
      ['medium', 'FFFF00', '黄 · 一般风险'],
      ['low', '0070C0', '蓝 · 低风险']
    ]) {
      expect(legend).toMatch(new RegExp(`data-legend-level="${level}"[^>]*fill="#${colour}"`))
      expect(legend).toContain(word)
    }
    expect(legend).toContain('虚线框 · 未关联风险点或未评价')
    expect(svg).toMatch(/<g data-role="north-arrow" data-angle="30" transform="translate\([\d.]+ [\d.]+\) rotate\(30\)">/)
    expect(svg).toContain('>北</text>')
  })

  it('draws a grid without an image and a half-transparent fill over one', () => {
    expect(svg).toContain('data-role="grid"')
    expect(svg).not.toContain('<image')
    const overImage = renderRiskMapSvg(map, areas, levels, { schoolName: '', backgroundHref: 'data:image/png;base64,AAAA' })
    expect(overImage).toContain('<image data-role="background"')
    expect(overImage).toContain('href="data:image/png;base64,AAAA"')
    expect(overImage).not.toContain('data-role="grid"')
    expect(areaGroup(overImage, 11)).toContain('fill="#FF9900" fill-opacity="0.55"')
  })

  it('leaves out the title for the poster', () => {
    const coloured = areas.filter((area) => area.id === 11)
    const poster = renderRiskMapSvg(map, coloured, levels, { schoolName: '育英学校', showTitle: false })
    expect(poster).not.toContain('data-role="title"')
    expect(poster).not.toContain('虚线框')
    expect(riskMapLayout(map, coloured, levels, { showTitle: false }).mapY).toBeLessThan(riskMapLayout(map, coloured, levels).mapY)
  })

  it('keeps the label of an L-shaped area inside it', () => {
    const { anchor } = labelPlacement(areas[1])
    const [x, y] = anchor
    const insideTop = y >= 100 && y <= 300 && x >= 800 && x <= 1300
    const insideWing = y >= 300 && y <= 500 && x >= 1050 && x <= 1300
    expect(insideTop || insideWing).toBe(true)
  })
})

describe('areaStatus', () => {
  it('ignores links to points that no longer exist', () => {
    expect(areaStatus([99], levels)).toEqual({ kind: 'unlinked' })
    expect(areaStatus([99, 6], levels)).toEqual({ kind: 'ungraded' })
    expect(areaStatus([6, 5, 3], levels)).toEqual({ kind: 'level', level: 'medium' })
  })
})

describe('map PNG', () => {
  it('renders the SVG at the asked width with the proportions of the picture', async () => {
    const layout = riskMapLayout(map, areas, levels)
    const rendered = renderSvgToPng(renderRiskMapSvg(map, areas, levels, { schoolName: '育英学校' }), 1200)
    expect(rendered.width).toBe(1200)
    expect(rendered.height).toBe(Math.round((1200 * layout.height) / layout.width))

    const metadata = await sharp(rendered.png).metadata()
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', rendered.width, rendered.height])

    // A pixel inside 实验楼's wing, away from its label, is red.
    const scale = 1200 / layout.width
    const x = Math.round((layout.mapX + 1250) * scale)
    const y = Math.round((layout.mapY + 450) * scale)
    const { data } = await sharp(rendered.png).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect([...data.subarray(0, 3)]).toEqual([255, 0, 0])
  })

  it('renders the school map 3,000 px wide once per snapshot', async () => {
    const data = fixtureSchool()
    if (!data.riskMap) throw new Error('the fixture has a map')
    const first = renderRiskMapPng({ ...data, riskMap: data.riskMap })
    const withMap = { ...data, riskMap: data.riskMap }
    const again = renderRiskMapPng(withMap)
    expect(again).toBe(renderRiskMapPng(withMap))
    const picture = await first
    expect(picture.width).toBe(posterWidthPx)
    expect(picture.png.subarray(1, 4).toString('latin1')).toBe('PNG')
  })
})
