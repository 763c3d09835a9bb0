import { channels, isChannelName, type ChannelName, type ChannelOutput } from '../../shared/channels'
import { AppError } from '../../shared/errors'
import { fail, ok, type Result } from '../../shared/result'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { createLogger } from '../logging/logger'
import { handlers, type HandlerContext } from './handlers'

const log = createLogger('dispatch')

/**
 * Validates and runs one channel call. The input is parsed again here whatever the caller checked, and
 * every failure becomes an error result: nothing thrown crosses the process boundary.
 */
export async function dispatch(ctx: HandlerContext, channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    log.warn(`rejected unknown channel ${String(channel).slice(0, 80)}`)
    return fail({ code: 'unknown-channel', detail: String(channel).slice(0, 80) })
  }

  const parsed = channels[channel].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const [first] = appErrorsFromZod(parsed.error)
    log.info(`${channel}: invalid input (${first?.code ?? 'invalid-input'} ${first?.field ?? ''})`)
    return fail(first ?? { code: 'invalid-input' })
  }

  try {
    const handler = handlers[channel] as (ctx: HandlerContext, input: unknown) => Promise<ChannelOutput<ChannelName>>
    const value = await handler(ctx, parsed.data)
    return ok(value)
  } catch (error) {
    if (error instanceof AppError) {
      log.info(`${channel}: ${error.message}`)
      return fail(error.data)
    }
    log.error(`${channel} failed`, error)
    const reference = `${channel}-${Date.now().toString(36)}`
    return fail({ code: 'internal', detail: reference })
  }
}
