import type { SchoolData } from '../../shared/exchange/school-data'
import type { OutputBuilder } from '../outputs/output-builder'
import { hasDrawnMap } from './map-data'
import { renderRiskMapPng } from './render-png'

/** Why the map's picture and poster are left out: the school has drawn no area yet. */
export function mapSkipReason(data: SchoolData): string | undefined {
  return hasDrawnMap(data) ? undefined : '尚未绘制安全风险四色分布图（在“四色分布图”页面画出区域并关联风险点后即可生成）'
}

/** The four-colour map as a 3,000 px wide PNG, for printing at a print shop or posting on a screen. */
export const riskMapPicture: OutputBuilder = {
  key: 'risk-map',
  title: '安全风险四色分布图',
  kind: 'png',
  skipReason: mapSkipReason,
  async build(data) {
    if (!hasDrawnMap(data)) throw new Error('the school has drawn no risk map; skipReason should have left this output out')
    return (await renderRiskMapPng(data)).png
  }
}

/** The pictures, generated after the documents and sheets. */
export const imageBuilders: OutputBuilder[] = [riskMapPicture]
