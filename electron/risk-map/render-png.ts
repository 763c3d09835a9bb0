import { Resvg } from '@resvg/resvg-js'
import sharp from 'sharp'
import { mapImageMime } from '../../shared/domain/risk-map'
import type { RiskMapData, SchoolData } from '../../shared/exchange/school-data'
import { pointLevels } from '../../shared/risk-map/area-levels'
import { renderRiskMapSvg } from '../../shared/risk-map/render-svg'
import { createLogger } from '../logging/logger'

const log = createLogger('risk-map')

/** Width of the map picture in pixels: 3,000 px across an A3 sheet's 39 cm is about 195 dpi. */
export const posterWidthPx = 3000

export interface RenderedMap {
  png: Buffer
  width: number
  height: number
}

/** Renders of one snapshot's map by width and title, so the manual and the picture share one render. */
const renders = new WeakMap<RiskMapData, Map<string, Promise<RenderedMap>>>()

export interface MapPictureOptions {
  widthPx?: number
  /** Draws the title above the map (default); the poster prints it as document text instead. */
  showTitle?: boolean
}

/**
 * Returns the sans-serif face resvg falls back to when no family of the map's list is installed: 微软雅黑
 * on Windows, Noto Sans CJK SC elsewhere (Debian's fonts-noto-cjk).
 */
function fallbackFamily(): string {
  return process.platform === 'win32' ? 'Microsoft YaHei' : 'Noto Sans CJK SC'
}

/** Draws the school's map as SVG text, with the plan image inline as a data URI. */
export function riskMapSvg(data: SchoolData & { riskMap: RiskMapData }, showTitle = true): string {
  const map = data.riskMap
  const background = map.background?.base64 ? `data:${mapImageMime(map.background.type)};base64,${map.background.base64}` : undefined
  return renderRiskMapSvg(map, map.areas, pointLevels(data.riskPoints), { schoolName: data.school.name, backgroundHref: background, showTitle })
}

/** Renders an SVG to PNG at the given width with the system's fonts. */
export function renderSvgToPng(svg: string, widthPx: number): RenderedMap {
  const started = performance.now()
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { loadSystemFonts: true, defaultFontFamily: fallbackFamily(), sansSerifFamily: fallbackFamily() },
    background: '#ffffff'
  })
  const rendered = resvg.render()
  const png = rendered.asPng()
  log.info(`rendered the risk map at ${rendered.width}×${rendered.height} px (${png.length} bytes) in ${Math.round(performance.now() - started)} ms`)
  return { png, width: rendered.width, height: rendered.height }
}

/** Renders the school's map to PNG once per snapshot, width and title choice. */
export function renderRiskMapPng(data: SchoolData & { riskMap: RiskMapData }, options: MapPictureOptions = {}): Promise<RenderedMap> {
  const widthPx = options.widthPx ?? posterWidthPx
  const showTitle = options.showTitle ?? true
  let variants = renders.get(data.riskMap)
  if (!variants) {
    variants = new Map()
    renders.set(data.riskMap, variants)
  }
  const key = `${widthPx}/${showTitle}`
  let render = variants.get(key)
  if (!render) {
    // Rendering is synchronous; the promise only lets callers share one result.
    render = Promise.resolve().then(() => renderSvgToPng(riskMapSvg(data, showTitle), widthPx))
    variants.set(key, render)
  }
  return render
}

/** The map as a picture for a Word document: PNG, or JPEG over a photographed plan. */
export interface DocumentPicture {
  type: 'png' | 'jpg'
  data: Buffer
  width: number
  height: number
}

/**
 * Renders the map for a Word document. Over a JPEG plan (usually a photo or a scan) the rendered PNG is
 * large: 12.5 MB at 3,000 px over a synthetic noisy photo, against 2.0 MB as JPEG. So it is re-encoded as
 * JPEG. Over a PNG plan or a blank grid the PNG is small (about 350 KB for the demo school) and stays sharp.
 */
export async function renderDocumentPicture(data: SchoolData & { riskMap: RiskMapData }, options: MapPictureOptions = {}): Promise<DocumentPicture> {
  const rendered = await renderRiskMapPng(data, options)
  if (data.riskMap.background?.type !== 'jpeg') return { type: 'png', data: rendered.png, width: rendered.width, height: rendered.height }

  // sharp runs here in the outputs worker. The main process imports sharp first, as sharp's documentation
  // requires for worker threads, so its native libraries stay loaded when a worker exits.
  const jpeg = await sharp(rendered.png).jpeg({ quality: 88, mozjpeg: true, chromaSubsampling: '4:4:4' }).toBuffer()
  return { type: 'jpg', data: jpeg, width: rendered.width, height: rendered.height }
}
