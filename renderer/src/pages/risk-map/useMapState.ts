import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MapArea, MapPoint, RiskMapState } from '@shared/domain/risk-map'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'

/** How long after the last arrow key a moved area is saved, in milliseconds. */
const saveDelay = 400

interface PendingShape {
  id: number
  points: MapPoint[]
}

export interface MapStateApi {
  state: RiskMapState
  /** The areas as drawn now: the stored ones with a move or vertex drag not saved yet applied. */
  areas: MapArea[]
  /** Replaces the state with what a write returned. */
  apply(next: RiskMapState): void
  /** Shows new points for an area at once and saves them; `immediate` saves now (end of a drag), else after a pause (arrow keys). */
  reshape(id: number, points: MapPoint[], immediate: boolean): void
  /** Saves a pending move now, e.g. before another area is selected. */
  flush(): Promise<void>
}

/**
 * Keeps the map and its areas for the editor. Geometry changes show at once and are saved in the background,
 * one at a time. A failed save shows its message and reloads the stored map, so the screen does not keep a
 * shape that is not in the school file.
 */
export function useMapState(initial: RiskMapState): MapStateApi {
  const run = useAction()
  const [state, setState] = useState(initial)
  const [pending, setPending] = useState<PendingShape>()
  const pendingRef = useRef<PendingShape | undefined>(undefined)
  const timer = useRef<number | undefined>(undefined)

  const save = useCallback(async () => {
    window.clearTimeout(timer.current)
    const shape = pendingRef.current
    if (!shape) return
    const saved = (await run(() => call('risk-map:reshape-area', { id: shape.id, points: shape.points }))) ?? (await run(() => call('risk-map:get')))
    if (saved) setState(saved)
    // An edit made while this one was saving stays pending and keeps showing over the stored state.
    if (pendingRef.current === shape) {
      pendingRef.current = undefined
      setPending(undefined)
    }
  }, [run])

  const reshape = useCallback(
    (id: number, points: MapPoint[], immediate: boolean) => {
      const previous = pendingRef.current
      const next = { id, points }
      if (previous && previous.id !== id) void save()
      pendingRef.current = next
      setPending(next)
      window.clearTimeout(timer.current)
      if (immediate) void save()
      else timer.current = window.setTimeout(() => void save(), saveDelay)
    },
    [save]
  )

  useEffect(() => () => window.clearTimeout(timer.current), [])

  const areas = useMemo(() => {
    if (!pending) return state.areas
    return state.areas.map((area) => (area.id === pending.id ? { ...area, points: pending.points } : area))
  }, [state.areas, pending])

  return { state, areas, apply: setState, reshape, flush: save }
}
