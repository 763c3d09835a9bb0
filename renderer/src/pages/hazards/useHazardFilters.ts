import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { useSearchParams } from 'react-router'
import { parseHazardQuery } from '../../app/list-links'
import { defaultHazardFilters, type HazardFilters } from './useHazardPages'

function fromQuery(query: string): HazardFilters {
  return { ...defaultHazardFilters, ...parseHazardQuery(new URLSearchParams(query)) }
}

/**
 * The list's filters, starting from the address (?state=open&grade=major&overdue=1, as the start page links
 * to them). A link followed while the page is open sets them anew; changes made on the page stay on it.
 */
export function useHazardFilters(): [HazardFilters, Dispatch<SetStateAction<HazardFilters>>] {
  const [params] = useSearchParams()
  const query = params.toString()
  const [filters, setFilters] = useState<HazardFilters>(() => fromQuery(query))
  const applied = useRef(query)

  useEffect(() => {
    if (applied.current === query) return
    applied.current = query
    setFilters(fromQuery(query))
  }, [query])

  return [filters, setFilters]
}
