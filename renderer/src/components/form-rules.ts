import type { Rule } from 'antd/es/form'
import type { z } from 'zod'
import { describeError } from '@shared/errors'
import { appErrorsFromZod } from '@shared/schemas/fields'

/**
 * An antd form rule that runs a field schema from shared/schemas, so the window shows exactly the
 * message the Node side would return for the same value. `toInput` converts a control's value (e.g. a
 * date picker's day) to what the channel receives. `action` is the verb of the form's button when it is
 * not 保存 (e.g. 退回整改), so "请填写后再…" names the button on screen.
 */
export function schemaRule(schema: z.ZodType, toInput?: (value: unknown) => unknown, action?: string): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(toInput ? toInput(value) : value)
      if (result.success) return
      const [first] = appErrorsFromZod(result.error)
      throw new Error(first ? describeError(first, { action }) : '填写有误')
    }
  }
}

/**
 * Returns a rule that requires a value, with the sentence the Node side uses for a missing field: 请选择… for a
 * control the user picks from (`choice`), 不能为空，请填写… for one typed in.
 */
export function requiredRule(field: string, kind: 'typed' | 'choice' = 'typed'): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
      if (empty) throw new Error(describeError({ code: kind === 'choice' ? 'required-choice' : 'required', field }))
    }
  }
}
