import { useCallback, useEffect, useRef, useState } from 'react'
import type { HazardListResult, HazardListRow } from '@shared/contract/hazards'
import type { HazardGrade, HazardState } from '@shared/domain/hazards'
import { maxHazardPage, type HazardListInput, type HazardSortField } from '@shared/schemas/hazard-inputs'
import { ApiError, call } from '../../api/client'

/** The filters and sort of the ledger list, as the page holds them. */
export interface HazardFilters {
  states: HazardState[]
  grade: HazardGrade | ''
  overdueOnly: boolean
  riskPointId: number | null
  text: string
  foundFrom: string | null
  foundTo: string | null
  sortField: HazardSortField
  sortOrder: 'asc' | 'desc'
}

export const defaultHazardFilters: HazardFilters = {
  states: [],
  grade: '',
  overdueOnly: false,
  riskPointId: null,
  text: '',
  foundFrom: null,
  foundTo: null,
  sortField: 'foundOn',
  sortOrder: 'desc'
}

/** Rows fetched per request while scrolling. */
const pageSize = 100

export type HazardSummary = Omit<HazardListResult, 'rows'>

export interface HazardPages {
  rows: HazardListRow[]
  summary: HazardSummary | undefined
  loading: boolean
  error: ApiError | undefined
  /** Fetches the next page when there is one and none is on its way. */
  loadMore: () => void
  /** Fetches the rows loaded so far again (at most one maximum page), e.g. after a change in the drawer. */
  refresh: () => Promise<void>
}

/**
 * The ledger list, fetched page by page from `hazards:list` as the table scrolls. A change of filters
 * starts over; an answer to an older request than the latest is dropped, so fast typing never shows the
 * rows of a previous search. While a first page is on its way, newer filters wait and only the newest is
 * sent when it returns, so typing never queues a search per keystroke on the Node side.
 */
export function useHazardPages(filters: HazardFilters): HazardPages {
  const [rows, setRows] = useState<HazardListRow[]>([])
  const [summary, setSummary] = useState<HazardSummary>()
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ApiError>()
  const latest = useRef(0)
  const loaded = useRef(0)

  const fetchRows = useCallback(
    async (offset: number, limit: number, replace: boolean) => {
      const request = ++latest.current
      setLoading(true)
      try {
        const input = { ...filters, offset, limit } as unknown as HazardListInput
        const result = await call('hazards:list', input)
        if (request !== latest.current) return
        const { rows: page, ...rest } = result
        setSummary(rest)
        setRows((current) => {
          const next = replace ? page : [...current.slice(0, offset), ...page]
          loaded.current = next.length
          return next
        })
        setError(undefined)
      } catch (caught) {
        if (request === latest.current) setError(caught instanceof ApiError ? caught : new ApiError({ code: 'internal' }))
      } finally {
        if (request === latest.current) setLoading(false)
      }
    },
    [filters]
  )

  const inFlight = useRef(false)
  const waiting = useRef<(() => Promise<void>) | null>(null)

  useEffect(() => {
    const start = async (): Promise<void> => {
      inFlight.current = true
      await fetchRows(0, pageSize, true)
      inFlight.current = false
      const next = waiting.current
      waiting.current = null
      if (next) await next()
    }
    if (inFlight.current) waiting.current = start
    else void start()
  }, [fetchRows])

  const loadMore = useCallback(() => {
    if (loading || !summary || loaded.current >= summary.total) return
    void fetchRows(loaded.current, pageSize, false)
  }, [fetchRows, loading, summary])

  const refresh = useCallback(() => fetchRows(0, Math.min(Math.max(loaded.current, pageSize), maxHazardPage), true), [fetchRows])

  return { rows, summary, loading, error, loadMore, refresh }
}
