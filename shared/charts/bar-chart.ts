import { mapFontFamily, textWidth } from '../risk-map/layout'
import { escapeXml } from '../risk-map/render-svg'

/**
 * Grouped bar charts for the printed statistics reports, drawn as SVG text so the same pure function serves
 * the documents (rendered to PNG with resvg) and tests. Every bar carries its number, so a grayscale print
 * still reads, and a legend names the series.
 */

export interface BarSeries {
  name: string
  /** Fill colour as #RRGGBB. */
  colour: string
  /** One value per category, in the order of `categories`. */
  values: readonly number[]
}

export interface BarChart {
  title: string
  categories: readonly string[]
  series: readonly BarSeries[]
  /** Unit written after the axis title, e.g. 项. */
  unit: string
  /** Drawing size in SVG units; the PNG is scaled to the width asked for. */
  width?: number
  height?: number
  /** Text drawn in the plot when there is nothing to count. */
  emptyText?: string
}

/** Text size of the category labels and the legend, in SVG units of a 1,200-unit-wide chart. */
const labelSize = 24
const valueSize = 22
const titleSize = 32
/** Category labels wrap onto this many lines at most; a longer label is cut with an ellipsis. */
const maxLabelLines = 2

const axisColour = '#404040'
const gridColour = '#d9d9d9'

/** Shortens a number for SVG attributes: two decimals at most. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/**
 * Returns the axis top and step: a step of 1, 2 or 5 times a power of ten, giving at most six intervals, and
 * whole numbers because the charts count things.
 */
export function axisScale(maximum: number): { top: number; step: number } {
  if (maximum <= 0) return { top: 5, step: 1 }
  const rough = maximum / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power)
  return { top: Math.ceil(maximum / step) * step, step }
}

/** Breaks a label into lines that fit `width`, at most `maxLabelLines`, the last cut with an ellipsis when needed. */
export function wrapLabel(label: string, width: number, size: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const character of label) {
    if (line !== '' && textWidth(line + character, size) > width) {
      lines.push(line)
      line = ''
    }
    line += character
  }
  if (line !== '') lines.push(line)
  if (lines.length <= maxLabelLines) return lines

  const kept = lines.slice(0, maxLabelLines)
  let last = kept[maxLabelLines - 1]
  while (last.length > 1 && textWidth(`${last}…`, size) > width) last = last.slice(0, -1)
  kept[maxLabelLines - 1] = `${last}…`
  return kept
}

function text(x: number, y: number, size: number, content: string, anchor: 'start' | 'middle' | 'end', options: { bold?: boolean; fill?: string } = {}): string {
  const weight = options.bold ? ' font-weight="bold"' : ''
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}" text-anchor="${anchor}" fill="${options.fill ?? '#000000'}"${weight}>${escapeXml(content)}</text>`
}

interface Plot {
  left: number
  right: number
  top: number
  bottom: number
}

function legend(series: readonly BarSeries[], centre: number, y: number): string {
  const swatch = labelSize
  const widths = series.map((item) => swatch + 8 + textWidth(item.name, labelSize) + 28)
  let x = centre - widths.reduce((sum, width) => sum + width, 0) / 2
  return series
    .map((item, position) => {
      const part = `<rect x="${n(x)}" y="${n(y - swatch + 3)}" width="${swatch}" height="${swatch}" fill="${item.colour}" stroke="${axisColour}" stroke-width="1"/>${text(x + swatch + 8, y, labelSize, item.name, 'start')}`
      x += widths[position]
      return part
    })
    .join('')
}

function axis(plot: Plot, top: number, step: number, unit: string): string {
  const parts: string[] = []
  for (let value = 0; value <= top; value += step) {
    const y = plot.bottom - ((plot.bottom - plot.top) * value) / top
    const line = value === 0 ? axisColour : gridColour
    parts.push(`<line x1="${n(plot.left)}" y1="${n(y)}" x2="${n(plot.right)}" y2="${n(y)}" stroke="${line}" stroke-width="${value === 0 ? 2 : 1}"/>`)
    parts.push(text(plot.left - 10, y + valueSize / 3, valueSize, String(value), 'end', { fill: axisColour }))
  }
  parts.push(`<line x1="${n(plot.left)}" y1="${n(plot.top)}" x2="${n(plot.left)}" y2="${n(plot.bottom)}" stroke="${axisColour}" stroke-width="2"/>`)
  parts.push(text(plot.left - 10, plot.top - 16, valueSize, `（${unit}）`, 'end', { fill: axisColour }))
  return parts.join('')
}

function bars(chart: BarChart, plot: Plot, top: number): string {
  const groupWidth = (plot.right - plot.left) / chart.categories.length
  const barWidth = Math.min(70, (groupWidth * 0.8) / chart.series.length)
  const groupStart = (index: number) => plot.left + groupWidth * index + (groupWidth - barWidth * chart.series.length) / 2
  const parts: string[] = []

  chart.categories.forEach((category, index) => {
    chart.series.forEach((series, position) => {
      const value = series.values[index] ?? 0
      const height = ((plot.bottom - plot.top) * value) / top
      const x = groupStart(index) + barWidth * position
      if (height > 0) parts.push(`<rect x="${n(x)}" y="${n(plot.bottom - height)}" width="${n(barWidth)}" height="${n(height)}" fill="${series.colour}" stroke="${axisColour}" stroke-width="0.8"/>`)
      parts.push(text(x + barWidth / 2, plot.bottom - height - 6, valueSize, String(value), 'middle'))
    })
    const lines = wrapLabel(category, groupWidth - 6, labelSize)
    lines.forEach((line, row) => parts.push(text(plot.left + groupWidth * (index + 0.5), plot.bottom + 28 + row * (labelSize + 4), labelSize, line, 'middle')))
  })
  return parts.join('')
}

/**
 * Draws a grouped bar chart: the title, a legend under it, a value axis with grid lines, one group of bars
 * per category with each value written above its bar, and the category names under the groups. With no
 * categories, or nothing but zeros, the axes are drawn with `emptyText` in the middle.
 */
export function renderBarChartSvg(chart: BarChart): string {
  const width = chart.width ?? 1200
  const height = chart.height ?? 620
  const plot: Plot = { left: 90, right: width - 30, top: 130, bottom: height - 40 - maxLabelLines * (labelSize + 4) }
  const maximum = Math.max(0, ...chart.series.flatMap((series) => series.values))
  const { top, step } = axisScale(maximum)
  const empty = chart.categories.length === 0 || maximum === 0

  const content = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(width / 2, 44, titleSize, chart.title, 'middle', { bold: true }),
    legend(chart.series, width / 2, 92),
    axis(plot, top, step, chart.unit),
    empty ? text((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2, labelSize + 4, chart.emptyText ?? '本期没有数据', 'middle', { fill: axisColour }) : bars(chart, plot, top)
  ]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${mapFontFamily}">${content.join('')}</svg>`
}
