/**
 * The frame around the drawing: title band above, legend and signature lines below, margins at the sides.
 * Every size derives from the drawing's long side, so the map reads the same at any size in map units and
 * its text stays legible when the poster is printed or scaled to a page.
 */

/**
 * Sans-serif faces with Chinese glyphs: 微软雅黑 and 黑体 on Windows, Noto Sans CJK SC on Linux. The names are
 * left unquoted, which CSS allows, because resvg 2.6 reads only the first name of a list of quoted names.
 */
export const mapFontFamily = 'Microsoft YaHei, SimHei, Noto Sans CJK SC, sans-serif'

export interface MapLayout {
  /** Size of the whole picture, frame included, in map units. */
  width: number
  height: number
  /** Top-left corner of the drawing inside the picture. */
  mapX: number
  mapY: number
  /** Base text size: every other size is a multiple of it. */
  unit: number
  titleSize: number
  titleBaseline: number
  labelSize: number
  legendSize: number
  legendTop: number
  legendRows: LegendRow[]
  footerSize: number
  footerBaseline: number
}

export interface LegendItem {
  /** Key of the swatch style: a risk level, or 'dashed' for areas without a colour. */
  swatch: string
  text: string
}

export interface LegendRow {
  top: number
  items: { item: LegendItem; x: number }[]
}

/** Approximate advance width of text: CJK and full-width characters are square, Latin about half as wide. */
export function textWidth(text: string, size: number): number {
  let ems = 0
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (code >= 0x2e80) ems += 1
    else if (character === ' ') ems += 0.35
    // The middle dot is narrow in 微软雅黑 but full width in Noto Sans CJK; this is in between.
    else if (character === '·') ems += 0.8
    else ems += 0.58
  }
  return ems * size
}

/** Returns the base text size for a drawing: a 55th of its long side (29 units on a 1,600-unit grid). */
export function baseUnit(size: { width: number; height: number }): number {
  return Math.max(size.width, size.height) / 55
}

const legendLabel = '图例：'

/** Width the legend gives one item: swatch, gap, text, and the space before the next item. */
export function legendItemWidth(item: LegendItem, legendSize: number): number {
  return legendSize * 1.6 + legendSize * 0.4 + textWidth(item.text, legendSize) + legendSize * 1.4
}

function flowLegend(items: readonly LegendItem[], left: number, right: number, top: number, legendSize: number, rowHeight: number): LegendRow[] {
  const start = left + textWidth(legendLabel, legendSize)
  const rows: LegendRow[] = []
  let row: LegendRow = { top, items: [] }
  let x = start
  for (const item of items) {
    const width = legendItemWidth(item, legendSize)
    if (row.items.length > 0 && x + width > right) {
      rows.push(row)
      row = { top: row.top + rowHeight, items: [] }
      x = start
    }
    row.items.push({ item, x })
    x += width
  }
  rows.push(row)
  return rows
}

/**
 * Lays out the frame around a drawing of the given size with the given legend items. Without a title (the
 * poster prints it as document text above the picture) the drawing starts just below the top margin.
 */
export function layoutMap(size: { width: number; height: number }, legend: readonly LegendItem[], options: { title: boolean } = { title: true }): MapLayout {
  const unit = baseUnit(size)
  const margin = unit
  const titleSize = unit * 1.5
  const legendSize = unit * 0.75
  const footerSize = unit * 0.65
  const rowHeight = unit * 1.3

  const mapX = margin
  const mapY = options.title ? unit * 3 : unit
  const legendTop = mapY + size.height + unit * 0.8
  const legendRows = flowLegend(legend, mapX, mapX + size.width, legendTop, legendSize, rowHeight)
  const footerBaseline = legendTop + legendRows.length * rowHeight + footerSize * 1.2

  return {
    width: size.width + margin * 2,
    height: footerBaseline + unit * 0.8,
    mapX,
    mapY,
    unit,
    titleSize,
    titleBaseline: unit * 0.7 + titleSize,
    labelSize: unit * 0.8,
    legendSize,
    legendTop,
    legendRows,
    footerSize,
    footerBaseline
  }
}

export { legendLabel }
