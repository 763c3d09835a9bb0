import { contextBridge, ipcRenderer } from 'electron'
import { isChannelName } from '../../shared/channels'

/**
 * The whole surface the window gets: one `invoke` limited to the channel table. No ipcRenderer, no
 * generic listeners. Main checks the sender and validates the input again.
 */
const api = {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) return Promise.resolve({ ok: false, error: { code: 'unknown-channel', detail: channel } })
    return ipcRenderer.invoke('api:invoke', channel, input)
  }
}

contextBridge.exposeInMainWorld('api', api)
