import { describe, expect, it } from 'vitest'
import type { MapPoint } from '../../shared/domain/risk-map'
import { minimumAreaSide, moveHandle, outlineOf, scalePoints, shapeProblem, translatePoints } from '../../shared/risk-map/geometry'

const size = { width: 1600, height: 1000 }

describe('map geometry', () => {
  it('moves a rectangle corner against the opposite one', () => {
    const rect = { shape: 'rect' as const, points: [[100, 100], [500, 400]] as MapPoint[] }
    expect(outlineOf(rect)).toEqual([[100, 100], [500, 100], [500, 400], [100, 400]])
    // Handle 1 is the top-right corner; the bottom-left corner stays.
    expect(moveHandle(rect, 1, [620.04, 50])).toEqual([[100, 400], [620, 50]])
  })

  it('moves one polygon vertex', () => {
    const polygon = { shape: 'polygon' as const, points: [[0, 0], [100, 0], [50, 80]] as MapPoint[] }
    expect(moveHandle(polygon, 2, [60, 90])).toEqual([[0, 0], [100, 0], [60, 90]])
  })

  it('stops a move at the edge of the drawing', () => {
    expect(translatePoints([[100, 100], [500, 400]], -300, 900, size)).toEqual([[0, 700], [400, 1000]])
    expect(translatePoints([[100, 100], [500, 400]], 12, 40, size)).toEqual([[112, 140], [512, 440]])
  })

  it('scales points with a new background', () => {
    expect(scalePoints([[400, 250], [800, 500]], 2, 2)).toEqual([[800, 500], [1600, 1000]])
  })

  it('names a shape too small to see', () => {
    const minimum = minimumAreaSide(size)
    expect(minimum).toBe(8)
    expect(shapeProblem({ shape: 'rect', points: [[0, 0], [7, 100]] }, minimum)).toBe('矩形太小，请拖得大一些')
    expect(shapeProblem({ shape: 'rect', points: [[0, 0], [8, 100]] }, minimum)).toBeUndefined()
    expect(shapeProblem({ shape: 'polygon', points: [[0, 0], [100, 0]] }, minimum)).toBe('多边形至少需要 3 个顶点')
  })
})
