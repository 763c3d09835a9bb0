import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { customKeyPrefix, type CustomRiskLibrary } from '../../shared/domain/custom-library'
import { describeError } from '../../shared/errors'
import { measureInput, riskInput, riskPointInput, schoolInput } from '../../shared/schemas/inputs'
import { deriveCheckItems, listCheckItems } from '../../electron/checklist/check-items.service'
import {
  customPointsFor,
  deleteCustomEntry,
  exportCustomLibrary,
  getCustomLibraryInfo,
  importCustomLibrary,
  saveSchoolPointAsCustom,
  updateCustomEntry
} from '../../electron/custom-library/custom-library.service'
import { customPointSchema } from '../../electron/custom-library/custom-library-schema'
import { loadCustomLibrary, loadCustomLibraryForListing } from '../../electron/custom-library/custom-library-store'
import { listPosts, savePost, seedPosts } from '../../electron/posts/posts.service'
import { riskLibraryJsonSchema } from '../../electron/resources/resource-schemas'
import { listLibrary } from '../../electron/risks/library.service'
import { saveMeasure } from '../../electron/risks/measures.service'
import { addRiskPointsFromLibrary, listRiskPoints, saveRiskPoint } from '../../electron/risks/risk-points.service'
import { saveRisk } from '../../electron/risks/risks.service'
import { saveSchool } from '../../electron/school/school.service'
import type { Db } from '../../electron/db/transaction'
import { newSchool, tempFolder } from '../helpers/temp'

/**
 * Adds a point the school wrote itself: one LS-graded risk owned by a post the school added (no built-in code),
 * one LEC-graded risk owned by a built-in post, measures in two categories and derived check items.
 */
async function ownPoint(db: Db) {
  const post = await savePost(db, { id: null, name: '文化长廊管理员', department: '德育处', responsibilities: [], staffIds: [] })
  const point = await saveRiskPoint(db, riskPointInput.parse({ name: '校园文化长廊', kind: 'facility', area: '教学楼东侧', ownerPostId: post.id }))
  const withFirst = await saveRisk(
    db,
    riskInput.parse({
      riskPointId: point.id,
      hazard: '长廊宣传栏固定螺栓锈蚀，大风天气可能坠落',
      factorType: '物的因素',
      consequence: '宣传栏坠落砸伤学生',
      accidentTypes: ['01'],
      method: 'ls',
      lsL: 3,
      lsS: 4,
      ownerPostId: post.id
    })
  )
  const first = withFirst.risks[0]
  await saveMeasure(db, measureInput.parse({ riskId: first.id, category: 'engineering', content: '更换锈蚀螺栓并加装防坠钢丝绳', controlLevel: 'department', ownerPostId: post.id }))
  await saveMeasure(db, measureInput.parse({ riskId: first.id, category: 'management', content: '大风预警前检查宣传栏固定情况', controlLevel: 'department', ownerPostId: post.id }))

  const securityPost = (await seedPosts(db, ['security-director'])).find((candidate) => candidate.code === 'security-director')
  await saveRisk(
    db,
    riskInput.parse({
      riskPointId: point.id,
      hazard: '长廊地面瓷砖雨天湿滑',
      factorType: '环境因素',
      consequence: '学生滑倒摔伤',
      accidentTypes: ['20'],
      method: 'lec',
      lecL: 3,
      lecE: 6,
      lecC: 3,
      ownerPostId: securityPost?.id ?? null
    })
  )
  await deriveCheckItems(db)
  return (await listRiskPoints(db)).find((candidate) => candidate.id === point.id) ?? point
}

function libraryFile(): string {
  return join(tempFolder(), 'custom-library.json')
}

describe('saving a school point as a custom entry', () => {
  it('copies the point and links it', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()

    const result = await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: ['小学'], facilities: [] })
    expect(result.replaced).toBe(false)
    expect(result.entry.key.startsWith(customKeyPrefix)).toBe(true)
    expect(result.entry).toMatchObject({ name: '校园文化长廊', riskCount: 2, measureCount: 2, checkCount: 2, categories: ['小学'] })

    const saved = loadCustomLibrary(file).riskPoints[0]
    expect(saved.ownerPostCode).toBe('文化长廊管理员')
    expect(saved.risks.map((risk) => risk.key)).toEqual([`${result.entry.key}.1`, `${result.entry.key}.2`])
    expect(saved.risks[0].ls).toEqual({ l: 3, s: 4 })
    expect(saved.risks[0].lec).toEqual({ l: 3, e: 6, c: 15 })
    expect(saved.risks[1].lec).toEqual({ l: 3, e: 6, c: 3 })
    expect(saved.risks[1].ownerPostCode).toBe('security-director')
    const checks = await listCheckItems(db)
    expect(saved.risks[0].measures[0].check?.content).toBe(checks[0].content)

    const linked = (await listRiskPoints(db)).find((candidate) => candidate.id === point.id)
    expect(linked?.libraryKey).toBe(result.entry.key)
  })

  it('updates the entry on saving again', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    const first = await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })
    const second = await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '文化长廊（改）', categories: [], facilities: [] })
    expect(second.replaced).toBe(true)
    expect(second.entry.key).toBe(first.entry.key)
    expect(getCustomLibraryInfo(file).entries.map((entry) => entry.name)).toEqual(['文化长廊（改）'])
  })

  it('leaves the built-in library alone', async () => {
    const { db } = await newSchool()
    const [gate] = await addRiskPointsFromLibrary(db, ['gate'])
    const builtinBefore = JSON.stringify(riskLibraryJsonSchema())
    const file = libraryFile()
    const result = await saveSchoolPointAsCustom(db, file, { riskPointId: gate.id, name: '校门（本校做法）', categories: [], facilities: [] })

    expect(result.entry.key).not.toBe('gate')
    expect((await listRiskPoints(db))[0].libraryKey).toBe('gate')
    expect(JSON.stringify(riskLibraryJsonSchema())).toBe(builtinBefore)
    const entries = await listLibrary(db, loadCustomLibrary(file).riskPoints)
    expect(entries.filter((entry) => entry.key === 'gate')).toMatchObject([{ custom: false, added: true }])
    expect(entries.filter((entry) => entry.custom)).toMatchObject([{ key: result.entry.key, name: '校门（本校做法）', added: false }])
  })

  it('rejects a point without risks', async () => {
    const { db } = await newSchool()
    const point = await saveRiskPoint(db, riskPointInput.parse({ name: '空风险点', kind: 'facility' }))
    const file = libraryFile()
    await expect(saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '空风险点', categories: [], facilities: [] })).rejects.toMatchObject({
      data: { code: 'custom-entry-no-risks', value: '空风险点' }
    })
    expect(existsSync(file)).toBe(false)
    expect(describeError({ code: 'custom-entry-no-risks', value: '空风险点' })).toContain('还没有风险')
  })
})

describe('the custom library in another school', () => {
  it('adds a custom point like a built-in one', async () => {
    const first = await newSchool('甲校.school')
    const point = await ownPoint(first.db)
    const file = libraryFile()
    const { entry } = await saveSchoolPointAsCustom(first.db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })

    const second = await newSchool('乙校.school')
    await saveSchool(second.db, schoolInput.parse({ name: '乙校', category: '普通初中', facilities: [] }))
    const listed = await listLibrary(second.db, loadCustomLibraryForListing(file).riskPoints)
    expect(listed.find((item) => item.key === entry.key)).toMatchObject({ custom: true, applies: true, added: false, riskCount: 2 })

    const [added] = await addRiskPointsFromLibrary(second.db, [entry.key], customPointsFor(file, [entry.key]))
    expect(added).toMatchObject({ name: '校园文化长廊', libraryKey: entry.key, area: '教学楼东侧' })
    expect(added.risks.map((risk) => [risk.method, risk.level])).toEqual([
      ['lec', 'high'],
      ['lec', 'low']
    ])
    expect(added.risks[0].measures.map((measure) => measure.category)).toEqual(['engineering', 'management'])

    const posts = await listPosts(second.db)
    const ownerPost = posts.find((post) => post.id === added.ownerPostId)
    expect(ownerPost).toMatchObject({ name: '文化长廊管理员', code: null })
    expect(posts.find((post) => post.id === added.risks[1].ownerPostId)?.code).toBe('security-director')

    const checks = await listCheckItems(second.db)
    expect(checks.filter((check) => check.riskPointId === added.id)).toHaveLength(2)
    expect((await listLibrary(second.db, loadCustomLibrary(file).riskPoints)).find((item) => item.key === entry.key)?.added).toBe(true)
  })
})

describe('editing the custom library', () => {
  it('renames, re-scopes and deletes entries', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    const { entry } = await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })

    const updated = updateCustomEntry(file, { key: entry.key, name: '文化长廊宣传栏', area: '东侧长廊', description: '宣传栏和长廊地面', categories: ['小学', '幼儿园'], facilities: ['canteen'] })
    expect(updated.entries[0]).toMatchObject({ name: '文化长廊宣传栏', area: '东侧长廊', categories: ['小学', '幼儿园'], facilities: ['canteen'], riskCount: 2 })
    expect(updated.updated).not.toBe('')

    expect(() => updateCustomEntry(file, { key: 'custom:missing', name: 'x', area: '', description: '', categories: [], facilities: [] })).toThrow(/not-found/)
    expect(deleteCustomEntry(file, entry.key).entries).toEqual([])
  })
})

describe('export and import', () => {
  it('round-trips and merges by key', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })
    const exported = join(tempFolder(), '导出.json')
    expect(exportCustomLibrary(file, exported)).toMatchObject({ fileName: '导出.json', entries: 1 })

    const other = libraryFile()
    const first = importCustomLibrary(other, exported)
    expect(first).toMatchObject({ imported: true, added: 1, replaced: 0, problems: [] })
    expect(loadCustomLibrary(other).riskPoints).toEqual(loadCustomLibrary(file).riskPoints)

    const again = importCustomLibrary(other, exported)
    expect(again).toMatchObject({ imported: true, added: 0, replaced: 1 })
    expect(loadCustomLibrary(other).riskPoints).toHaveLength(1)
  })

  it('rejects a broken file unchanged', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    const { entry } = await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })
    const before = readFileSync(file)

    const broken = JSON.parse(before.toString('utf8')) as CustomRiskLibrary
    const good = broken.riskPoints[0]
    broken.riskPoints = [
      { ...good, key: 'custom:second', risks: good.risks.map((risk) => ({ ...risk, key: risk.key.replace(entry.key, 'custom:second') })) },
      { ...good, key: 'gate' },
      {
        ...good,
        key: 'custom:third',
        appliesTo: { categories: ['大学' as never], facilities: [] },
        risks: [{ ...good.risks[0], key: 'custom:third.1', hazard: '', lec: { l: 4, e: 6, c: 15 }, measures: [{ category: 'paperwork' as never, content: '制度上墙' }] }]
      }
    ]
    const source = join(tempFolder(), '有问题的风险库.json')
    writeFileSync(source, JSON.stringify(broken))

    const result = importCustomLibrary(file, source)
    expect(result.imported).toBe(false)
    expect(readFileSync(file)).toEqual(before)

    const messages = result.problems.map((problem) => `${problem.key ?? ''} ${problem.message}`)
    expect(result.problems.every((problem) => problem.key !== null)).toBe(true)
    expect(messages.some((text) => text.startsWith('gate') && text.includes('「风险点编号」“gate”格式不对') && text.includes('custom:'))).toBe(true)
    expect(messages.some((text) => text.includes('custom:third') && text.includes('「适用学校类别第 1 项」“大学”不在可选范围内'))).toBe(true)
    expect(messages.some((text) => text.includes('custom:third.1') && text.includes('「危险有害因素」不能为空'))).toBe(true)
    expect(messages.some((text) => text.includes('custom:third.1') && text.includes('「LEC 的 L」的取值“4”不在评价标准的分值表中'))).toBe(true)
    expect(messages.some((text) => text.includes('第 1 条管控措施') && text.includes('“paperwork”不在可选范围内') && text.includes('engineering（工程技术措施）'))).toBe(true)
    expect(result.problems.filter((problem) => problem.key === 'custom:second')).toEqual([])
  })

  it('reports a non-library file', () => {
    const file = libraryFile()
    const notJson = join(tempFolder(), '坏文件.json')
    writeFileSync(notJson, '{ "format": ')
    expect(importCustomLibrary(file, notJson).problems[0]).toMatchObject({ key: null, message: expect.stringContaining('不是有效的 JSON') })

    const builtinShaped = join(tempFolder(), '内置格式.json')
    writeFileSync(builtinShaped, JSON.stringify({ version: '1', riskPoints: [] }))
    expect(importCustomLibrary(file, builtinShaped).problems[0].message).toContain('不是本软件导出的自定义风险库')
    expect(existsSync(file)).toBe(false)
  })

  it('replaces everything with replaceAll', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })
    const empty = join(tempFolder(), '空库.json')
    writeFileSync(empty, JSON.stringify({ ...loadCustomLibrary(file), name: '空的风险库', riskPoints: [] }))

    const result = importCustomLibrary(file, empty, { replaceAll: true })
    expect(result).toMatchObject({ imported: true, added: 0, replaced: 0, removed: 1 })
    expect(loadCustomLibrary(file)).toMatchObject({ name: '空的风险库', riskPoints: [] })
  })

  it('protects a damaged library file', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    writeFileSync(file, 'not json at all')
    await expect(saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })).rejects.toMatchObject({
      data: { code: 'custom-library-damaged' }
    })
    expect(readFileSync(file, 'utf8')).toBe('not json at all')
    expect(loadCustomLibraryForListing(file).riskPoints).toEqual([])
    expect((await listRiskPoints(db)).find((candidate) => candidate.id === point.id)?.libraryKey).toBeNull()
  })
})

describe('custom library schema', () => {
  it('matches the built-in point fields', () => {
    const builtin = riskLibraryJsonSchema() as { properties: { riskPoints: { items: { properties: Record<string, unknown> } } } }
    const builtinFields = Object.keys(builtin.properties.riskPoints.items.properties).sort()
    expect(Object.keys(customPointSchema.shape).sort()).toEqual(builtinFields)
  })

  it('accepts the file it writes', async () => {
    const { db } = await newSchool()
    const point = await ownPoint(db)
    const file = libraryFile()
    await saveSchoolPointAsCustom(db, file, { riskPointId: point.id, name: '校园文化长廊', categories: [], facilities: [] })
    const text = readFileSync(file, 'utf8')
    expect(customPointSchema.safeParse((JSON.parse(text) as CustomRiskLibrary).riskPoints[0]).success).toBe(true)
  })
})
