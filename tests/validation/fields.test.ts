import { describe, expect, it } from 'vitest'
import { describeError, type AppErrorData } from '../../shared/errors'
import { appErrorsFromZod, isValidPhone, notFutureDate } from '../../shared/schemas/fields'
import { policyInput, riskInput, schoolInput, staffInput } from '../../shared/schemas/inputs'
import { quickGradeInput } from '../../shared/schemas/notice-inputs'
import { addDays } from '../../shared/domain/training-summary'
import { localDate } from '../../shared/domain/local-date'
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

  it('quotes the text around an emoji in a long body', () => {
    // A 2,000-character 制度文本 whose emoji sits deep inside the 第三条; padEnd counts the emoji as two units.
    const opening = '第一章 总则 第一条 为全面辨识校园安全风险，'.padEnd(1200, '，落实管控措施')
    const body = `${opening}第三条 安全办负责😀组织风险评价工作。`.padEnd(2001, '本制度自发布之日起施行。')
    expect([...body]).toHaveLength(2000)
    const error = firstError(policyInput, { id: 1, title: '安全风险分级管控制度', body })
    expect(error).toMatchObject({ code: 'emoji-not-allowed', field: '制度正文', value: '…三条 安全办负责😀组织风险评价工作…' })
    expect(describeError(error as AppErrorData)).toBe('「制度正文」“…三条 安全办负责😀组织风险评价工作…”含有表情符号，打印的手册无法显示，请删除表情符号后再保存。')
  })

  it('quotes a short text with an emoji whole', () => {
    expect(firstError(staffInput, { ...validStaff, name: '李老师😀' })).toMatchObject({ value: '李老师😀' })
    expect(firstError(staffInput, { ...validStaff, note: '😀'.concat('一二三四五六七八九') })).toMatchObject({ value: '😀一二三四五六七八…' })
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
    expect(error).toMatchObject({ code: 'invalid-choice', field: '县（市、区）', value: '朝阳区' })
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

  it('asks to choose a missing choice, not to fill it in', () => {
    const error = firstError(quickGradeInput, { riskId: 1, level: '' })
    expect(error).toMatchObject({ code: 'required-choice', field: '风险等级' })
    expect(describeError(error as AppErrorData)).toBe('请选择「风险等级」后再保存。')
  })

  it('asks to choose a factor type and an accident type', () => {
    const risk = { riskPointId: 1, hazard: '地面湿滑', factorType: '环境因素', accidentTypes: ['01'], method: 'direct', directLevel: 'low' }
    expect(describeError(firstError(riskInput, { ...risk, factorType: null }) as AppErrorData)).toBe('请选择「因素类别」后再保存。')
    expect(describeError(firstError(riskInput, { ...risk, accidentTypes: [] }) as AppErrorData)).toBe('请选择「事故类型」后再保存。')
  })

  it('accepts the empty optional choices of a new school', () => {
    const school = schoolInput.parse(validSchool)
    expect(school).toMatchObject({ county: '', scope: '', nature: '', category: '', pupilCount: null })
  })
})

describe('dates not after today', () => {
  const reportedOn = notFutureDate('上报日期')
  const today = localDate(new Date())

  it('accepts today, an earlier day and no date', () => {
    expect(reportedOn.parse(today)).toBe(today)
    expect(reportedOn.parse(addDays(today, -30))).toBe(addDays(today, -30))
    expect(reportedOn.parse('')).toBeNull()
  })

  it('rejects tomorrow with the field and today named', () => {
    const tomorrow = addDays(today, 1)
    const error = firstError(reportedOn, tomorrow)
    expect(error).toMatchObject({ code: 'out-of-range', field: '上报日期', value: tomorrow })
    expect(describeError(error as AppErrorData)).toBe(`「上报日期」“${tomorrow}”超出范围，不能晚于今天（${today}）。`)
  })
})
