import type { z } from 'zod'

export interface ChannelDef<I extends z.ZodType, O> {
  input: I
  /** Phantom field that carries the result type; never set at run time. */
  output?: O
}

/** Declares a channel: `channel<Result>()(inputSchema)`. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input })
}

/** The result type of a channel definition. */
export type OutputOf<D> = D extends ChannelDef<z.ZodType, infer O> ? O : never
