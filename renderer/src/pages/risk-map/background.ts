import { useEffect, useState } from 'react'
import type { MapBackground, RiskMapState } from '@shared/domain/risk-map'
import { call } from '../../api/client'
import type { useAction } from '../../api/hooks'

type Run = ReturnType<typeof useAction>

/**
 * Asks for the plan image in the main process's dialog and stores it. Returns the new state, or undefined
 * when the user cancelled or the file was rejected, in which case the rejection's message is shown.
 */
export async function chooseAndSetBackground(run: Run): Promise<RiskMapState | undefined> {
  const chosen = await run(() => call('risk-map:choose-background'))
  if (!chosen) return undefined
  return run(() => call('risk-map:set-background', { token: chosen.token }), `已载入平面图“${chosen.fileName}”`)
}

/** Turns a base64 data URI into a blob: URL, which the window's content policy allows for images. */
function blobUrl(dataUri: string): string {
  const comma = dataUri.indexOf(',')
  const mime = /^data:([^;,]+)/.exec(dataUri)?.[1] ?? 'application/octet-stream'
  const binary = atob(dataUri.slice(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return URL.createObjectURL(new Blob([bytes], { type: mime }))
}

/**
 * Loads the plan image as a blob: URL for the drawing, again only when the stored image changes. A blob URL
 * keeps the few-MB image out of the SVG text that is redrawn on every move.
 */
export function useBackgroundHref(background: MapBackground | null | undefined): { href?: string; failed: boolean } {
  const [href, setHref] = useState<string>()
  const [failed, setFailed] = useState(false)
  const version = background?.version

  useEffect(() => {
    setFailed(false)
    if (!version) {
      setHref(undefined)
      return
    }
    let cancelled = false
    let url: string | undefined
    call('risk-map:background-image')
      .then((image) => {
        if (cancelled || !image) return
        url = blobUrl(image.dataUri)
        setHref(url)
      })
      .catch(() => {
        if (cancelled) return
        setHref(undefined)
        setFailed(true)
      })
    return () => {
      cancelled = true
      if (url) URL.revokeObjectURL(url)
    }
  }, [version])

  return { href, failed }
}
