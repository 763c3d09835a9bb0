import { describe, expect, it } from 'vitest'
import { schoolCategories } from '../../shared/domain/school'
import { builtinPostInWording, resolveUnitWording } from '../../shared/domain/unit-wording'
import { builtinPosts, defaultPolicies } from '../../electron/resources/builtin'

/** Any dual school/kindergarten form, with full-width or ASCII brackets. */
const dualForm = /[（(]园[）)]|[（(]幼儿[）)]|幼儿园[，,]\s*下同/

/** Every built-in text a school file can receive: post names, departments, duties, policy titles and bodies. */
const builtinTexts = [
  ...builtinPosts.flatMap((post) => [post.name, post.department, ...post.responsibilities.map((item) => item.content)]),
  ...defaultPolicies.flatMap((policy) => [policy.title, policy.body])
]

describe('resolveUnitWording', () => {
  it.each([
    ['校（园）长室', '校长室', '园长室'],
    ['在分管安全副校（园）长领导下', '在分管安全副校长领导下', '在分管安全副园长领导下'],
    ['协助本校（园）开展法治教育', '协助本校开展法治教育', '协助本园开展法治教育'],
    ['每学期至少到校（园）参加一次', '每学期至少到校参加一次', '每学期至少到园参加一次'],
    ['帮助学生（幼儿）落座', '帮助学生落座', '帮助幼儿落座'],
    ['本制度适用于学校（幼儿园，下同）全体教职员工', '本制度适用于学校全体教职员工', '本制度适用于幼儿园全体教职员工'],
    ['校(园)长和学生(幼儿)', '校长和学生', '园长和幼儿']
  ])('resolves %s', (text, school, nursery) => {
    expect(resolveUnitWording(text, '小学')).toBe(school)
    expect(resolveUnitWording(text, '幼儿园')).toBe(nursery)
  })

  it('drops the kindergarten mapping sentence for a school only', () => {
    const text = '外包单位人员。幼儿园的园长、副园长分别履行本制度规定的校长、副校长职责。\n第三条'
    expect(resolveUnitWording(text, '一贯制学校')).toBe('外包单位人员。\n第三条')
    expect(resolveUnitWording(text, '幼儿园')).toBe(text)
  })

  it('leaves text alone while the category is not chosen', () => {
    expect(resolveUnitWording('校（园）长室', '')).toBe('校（园）长室')
  })

  it('resolves every dual form of the built-in texts', () => {
    expect(builtinTexts.filter((text) => dualForm.test(text)).length).toBeGreaterThan(0)
    for (const category of schoolCategories) {
      for (const text of builtinTexts) expect(resolveUnitWording(text, category), `${category}: ${text}`).not.toMatch(dualForm)
    }
  })

  it('leaves no kindergarten sentence in a school policy', () => {
    for (const policy of defaultPolicies) expect(resolveUnitWording(policy.body, '普通初中'), policy.title).not.toContain('幼儿园的')
  })

  it('resolves a built-in post', () => {
    const legal = builtinPosts.find((post) => post.code === 'legal-deputy')
    if (!legal) throw new Error('built-in post legal-deputy not found')
    expect(builtinPostInWording(legal, '幼儿园')).toMatchObject({ name: '法治副校长', department: '园长室' })
    expect(builtinPostInWording(legal, '小学').responsibilities[0].content).toMatch(/^协助本校开展/)
  })
})
