import { riskLevelInfo, riskLevels, type RiskLevel } from '../domain/levels'
import type { MapPoint, MapShape } from '../domain/risk-map'
import { areaStatus, type AreaStatus } from './area-levels'
import { boundsOf, labelPlacement } from './geometry'
import { layoutMap, legendLabel, mapFontFamily, textWidth, type LegendItem, type MapLayout } from './layout'

/** The map fields the drawing uses. */
export interface MapDrawing {
  title: string
  width: number
  height: number
  northAngle: number
  drawnOn: string | null
}

/** The area fields the drawing uses. */
export interface AreaDrawing {
  id: number
  shape: MapShape
  points: readonly MapPoint[]
  label: string
  riskPointIds: readonly number[]
  sortOrder?: number
}

export interface RenderOptions {
  /** Printed at the bottom right with the date. */
  schoolName: string
  /** The background image as a data URI (or, in the window, a blob: URL); without it a light grid is drawn. */
  backgroundHref?: string
  /** Draws the title above the map; false for the poster, which prints it as document text. Default true. */
  showTitle?: boolean
}

/** Returns the map's heading: its title, with the school's name in front unless the title already has it. */
export function mapHeading(title: string, schoolName: string): string {
  const name = schoolName.trim()
  const text = title.trim() || '安全风险四色分布图'
  return name.length === 0 || text.includes(name) ? text : `${name}${text}`
}

/** Fill opacity of a coloured area over a plan image, so the plan stays visible through the colour. */
const fillOpacityOverImage = 0.55
const borderColour = '#262626'
const dashedColour = '#595959'

/**
 * Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF) and UTF-16 surrogates
 * without their partner: text pasted from other programs can carry them, and an SVG with one cannot be read.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Makes text safe inside SVG elements and attributes: drops characters XML forbids, escapes markup. */
export function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** Shortens a number for the SVG text: two decimals at most. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100)
}

function statusWord(status: AreaStatus): string {
  if (status.kind === 'level') return riskLevelInfo[status.level].word
  return status.kind === 'unlinked' ? '未关联风险点' : '未评价'
}

function legendItems(statuses: readonly AreaStatus[]): LegendItem[] {
  const items: LegendItem[] = riskLevels.map((level) => ({ swatch: level, text: `${riskLevelInfo[level].colourName} · ${riskLevelInfo[level].word}` }))
  const unlinked = statuses.some((status) => status.kind === 'unlinked')
  const ungraded = statuses.some((status) => status.kind === 'ungraded')
  if (unlinked && ungraded) items.push({ swatch: 'dashed', text: '虚线框 · 未关联风险点或未评价' })
  else if (unlinked) items.push({ swatch: 'dashed', text: '虚线框 · 未关联风险点' })
  else if (ungraded) items.push({ swatch: 'dashed', text: '虚线框 · 风险点未评价' })
  return items
}

function sortedAreas(areas: readonly AreaDrawing[]): AreaDrawing[] {
  return [...areas].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.id - b.id)
}

/**
 * Lays out the frame the drawing uses for these areas. The editor places its pointer layer over the
 * picture with this layout, so both agree on where the drawing sits.
 */
export function riskMapLayout(
  map: MapDrawing,
  areas: readonly AreaDrawing[],
  levels: ReadonlyMap<number, RiskLevel | undefined>,
  options: Pick<RenderOptions, 'showTitle'> = {}
): MapLayout {
  return layoutMap(map, legendItems(areas.map((area) => areaStatus(area.riskPointIds, levels))), { title: options.showTitle ?? true })
}

/**
 * Draws the four-colour risk map as SVG text: the plan image or a blank grid, the areas, the title, a
 * legend, a north arrow, the school and the date. Each area is filled with the colour of the highest level
 * among its risk points and labelled with its name and level word. The function is pure, so the window
 * and the Node side (which renders it to PNG for the documents) draw the same picture.
 */
export function renderRiskMapSvg(
  map: MapDrawing,
  areas: readonly AreaDrawing[],
  levels: ReadonlyMap<number, RiskLevel | undefined>,
  options: RenderOptions
): string {
  const ordered = sortedAreas(areas)
  const statuses = ordered.map((area) => areaStatus(area.riskPointIds, levels))
  const showTitle = options.showTitle ?? true
  const layout = layoutMap(map, legendItems(statuses), { title: showTitle })
  const overImage = options.backgroundHref !== undefined

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" width="${n(layout.width)}" height="${n(layout.height)}" font-family="${mapFontFamily}">`,
    `<rect x="0" y="0" width="${n(layout.width)}" height="${n(layout.height)}" fill="#ffffff"/>`,
    showTitle ? titleText(mapHeading(map.title, options.schoolName), layout) : '',
    backgroundPart(map, layout, options.backgroundHref),
    `<g data-role="areas" transform="translate(${n(layout.mapX)} ${n(layout.mapY)})">`,
    ...ordered.map((area, index) => areaPart(area, statuses[index], layout, overImage)),
    '</g>',
    `<rect x="${n(layout.mapX)}" y="${n(layout.mapY)}" width="${n(map.width)}" height="${n(map.height)}" fill="none" stroke="#8c8c8c" stroke-width="${n(layout.unit * 0.06)}"/>`,
    northArrow(map, layout),
    legendPart(layout, overImage),
    footerPart(map, layout, options.schoolName),
    '</svg>'
  ]
  return parts.join('\n')
}

/** Draws the heading centred above the drawing, shrunk when a long school name would not fit the width. */
function titleText(heading: string, layout: MapLayout): string {
  const size = Math.min(layout.titleSize, (layout.width * 0.92) / Math.max(1, textWidth(heading, 1)))
  return `<text data-role="title" x="${n(layout.width / 2)}" y="${n(layout.titleBaseline)}" text-anchor="middle" font-size="${n(size)}" font-weight="bold" fill="#000000">${escapeXml(heading)}</text>`
}

/** Returns a round grid step near a sixteenth of the long side: 100 units on a 1,600-unit grid. */
function gridStep(map: MapDrawing): number {
  const rough = Math.max(map.width, map.height) / 16
  const power = 10 ** Math.floor(Math.log10(rough))
  const steps = [1, 2, 5, 10].map((factor) => factor * power)
  return steps.find((step) => step >= rough) ?? rough
}

function backgroundPart(map: MapDrawing, layout: MapLayout, href: string | undefined): string {
  const { mapX, mapY } = layout
  if (href !== undefined) {
    return `<image data-role="background" x="${n(mapX)}" y="${n(mapY)}" width="${n(map.width)}" height="${n(map.height)}" preserveAspectRatio="none" href="${escapeXml(href)}"/>`
  }

  const step = gridStep(map)
  const lines: string[] = []
  for (let x = step; x < map.width; x += step) {
    const major = Math.round(x / step) % 5 === 0
    lines.push(`<line x1="${n(mapX + x)}" y1="${n(mapY)}" x2="${n(mapX + x)}" y2="${n(mapY + map.height)}" stroke="${major ? '#d4d4d4' : '#ececec'}"/>`)
  }
  for (let y = step; y < map.height; y += step) {
    const major = Math.round(y / step) % 5 === 0
    lines.push(`<line x1="${n(mapX)}" y1="${n(mapY + y)}" x2="${n(mapX + map.width)}" y2="${n(mapY + y)}" stroke="${major ? '#d4d4d4' : '#ececec'}"/>`)
  }
  return [
    `<g data-role="grid" stroke-width="${n(layout.unit * 0.05)}">`,
    `<rect x="${n(mapX)}" y="${n(mapY)}" width="${n(map.width)}" height="${n(map.height)}" fill="#fbfbfb"/>`,
    ...lines,
    '</g>'
  ].join('\n')
}

function shapeElement(area: AreaDrawing, attributes: string): string {
  if (area.shape === 'rect') {
    const { minX, minY, maxX, maxY } = boundsOf(area.points)
    return `<rect x="${n(minX)}" y="${n(minY)}" width="${n(maxX - minX)}" height="${n(maxY - minY)}" ${attributes}/>`
  }
  const points = area.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')
  return `<polygon points="${points}" ${attributes}/>`
}

function fillAttributes(status: AreaStatus, layout: MapLayout, overImage: boolean): string {
  const border = n(layout.unit * 0.09)
  if (status.kind !== 'level') {
    const dash = `${n(layout.unit * 0.35)} ${n(layout.unit * 0.2)}`
    return `fill="none" stroke="${dashedColour}" stroke-width="${border}" stroke-dasharray="${dash}"`
  }
  const opacity = overImage ? ` fill-opacity="${fillOpacityOverImage}"` : ''
  return `fill="#${riskLevelInfo[status.level].rgb}"${opacity} stroke="${borderColour}" stroke-width="${border}" stroke-linejoin="round"`
}

/**
 * Splits an area's label into lines and picks their size. "教学楼 · 较大风险" stays on one line when it fits
 * the area's width; otherwise the name and the level word go on two lines, shrunk to fit down to 45 % of
 * the normal size.
 */
export function areaLabelLines(label: string, word: string, areaWidth: number, areaHeight: number, labelSize: number): { lines: string[]; size: number } {
  const room = areaWidth * 0.9
  const single = label.length > 0 ? `${label} · ${word}` : word
  if (textWidth(single, labelSize) <= room && labelSize * 1.3 <= areaHeight * 0.9) return { lines: [single], size: labelSize }

  const lines = label.length > 0 ? [label, word] : [word]
  const widest = Math.max(...lines.map((line) => textWidth(line, 1)))
  const fitWidth = room / widest
  const fitHeight = (areaHeight * 0.9) / (lines.length * 1.25)
  const size = Math.max(labelSize * 0.45, Math.min(labelSize, fitWidth, fitHeight))
  return { lines, size }
}

function areaPart(area: AreaDrawing, status: AreaStatus, layout: MapLayout, overImage: boolean): string {
  const levelAttribute = status.kind === 'level' ? status.level : status.kind
  const { anchor, roomWidth, roomHeight } = labelPlacement(area)
  const [anchorX, anchorY] = anchor
  const { lines, size } = areaLabelLines(area.label, statusWord(status), roomWidth, roomHeight, layout.labelSize)
  const lineHeight = size * 1.25
  const firstBaseline = anchorY - ((lines.length - 1) * lineHeight) / 2 + size * 0.36
  const tspans = lines.map((line, index) => `<tspan x="${n(anchorX)}" y="${n(firstBaseline + index * lineHeight)}">${escapeXml(line)}</tspan>`).join('')

  return [
    `<g data-area-id="${area.id}" data-level="${levelAttribute}">`,
    shapeElement(area, fillAttributes(status, layout, overImage)),
    `<text text-anchor="middle" font-size="${n(size)}" font-weight="bold" fill="#000000" stroke="#ffffff" stroke-width="${n(size * 0.2)}" stroke-linejoin="round" paint-order="stroke">${tspans}</text>`,
    '</g>'
  ].join('')
}

/** Draws the north arrow in the drawing's top-right corner, turned by the north angle. */
function northArrow(map: MapDrawing, layout: MapLayout): string {
  const radius = layout.unit * 1.4
  const reach = radius + layout.unit * 1.1
  const cx = layout.mapX + map.width - reach
  const cy = layout.mapY + reach
  const stroke = n(layout.unit * 0.07)
  const tip = -radius * 0.82
  const tail = radius * 0.62
  const notch = radius * 0.3
  const side = radius * 0.36
  return [
    `<g data-role="north-arrow" data-angle="${n(map.northAngle)}" transform="translate(${n(cx)} ${n(cy)}) rotate(${n(map.northAngle)})">`,
    `<circle cx="0" cy="0" r="${n(radius)}" fill="#ffffff" fill-opacity="0.85" stroke="${borderColour}" stroke-width="${stroke}"/>`,
    `<polygon points="0,${n(tip)} ${n(-side)},${n(tail)} 0,${n(notch)}" fill="#ffffff" stroke="${borderColour}" stroke-width="${stroke}" stroke-linejoin="round"/>`,
    `<polygon points="0,${n(tip)} ${n(side)},${n(tail)} 0,${n(notch)}" fill="${borderColour}" stroke="${borderColour}" stroke-width="${stroke}" stroke-linejoin="round"/>`,
    `<text x="0" y="${n(-radius - layout.unit * 0.25)}" text-anchor="middle" font-size="${n(layout.unit * 0.85)}" font-weight="bold" fill="#000000" stroke="#ffffff" stroke-width="${n(layout.unit * 0.15)}" paint-order="stroke">北</text>`,
    '</g>'
  ].join('')
}

function swatch(kind: string, x: number, top: number, size: number, overImage: boolean): string {
  const width = size * 1.6
  const height = size * 1.0
  if (kind === 'dashed') {
    return `<rect x="${n(x)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="none" stroke="${dashedColour}" stroke-width="${n(size * 0.1)}" stroke-dasharray="${n(size * 0.3)} ${n(size * 0.18)}"/>`
  }
  const info = riskLevelInfo[kind as RiskLevel]
  const opacity = overImage ? ` fill-opacity="${fillOpacityOverImage}"` : ''
  return `<rect data-legend-level="${kind}" x="${n(x)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#${info.rgb}"${opacity} stroke="${borderColour}" stroke-width="${n(size * 0.08)}"/>`
}

function legendPart(layout: MapLayout, overImage: boolean): string {
  const size = layout.legendSize
  const parts = [`<g data-role="legend" font-size="${n(size)}" fill="#000000">`]
  parts.push(`<text x="${n(layout.mapX)}" y="${n(layout.legendTop + size * 0.86)}" font-weight="bold">${legendLabel}</text>`)
  for (const row of layout.legendRows) {
    for (const { item, x } of row.items) {
      parts.push(swatch(item.swatch, x, row.top, size, overImage))
      parts.push(`<text x="${n(x + size * 2)}" y="${n(row.top + size * 0.86)}">${escapeXml(item.text)}</text>`)
    }
  }
  parts.push('</g>')
  return parts.join('\n')
}

/** "2026-09-01" as 2026年9月1日. */
function chineseDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

function footerPart(map: MapDrawing, layout: MapLayout, schoolName: string): string {
  const pieces = [schoolName.trim(), map.drawnOn ? `绘制日期：${chineseDate(map.drawnOn)}` : ''].filter((piece) => piece.length > 0)
  if (pieces.length === 0) return ''
  const right = layout.mapX + map.width
  return `<text data-role="footer" x="${n(right)}" y="${n(layout.footerBaseline)}" text-anchor="end" font-size="${n(layout.footerSize)}" fill="#262626">${escapeXml(pieces.join('　　'))}</text>`
}
