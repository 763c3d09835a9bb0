import { describe, expect, it } from 'vitest'
import { postInput, schoolInput, staffInput } from '../../shared/schemas/inputs'
import { builtinPostsFor, deletePost, listPosts, savePost, seedPosts } from '../../electron/posts/posts.service'
import { saveStaff, listStaff } from '../../electron/staff/staff.service'
import { saveSchool } from '../../electron/school/school.service'
import { dumpContent } from '../helpers/dump'
import { newSchool } from '../helpers/temp'

describe('posts', () => {
  it('offers kindergarten posts to a kindergarten and school posts to a school', () => {
    const kindergarten = builtinPostsFor('幼儿园').map((post) => post.name)
    const school = builtinPostsFor('小学').map((post) => post.name)
    expect(kindergarten).toContain('保育员')
    expect(kindergarten).not.toContain('班主任')
    expect(school).toContain('班主任')
    expect(school).not.toContain('保育员')
    expect(school).toContain('门卫')
  })

  it('seeds built-in posts with their responsibility lists, once', async () => {
    const { db } = await newSchool()
    await seedPosts(db, ['principal', 'class-teacher'])
    const again = await seedPosts(db, ['principal', 'class-teacher'])
    expect(again.map((post) => post.name)).toEqual(['校长', '班主任'])
    expect(again[1].responsibilities.length).toBeGreaterThanOrEqual(5)
    expect(new Set(again[1].responsibilities.map((item) => item.kind))).toEqual(new Set(['duty', 'risk', 'check', 'emergency', 'training']))
  })

  it.each([
    ['小学', '校长室', '协助本校开展'],
    ['幼儿园', '园长室', '协助本园开展']
  ] as const)('copies a built-in post in the wording of a %s', async (category, department, duty) => {
    const { db } = await newSchool()
    await saveSchool(db, schoolInput.parse({ name: '焦作市解放区实验学校', category }))
    const [post] = await seedPosts(db, ['legal-deputy'])
    expect(post.department).toBe(department)
    expect(post.responsibilities[0].content.startsWith(duty)).toBe(true)
    expect(builtinPostsFor(category).find((offered) => offered.code === 'legal-deputy')?.department).toBe(department)
  })

  it('saves a custom post with duties and staff, and refuses a duplicate name', async () => {
    const { db } = await newSchool()
    const person = await saveStaff(db, staffInput.parse({ name: '何秀兰' }))
    const post = await savePost(
      db,
      postInput.parse({ name: '午休值班教师', department: '德育处', responsibilities: [{ kind: 'duty', content: '午休期间巡查宿舍' }], staffIds: [person.id] })
    )
    expect(post).toMatchObject({ code: null, name: '午休值班教师', staffIds: [person.id] })
    expect((await listStaff(db))[0].postIds).toEqual([post.id])

    await expect(savePost(db, postInput.parse({ name: '午休值班教师', responsibilities: [], staffIds: [] }))).rejects.toMatchObject({
      data: { code: 'duplicate-name', field: '岗位名称', value: '午休值班教师' }
    })
  })

  it('leaves the file unchanged when a save fails half-way', async () => {
    const { db, sqlite } = await newSchool()
    const [post] = await seedPosts(db, ['gatekeeper'])
    const before = dumpContent(sqlite)

    const failing = postInput.parse({
      id: post.id,
      name: '门卫（白班）',
      responsibilities: [{ kind: 'duty', content: '新的职责' }],
      staffIds: [4242]
    })
    await expect(savePost(db, failing)).rejects.toMatchObject({ data: { code: 'not-found', field: '岗位人员' } })
    expect(dumpContent(sqlite)).toBe(before)
  })

  it('deletes a post with its responsibilities', async () => {
    const { db, sqlite } = await newSchool()
    const [post] = await seedPosts(db, ['cleaner'])
    await deletePost(db, post.id)
    expect(await listPosts(db)).toHaveLength(0)
    expect(sqlite.prepare('SELECT count(*) AS n FROM responsibility').get()).toEqual({ n: 0 })
  })
})

describe('kindergarten post equivalents', () => {
  it('maps every school-only built-in post to a kindergarten post', async () => {
    const { builtinPosts, kindergartenPostEquivalents, findBuiltinPost } = await import('../../electron/resources/builtin')
    for (const post of builtinPosts.filter((candidate) => candidate.audience === 'school')) {
      const target = kindergartenPostEquivalents[post.code]
      expect(target, post.code).toBeDefined()
      expect(findBuiltinPost(target)?.audience, post.code).toBe('kindergarten')
    }
  })
})
