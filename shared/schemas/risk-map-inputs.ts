import { z } from 'zod'
import { mapShapeLabels, mapShapes, riskMapLimits, type MapPoint } from '../domain/risk-map'
import type { AppErrorData } from '../errors'
import { roundPoint } from '../risk-map/geometry'
import { choice, date, id, idList, integer, name, text } from './fields'

/** Input schemas of the four-colour map editor, with the Chinese field labels used in messages. */

function reject(ctx: z.RefinementCtx, appError: AppErrorData): never {
  ctx.addIssue({ code: 'custom', message: appError.code, params: { appError } })
  return z.NEVER as never
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1_000_000
}

/**
 * A list of [x, y] points in map units, rounded to a tenth of a unit. The service checks whether they lie on
 * the drawing and make a usable shape, because only it has the drawing's size.
 */
export function pointList(label: string) {
  return z.unknown().transform((raw, ctx): MapPoint[] => {
    const valid =
      Array.isArray(raw) &&
      raw.length >= 2 &&
      raw.length <= riskMapLimits.maxPolygonPoints &&
      raw.every((point) => Array.isArray(point) && point.length === 2 && isCoordinate(point[0]) && isCoordinate(point[1]))
    if (!valid) {
      return reject(ctx, { code: 'invalid-input', field: label, detail: `应为 2 到 ${riskMapLimits.maxPolygonPoints} 个坐标点` })
    }
    return (raw as [number, number][]).map((point) => roundPoint(point))
  })
}

const areaLabel = name('区域名称', true, 20)
const linkedPoints = idList('关联风险点', riskMapLimits.maxLinkedPoints)

export const blankMapInput = z.object({
  width: integer('图幅宽度', { required: true, min: riskMapLimits.minGridSide, max: riskMapLimits.maxGridSide }),
  height: integer('图幅高度', { required: true, min: riskMapLimits.minGridSide, max: riskMapLimits.maxGridSide })
})
export type BlankMapInput = z.output<typeof blankMapInput>

export const mapSettingsInput = z.object({
  title: text('图名', { required: true, max: 40, plainName: true }),
  northAngle: integer('指北方向', { required: true, min: 0, max: 359 }),
  drawnOn: date('绘制日期')
})
export type MapSettingsInput = z.output<typeof mapSettingsInput>

export const newAreaInput = z.object({
  shape: choice('区域形状', mapShapes, mapShapeLabels),
  points: pointList('区域顶点'),
  label: areaLabel,
  riskPointIds: linkedPoints
})
export type NewAreaInput = z.output<typeof newAreaInput>

export const areaDetailsInput = z.object({
  id: id('区域'),
  label: areaLabel,
  riskPointIds: linkedPoints
})
export type AreaDetailsInput = z.output<typeof areaDetailsInput>

export const areaShapeInput = z.object({
  id: id('区域'),
  points: pointList('区域顶点')
})
export type AreaShapeInput = z.output<typeof areaShapeInput>

export const mapImageTokenInput = z.object({ token: z.string().min(1).max(100) })
