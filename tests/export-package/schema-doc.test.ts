import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { schoolDataSchema } from '../../shared/exchange/school-data'

describe('docs/exchange-format.schema.json', () => {
  it('is the JSON Schema of the current exchange format (run `npm run cli -- schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/exchange-format.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>
    const current = { title: '学校双重预防体系交换格式', ...z.toJSONSchema(schoolDataSchema, { target: 'draft-2020-12' }) }
    expect(committed).toEqual(JSON.parse(JSON.stringify(current)))
  })
})
