import type { Rule } from 'antd/es/form'
import type { z } from 'zod'
import { describeError } from '@shared/errors'
import { appErrorsFromZod } from '@shared/schemas/fields'

/**
 * An antd form rule that runs a field schema from shared/schemas, so the window shows exactly the
 * message the Node side would return for the same value. `toInput` converts a control's value (e.g. a
 * date picker's day) to what the channel receives.
 */
export function schemaRule(schema: z.ZodType, toInput?: (value: unknown) => unknown): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(toInput ? toInput(value) : value)
      if (result.success) return
      const [first] = appErrorsFromZod(result.error)
      throw new Error(first ? describeError(first) : '填写有误')
    }
  }
}

/** Returns a rule that requires a value, with the sentence the Node side uses for a missing field. */
export function requiredRule(field: string): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
      if (empty) throw new Error(describeError({ code: 'required', field }))
    }
  }
}
