import type { MapPoint } from '@shared/domain/risk-map'

/** The editor's tools: select (and move, and drag vertices), draw a rectangle, draw a polygon. */
export type MapTool = 'select' | 'rect' | 'polygon'

export const toolLabels: Record<MapTool, string> = {
  select: '选择/移动',
  rect: '画矩形',
  polygon: '画多边形'
}

/** A pointer gesture in progress, in map units. */
export type Gesture =
  | { kind: 'move'; id: number; start: MapPoint; original: MapPoint[]; moved: boolean }
  | { kind: 'vertex'; id: number; handle: number; original: MapPoint[] }
  | { kind: 'rect'; start: MapPoint; current: MapPoint }

/** The keys the canvas handles, as the help box lists them. */
export const shortcuts: { keys: string; action: string }[] = [
  { keys: 'V', action: '选择/移动工具' },
  { keys: 'R', action: '画矩形（按住鼠标拖动）' },
  { keys: 'P', action: '画多边形（逐点单击）' },
  { keys: 'Enter / 双击', action: '闭合多边形' },
  { keys: 'Backspace', action: '撤销多边形的上一个顶点' },
  { keys: 'Esc', action: '取消正在画的图形或取消选择' },
  { keys: '方向键', action: '移动选中的区域（按住 Shift 移动 10 倍距离）' },
  { keys: '[ / ]', action: '选择上一个/下一个区域' },
  { keys: 'Delete', action: '删除选中的区域（需确认）' },
  { keys: '+ / − / 0', action: '放大、缩小、适合窗口' }
]

/** Arrow-key step in map units: a 400th of the drawing's long side (4 units on a 1,600-unit grid), at least 1. */
export function arrowStep(size: { width: number; height: number }, big: boolean): number {
  const small = Math.max(1, Math.round(Math.max(size.width, size.height) / 400))
  return big ? small * 10 : small
}

/** Direction of an arrow key as (dx, dy), or undefined for any other key. */
export function arrowDirection(key: string): [number, number] | undefined {
  switch (key) {
    case 'ArrowLeft':
      return [-1, 0]
    case 'ArrowRight':
      return [1, 0]
    case 'ArrowUp':
      return [0, -1]
    case 'ArrowDown':
      return [0, 1]
    default:
      return undefined
  }
}
