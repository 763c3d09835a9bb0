import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { appErrorsFromZod, isValidPhone } from '../../shared/schemas/fields'
import { riskInput, schoolInput, staffInput } from '../../shared/schemas/inputs'
import type { z } from 'zod'

function firstError(schema: z.ZodType, value: unknown): AppErrorData | undefined {
  const result = schema.safeParse(value)
  return result.success ? undefined : appErrorsFromZod(result.error)[0]
}

const validStaff = { name: '李文博', phone: '13903910001', department: '校长室', note: '' }

describe('phone numbers', () => {
  it.each(['13903910001', '0391-3561208', '03913561208', '0371-65432100', '010-12345678', '0391-3561208-801'])('accepts %s', (value) => {
    expect(isValidPhone(value)).toBe(true)
  })

  it.each(['12345', '1390391000', '23903910001', '391-3561208', 'abc', '1390391000a'])('rejects %s', (value) => {
    expect(isValidPhone(value)).toBe(false)
  })

  it('names the field and the value of a bad phone in Chinese', () => {
    const error = firstError(staffInput, { ...validStaff, phone: '12345' })
    expect(error).toMatchObject({ code: 'invalid-phone', field: '联系电话', value: '12345' })
    const message = describeError(error as AppErrorData)
    expect(message).toContain('「联系电话」')
    expect(message).toContain('12345')
    expect(message).toContain('0391-1234567')
  })

  it('normalises full-width digits and spaces', () => {
    const result = staffInput.parse({ ...validStaff, phone: ' １３９０３９１０００１ ' })
    expect(result.phone).toBe('13903910001')
  })
})

describe('text fields', () => {
  it('requires a name', () => {
    const error = firstError(staffInput, { ...validStaff, name: '   ' })
    expect(error).toMatchObject({ code: 'required', field: '姓名' })
    expect(describeError(error as AppErrorData)).toBe('「姓名」不能为空，请填写后再保存。')
  })

  it('rejects a 40,000-character description and says the limit', () => {
    const error = firstError(riskInput, {
      riskPointId: 1,
      hazard: '楼'.repeat(40000),
      factorType: '物的因素',
      accidentTypes: ['01'],
      method: 'direct',
      directLevel: 'low'
    })
    expect(error).toMatchObject({ code: 'too-long', field: '危险有害因素', length: 40000, limit: 500 })
    const message = describeError(error as AppErrorData)
    expect(message).toContain('40000')
    expect(message).toContain('500')
    expect(message.length).toBeLessThan(120)
  })

  it('rejects emoji in a name', () => {
    const error = firstError(staffInput, { ...validStaff, name: '李老师😀' })
    expect(error).toMatchObject({ code: 'emoji-not-allowed', field: '姓名' })
  })

  it('rejects control characters', () => {
    const error = firstError(staffInput, { ...validStaff, name: '李\u0007文博' })
    expect(error).toMatchObject({ code: 'invalid-characters', field: '姓名' })
  })

  it('rejects a name containing <script>', () => {
    const error = firstError(staffInput, { ...validStaff, name: '<script>alert(1)</script>' })
    expect(error).toMatchObject({ code: 'angle-brackets-not-allowed', field: '姓名' })
    expect(describeError(error as AppErrorData)).toContain('< 或 >')
  })

  it('keeps rare CJK characters above U+FFFF', () => {
    expect(staffInput.parse({ ...validStaff, name: '𠮷田' }).name).toBe('𠮷田')
  })

  it('keeps line breaks in multi-line text and collapses them in names', () => {
    const risk = riskInput.parse({
      riskPointId: 1,
      hazard: '第一行\r\n第二行',
      factorType: '物的因素',
      accidentTypes: ['01'],
      method: 'direct',
      directLevel: 'low'
    })
    expect(risk.hazard).toBe('第一行\n第二行')
    expect(staffInput.parse({ ...validStaff, name: '李\n文博' }).name).toBe('李 文博')
  })
})

describe('choices and numbers', () => {
  const validSchool = { name: '焦作市山阳区育英学校', facilities: [] }

  it('rejects a county outside the Jiaozuo list and lists the choices', () => {
    const error = firstError(schoolInput, { ...validSchool, county: '朝阳区' })
    expect(error).toMatchObject({ code: 'invalid-choice', field: '县(市)区', value: '朝阳区' })
    expect(error?.allowed).toContain('山阳区')
  })

  it('rejects a negative pupil count with the range', () => {
    const error = firstError(schoolInput, { ...validSchool, pupilCount: -3 })
    expect(error).toMatchObject({ code: 'out-of-range', field: '学生（幼儿）人数' })
  })

  it('rejects an unknown accident type code', () => {
    const error = firstError(riskInput, { riskPointId: 1, hazard: '地面湿滑', factorType: '环境因素', accidentTypes: ['99'], method: 'lec' })
    expect(error).toMatchObject({ code: 'invalid-choice', field: '事故类型', value: '99' })
  })

  it('accepts the empty optional choices of a new school', () => {
    const school = schoolInput.parse(validSchool)
    expect(school).toMatchObject({ county: '', scope: '', nature: '', category: '', pupilCount: null })
  })
})
