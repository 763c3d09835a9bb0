import { Resvg } from '@resvg/resvg-js'
import type { Paragraph } from 'docx'
import { renderBarChartSvg, type BarChart } from '../../../shared/charts/bar-chart'
import { pictureParagraph } from '../layout/picture'
import { cm, portraitTextWidth } from '../layout/units'

/** Width of a chart picture in pixels: 1,600 px across the 15.6 cm text block is about 260 dpi. */
const chartWidthPx = 1600

/**
 * The sans-serif face resvg falls back to when none of the chart's families is installed: 微软雅黑 on
 * Windows, Noto Sans CJK SC elsewhere (Debian's fonts-noto-cjk).
 */
function fallbackFamily(): string {
  return process.platform === 'win32' ? 'Microsoft YaHei' : 'Noto Sans CJK SC'
}

/** Renders a chart's SVG to PNG with the system's fonts. */
export function renderChartPng(svg: string, widthPx = chartWidthPx): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { loadSystemFonts: true, defaultFontFamily: fallbackFamily(), sansSerifFamily: fallbackFamily() },
    background: '#ffffff'
  })
  const rendered = resvg.render()
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height }
}

/** Builds the paragraph holding a chart, drawn across the text block and kept with the caption under it. */
export function chartParagraph(chart: BarChart): Paragraph {
  const rendered = renderChartPng(renderBarChartSvg(chart))
  return pictureParagraph(
    { type: 'png', data: rendered.png, width: rendered.width, height: rendered.height, altText: chart.title },
    { width: portraitTextWidth, height: cm(9) },
    { keepNext: true }
  )
}
