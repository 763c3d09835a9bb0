import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { useSearchParams } from 'react-router'
import type { RiskLevel } from '@shared/domain/levels'
import { parseLevel } from '../../app/list-links'

/**
 * Keeps the level the evaluation table is filtered by. It starts from the address (?level=major, as the
 * start page links to it), and a link followed while the step is open sets it again.
 */
export function useLinkedLevel(): [RiskLevel | undefined, Dispatch<SetStateAction<RiskLevel | undefined>>] {
  const [params] = useSearchParams()
  const linked = parseLevel(params)
  const [level, setLevel] = useState<RiskLevel | undefined>(linked)
  const applied = useRef(linked)

  useEffect(() => {
    if (applied.current === linked) return
    applied.current = linked
    setLevel(linked)
  }, [linked])

  return [level, setLevel]
}
