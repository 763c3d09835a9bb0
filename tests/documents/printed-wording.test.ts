import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { wideSpace } from '../../electron/documents/layout/text'
import { bodyBlocks, tables, type Block } from './docx-reader'
import { built } from './build-cache'
import { fixtureSchool, kindergarten } from './fixture'

type DataRisk = SchoolData['riskPoints'][number]['risks'][number]

async function blocksOf(key: string, variant: string, data: () => SchoolData): Promise<Block[]> {
  return bodyBlocks((await built(key, variant, data))['word/document.xml'])
}

async function textsOf(key: string, variant: string, data: () => SchoolData): Promise<string[]> {
  return (await blocksOf(key, variant, data)).map((block) => block.text)
}

/** Returns the fixture school with its posts and roster changed: `holders` maps a post id to the staff ids holding it. */
function withHolders(holders: Record<number, number[]>, staffCount: number | null = 132): SchoolData {
  const base = fixtureSchool()
  const posts = base.posts.map((post) => ({ ...post, staffIds: holders[post.id] ?? [] }))
  const staff = base.staff.map((person) => ({ ...person, postIds: posts.filter((post) => post.staffIds.includes(person.id)).map((post) => post.id) }))
  return fixtureSchool({ posts, staff, school: { ...base.school, staffCount } })
}

/** Returns the fixture's post holders plus 吉𠮷 (staff 8, without a post there) as a second gatekeeper. */
const everyoneHolds = { 1: [1], 2: [2], 3: [3], 4: [4, 5], 5: [6], 6: [7, 8] }

function coverageText(texts: string[]): string {
  return texts.find((text) => text.startsWith('本清单依据')) ?? ''
}

describe('responsibility list coverage', () => {
  it('counts posts without people and staff without posts', async () => {
    const texts = await textsOf('responsibility-lists', 'coverage-unassigned', () => withHolders({ 1: [1], 2: [2], 3: [3], 4: [4, 5] }))
    const text = coverageText(texts)
    expect(text).toContain(
      '本清单列出我校全部6个岗位，其中2个岗位尚未安排人员（清单中标为“待安排”），安排后重新生成本清单。教职工名册在册8人，其中3人尚未安排岗位；学校概况填报教职工132人，名册以外的教职员工按所在岗位的清单履行安全职责。'
    )
    expect(text).not.toContain('全员覆盖')
  })

  it('names the one person without a post', async () => {
    const text = coverageText(await textsOf('responsibility-lists', 'fixture', () => fixtureSchool()))
    expect(text).toContain('本清单列出我校全部6个岗位，每个岗位均已安排人员。教职工名册在册8人，其中1人尚未安排岗位；学校概况填报教职工132人')
    expect(text).not.toContain('全员覆盖')
  })

  it('claims full coverage and compares the roster with the profile', async () => {
    const text = coverageText(await textsOf('responsibility-lists', 'coverage-full', () => withHolders(everyoneHolds)))
    expect(text).toContain(
      '本清单覆盖我校全部6个岗位，每个岗位均已安排人员，做到全员覆盖、不留空白。教职工名册在册8人，学校概况填报教职工132人，名册以外的教职员工按所在岗位的清单履行安全职责。'
    )
  })

  it.each([
    ['matching', 8],
    ['unknown', null]
  ] as const)('covers the roster when the profile count is %s', async (variant, staffCount) => {
    const text = coverageText(await textsOf('responsibility-lists', `coverage-${variant}`, () => withHolders(everyoneHolds, staffCount)))
    expect(text).toContain('本清单覆盖我校全部6个岗位和在册的8名教职员工，做到全员覆盖、不留空白。')
    expect(text).not.toContain('名册以外')
  })
})

/** The fixture school with the gas risk (its only major risk) owned as given, and the food risk made major when asked. */
function majorRisksOwnedBy(gasOwner: Pick<DataRisk, 'ownerPostId' | 'ownerStaffId'>, foodMajor = false): SchoolData {
  const data = fixtureSchool()
  Object.assign(data.riskPoints[0].risks[0], gasOwner)
  if (foodMajor) Object.assign(data.riskPoints[0].risks[1], { level: 'major', score: 20, lsL: 4, lsS: 5 })
  return data
}

describe('major risk responsibility sentence', () => {
  it('says the head is responsible when the head owns every major risk', async () => {
    const data = () => majorRisksOwnedBy({ ownerPostId: 1, ownerStaffId: 1 })
    expect(await textsOf('major-risk-report', 'duty-head', data)).toContain('经辨识评价，学校共有重大风险1项，均由学校级管控，校长负责。清单如下：')
    expect(await textsOf('risk-control-manual', 'duty-head', data)).toContain('经辨识评价，学校共有重大风险1项，均由学校级管控，校长负责。重大风险清单如下：')
  })

  it('names overall and direct responsibility when others own them', async () => {
    const data = () => majorRisksOwnedBy({ ownerPostId: 2, ownerStaffId: 2 })
    const sentence = '经辨识评价，学校共有重大风险1项，均由学校级管控，校长总负责，各项风险由表中所列责任人具体负责落实管控措施。'
    expect(await textsOf('major-risk-report', 'duty-deputy', data)).toContain(`${sentence}清单如下：`)
    expect(await textsOf('risk-control-manual', 'duty-deputy', data)).toContain(`${sentence}重大风险清单如下：`)
  })

  it('counts the control levels when they differ', async () => {
    // The food risk is controlled at department level and owned by the canteen manager.
    const texts = await textsOf('major-risk-report', 'duty-mixed', () => majorRisksOwnedBy({ ownerPostId: 1, ownerStaffId: 1 }, true))
    expect(texts).toContain('经辨识评价，学校共有重大风险2项，其中学校级管控1项、部门级管控1项，校长总负责，各项风险由表中所列责任人具体负责落实管控措施。清单如下：')
  })
})

describe('policy article numbers', () => {
  const spaced = () =>
    fixtureSchool({
      policies: [{ id: 1, kind: 'risk-control', title: '安全风险分级管控制度', body: '第一章 总则\n第一条 为甲。\n第二条　乙。\n第三条丙。\n第二章　附则\n第四章附录', sortOrder: 1 }]
    })

  it('sets a full-width space after every article number', async () => {
    const blocks = await blocksOf('risk-control-manual', 'policy-spaces', spaced)
    const articles = blocks.filter((block) => /^第[一二三]条/.test(block.text))
    expect(articles.map((block) => block.text)).toEqual([`第一条${wideSpace}为甲。`, `第二条${wideSpace}乙。`, `第三条${wideSpace}丙。`])
    // The number and its space are one 黑体 run, so the space stays between number and text.
    for (const article of articles) expect(article.xml).toMatch(/w:eastAsia="黑体"[^]*?<w:t xml:space="preserve">第.条\u3000<\/w:t>/)
  })

  it('keeps chapters centred with one full-width space', async () => {
    const blocks = await blocksOf('risk-control-manual', 'policy-spaces', spaced)
    const chapters = blocks.filter((block) => /^第[一二三四]章/.test(block.text))
    expect(chapters.map((block) => block.text)).toEqual([`第一章${wideSpace}总则`, `第二章${wideSpace}附则`, `第四章${wideSpace}附录`])
    for (const chapter of chapters) expect(chapter.xml).toContain('<w:jc w:val="center"/>')
  })

  it('prints the built-in policies with the space', async () => {
    const texts = await textsOf('risk-control-manual', 'fixture', () => fixtureSchool())
    expect(texts).toContain(`第四条${wideSpace}风险分级管控坚持全员参与、全面覆盖、分级负责、动态管理的原则。`)
    expect(texts.some((text) => /^第[一二三四五六七八九十]+条[^\u3000]/.test(text))).toBe(false)
  })
})

describe('school and kindergarten wording', () => {
  /** Builds a post copied from the built-in list before wording was resolved, so its texts keep the dual forms. */
  function withLegalDeputy(data: SchoolData): SchoolData {
    const post = {
      id: 99,
      code: 'legal-deputy',
      name: '法治副校长',
      department: '校（园）长室',
      sortOrder: 99,
      responsibilities: [{ id: 999, kind: 'duty' as const, content: '协助本校（园）开展法治教育和安全教育，每学期至少为师生或家长授课、讲座一次。' }],
      staffIds: []
    }
    return { ...data, posts: [...data.posts, post] }
  }

  it('prints a school stored text in the school wording', async () => {
    const texts = await textsOf('responsibility-lists', 'wording-school', () => withLegalDeputy(fixtureSchool()))
    const all = texts.join('\n')
    expect(all).toContain('1. 协助本校开展法治教育和安全教育')
    const table = tables((await built('responsibility-lists', 'wording-school', () => withLegalDeputy(fixtureSchool())))['word/document.xml']).find(
      (candidate) => candidate.rows[1]?.cells[0]?.text === '法治副校长'
    )
    expect(table?.rows[1].cells[1].text).toBe('校长室')
    expect(all).not.toMatch(/（园）|（幼儿/)
  })

  it('prints a kindergarten stored text in the kindergarten wording', async () => {
    const all = (await textsOf('responsibility-lists', 'wording-kindergarten', () => withLegalDeputy(kindergarten()))).join('\n')
    expect(all).toContain('协助本园开展法治教育和安全教育')
    expect(all).not.toMatch(/（园）|（幼儿/)
  })

  it('resolves the built-in policies in both manuals', async () => {
    for (const key of ['risk-control-manual', 'hazard-manual']) {
      const school = (await textsOf(key, 'fixture', () => fixtureSchool())).join('\n')
      expect(school, key).toContain('本制度适用于学校')
      expect(school, key).not.toMatch(/幼儿园，下同|幼儿园的园长、副园长/)
    }
    const nursery = (await textsOf('risk-control-manual', 'kindergarten', kindergarten)).join('\n')
    expect(nursery).toContain('本制度适用于幼儿园校园内全部设施、场所')
    expect(nursery).toContain('幼儿园的园长、副园长分别履行本制度规定的校长、副校长职责。')
    expect(nursery).not.toContain('幼儿园，下同')
  })
})

describe('major risk report consequences', () => {
  function consequenceOf(texts: Block[]): string {
    const form = tables(`<w:body>${texts.map((block) => block.xml).join('')}</w:body>`).find((table) => table.rows[0]?.cells[0]?.text === '学校名称')
    return form?.rows.find((row) => row.cells[0].text === '可能导致的后果')?.cells[1].text ?? ''
  }

  it.each([
    ['named in other words', '校舍局部或整体倒塌，造成群死群伤', ['10'], '校舍局部或整体倒塌，造成群死群伤'],
    ['partly named', '燃气爆炸，人员伤亡', ['18', '08'], '燃气爆炸，人员伤亡；火灾'],
    ['named by its own name', '大批学生食物中毒', ['S02'], '大批学生食物中毒'],
    ['not named', '人员受伤', ['01', '20'], '人员受伤；物体打击、其他伤害'],
    ['named as drowning', '多名学生溺亡', ['S07', '06'], '多名学生溺亡'],
    ['naming each other', '学生下河游泳', ['S07', '06'], '学生下河游泳；校外溺水']
  ])('leaves out accident types %s', async (variant, consequence, accidentTypes, expected) => {
    const data = () => {
      const school = fixtureSchool()
      Object.assign(school.riskPoints[0].risks[0], { consequence, accidentTypes })
      return school
    }
    expect(consequenceOf(await blocksOf('major-risk-report', `consequence-${variant}`, data))).toBe(expected)
  })
})
