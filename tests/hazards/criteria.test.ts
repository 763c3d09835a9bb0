import { describe, expect, it } from 'vitest'
import { AppError, describeError } from '../../shared/errors'
import { defaultMajorHazardCriteria, majorHazardAreas, nextCriteriaVersion } from '../../shared/domain/major-hazard-criteria'
import { majorHazardCriteriaInput } from '../../shared/schemas/hazard-inputs'
import { appErrorsFromZod } from '../../shared/schemas/fields'
import { getMajorHazardCriteria, resetMajorHazardCriteria, saveMajorHazardCriteria } from '../../electron/hazards/criteria.service'
import { hazardSchool, register } from './fixture'

function withExtra(text: string) {
  return majorHazardCriteriaInput.parse({
    name: '本校重大事故隐患判定情形',
    criteria: [...defaultMajorHazardCriteria.criteria, { code: 'SD-01', area: 'utilities', text }]
  })
}

describe('major-hazard criteria', () => {
  it('start from the built-in list with a code, area and text each', async () => {
    const school = await hazardSchool()
    const criteria = await getMajorHazardCriteria(school.schoolDb.db)
    expect(criteria).toEqual(defaultMajorHazardCriteria)
    expect(criteria.criteria.filter((criterion) => criterion.area === 'fire')).toHaveLength(12)
    expect(new Set(criteria.criteria.map((criterion) => criterion.code)).size).toBe(criteria.criteria.length)
    for (const criterion of criteria.criteria) expect(majorHazardAreas).toContain(criterion.area)
  })

  it('save under the next version and are used for grading at once', async () => {
    const school = await hazardSchool()
    const saved = await saveMajorHazardCriteria(school.schoolDb.db, withExtra('燃气管道或阀门泄漏仍在使用'))
    expect(saved.version).toBe('MOE-2024-20-r1')
    expect(nextCriteriaVersion(saved.version)).toBe('MOE-2024-20-r2')
    expect(await getMajorHazardCriteria(school.schoolDb.db)).toEqual(saved)

    const { hazard } = await register(school, { majorCriteria: ['SD-01'] })
    expect(hazard.grade).toBe('major')
  })

  it('keep a criterion in use, rewording allowed', async () => {
    const school = await hazardSchool()
    await saveMajorHazardCriteria(school.schoolDb.db, withExtra('燃气泄漏'))
    await register(school, { majorCriteria: ['SD-01'] })

    const reworded = await saveMajorHazardCriteria(school.schoolDb.db, withExtra('燃气管道、阀门泄漏仍在使用'))
    expect(reworded.criteria.at(-1)?.text).toBe('燃气管道、阀门泄漏仍在使用')

    try {
      await resetMajorHazardCriteria(school.schoolDb.db)
      throw new Error('expected the reset to be refused')
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect(describeError((error as AppError).data)).toBe(
        '「重大事故隐患判定情形」“SD-01”仍在使用中（隐患 YH-2026-0001 按这一情形判定为重大事故隐患，只能修改文字，不能删除），请先解除关联后再删除。'
      )
    }
  })

  it('refuse duplicate codes and empty texts in the input, naming the row', () => {
    const duplicate = majorHazardCriteriaInput.safeParse({ name: '清单', criteria: [{ code: 'A-1', area: 'fire', text: '甲' }, { code: 'A-1', area: 'food', text: '乙' }] })
    expect(duplicate.success).toBe(false)
    if (!duplicate.success) expect(appErrorsFromZod(duplicate.error)[0]).toMatchObject({ code: 'duplicate-name', field: '第 2 条判定情形的编号', value: 'A-1' })

    const empty = majorHazardCriteriaInput.safeParse({ name: '清单', criteria: [{ code: 'A-1', area: 'fire', text: ' ' }] })
    if (!empty.success) expect(appErrorsFromZod(empty.error)[0]).toMatchObject({ code: 'required', field: '第 1 条判定情形的内容' })
    expect(empty.success).toBe(false)
  })
})
