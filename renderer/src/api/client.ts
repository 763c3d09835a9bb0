import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/channels'
import { describeError, type AppErrorData } from '@shared/errors'
import type { Result } from '@shared/result'

/**
 * Calls the Node side. In the desktop app the preload's `window.api` carries the call over IPC; in the
 * loopback test harness the same channel table answers over HTTP.
 */

interface PreloadApi {
  invoke(channel: string, input: unknown): Promise<unknown>
}

declare global {
  interface Window {
    api?: PreloadApi
  }
}

/** A failed call, carrying the error data and the Chinese sentence for it. */
export class ApiError extends Error {
  readonly data: AppErrorData

  constructor(data: AppErrorData) {
    super(describeError(data))
    this.name = 'ApiError'
    this.data = data
  }
}

async function invokeOverHttp(channel: string, input: unknown): Promise<unknown> {
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {})
  })
  return response.json()
}

export async function call<K extends ChannelName>(channel: K, input?: ChannelInput<K>): Promise<ChannelOutput<K>> {
  let raw: unknown
  try {
    raw = window.api ? await window.api.invoke(channel, input ?? {}) : await invokeOverHttp(channel, input)
  } catch {
    throw new ApiError({ code: 'internal', detail: `${channel}-transport` })
  }
  const result = raw as Result<ChannelOutput<K>>
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new ApiError({ code: 'internal', detail: `${channel}-reply` })
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function isHarness(): boolean {
  return window.api === undefined
}
