import { ipcMain } from 'electron'
import { fail } from '../../shared/result'
import { dispatch } from '../handlers/dispatch'
import type { HandlerContext } from '../handlers/handlers'
import { createLogger } from '../logging/logger'
import { isTrustedEvent } from './security'

const log = createLogger('ipc')

/** The single IPC channel; the channel table name and input travel as its arguments. */
export const invokeChannel = 'api:invoke'

/** Binds the channel table: every call is checked for its sender, then validated and dispatched. */
export function registerIpc(ctx: HandlerContext): void {
  ipcMain.handle(invokeChannel, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedEvent(event)) {
      log.warn(`rejected ${String(channel).slice(0, 60)} from untrusted frame ${event.senderFrame?.url ?? '(none)'}`)
      return fail({ code: 'untrusted-sender' })
    }
    return dispatch(ctx, channel, input)
  })
}
