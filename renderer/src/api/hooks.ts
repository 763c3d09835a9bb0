import { App } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelName, ChannelOutput } from '@shared/channels'
import { ApiError, call } from './client'

export interface Loaded<T> {
  data: T | undefined
  loading: boolean
  error: ApiError | undefined
  reload: () => Promise<void>
  setData: (value: T) => void
}

/** Loads a read channel (one without input) and reloads it on demand. */
export function useLoad<K extends ChannelName>(channel: K): Loaded<ChannelOutput<K>> {
  const [data, setData] = useState<ChannelOutput<K>>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError>()
  const mounted = useRef(true)

  const reload = useCallback(async () => {
    setLoading(true)
    try {
      const value = await (call as (name: K) => Promise<ChannelOutput<K>>)(channel)
      if (mounted.current) {
        setData(value)
        setError(undefined)
      }
    } catch (caught) {
      if (mounted.current) setError(caught instanceof ApiError ? caught : new ApiError({ code: 'internal' }))
    } finally {
      if (mounted.current) setLoading(false)
    }
  }, [channel])

  useEffect(() => {
    mounted.current = true
    void reload()
    return () => {
      mounted.current = false
    }
  }, [reload])

  return { data, loading, error, reload, setData }
}

/**
 * Wraps a write: shows the Chinese error message on failure and a short confirmation on success.
 * Returns the value, or undefined when it failed. The type parameter rejects actions that may succeed with
 * undefined (a channel that returns nothing), because their success would read as a failure. Wrap those
 * in `succeeded`.
 */
export function useAction() {
  const { message } = App.useApp()
  return useCallback(
    async <T extends NonNullable<unknown> | null>(action: () => Promise<T>, success?: string): Promise<T | undefined> => {
      try {
        const value = await action()
        if (success) void message.success(success)
        return value
      } catch (caught) {
        const text = caught instanceof ApiError ? caught.message : '操作失败，请重试。'
        void message.error({ content: text, duration: 6 })
        return undefined
      }
    },
    [message]
  )
}

/** Turns a write whose channel returns nothing into one that returns true, so `useAction` can tell success from failure. */
export function succeeded(action: () => Promise<void>): () => Promise<true> {
  return async () => {
    await action()
    return true
  }
}
