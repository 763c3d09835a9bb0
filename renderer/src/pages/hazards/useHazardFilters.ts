import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { useSearchParams } from 'react-router'
import { parseHazardQuery } from '../../app/list-links'
import { defaultHazardFilters, type HazardFilters } from './useHazardPages'

function fromQuery(query: string): HazardFilters {
  return { ...defaultHazardFilters, ...parseHazardQuery(new URLSearchParams(query)) }
}

/**
 * Keeps the list's filters. They start from the address (?state=open&grade=major&overdue=1, as the start
 * page links to them), and a link followed while the page is open sets them again. Changes made on the
 * page stay on the page.
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
