import { describe, expect, it } from 'vitest'
import { riskLevelInfo, riskLevels } from '../../shared/domain/levels'
import { cleanText } from '../../electron/documents/layout/text'
import { bodyBlocks, tables, type Block } from './docx-reader'
import { built } from './build-cache'
import { fixtureSchool, kindergarten } from './fixture'

function document(key: string) {
  return built(key, 'fixture', fixtureSchool).then((parts) => parts['word/document.xml'])
}

function headings(blocks: Block[], level: number): string[] {
  return blocks.filter((block) => block.heading === level).map((block) => block.text)
}

describe('leading-group notice', () => {
  it('has the five parts', async () => {
    const blocks = bodyBlocks(await document('leading-group-notice'))
    expect(headings(blocks, 1)).toEqual(['一、领导小组', '二、领导小组职责', '三、领导小组办公室', '四、办公室职责', '五、工作要求'])
  })

  it('prints title, number, addressees, members and the dated seal line', async () => {
    const texts = bodyBlocks(await document('leading-group-notice')).map((block) => block.text)
    expect(texts[0]).toBe('关于成立双重预防体系建设领导小组的通知')
    expect(texts[1]).toBe('𠮷校〔2026〕12号')
    expect(texts).toContain('各处室、年级组、全体教职工：')
    expect(texts).toContain('组　长：李文博（校长）')
    expect(texts).toContain('副组长：张海涛（副校长）')
    expect(texts).toContain('成　员：刘志强（总务处主任）、吉𠮷（安全办干事）')
    expect(texts.some((text) => text.includes('焦教文〔2020〕18号'))).toBe(true)
    expect(texts).toContain('焦作市山阳区𠮷祥学校（盖章）')
    expect(texts[texts.length - 1]).toBe('2026年9月1日')
  })

  it('names the office director, contact and phone', async () => {
    const texts = bodyBlocks(await document('leading-group-notice')).map((block) => block.text)
    const office = texts.find((text) => text.startsWith('领导小组下设'))
    expect(office).toContain('行政楼二楼安全办')
    expect(office).toContain('张海涛（副校长）')
    expect(office).toContain('联络员：刘志强')
    expect(office).toContain('0391-3561208')
  })

  it('signs a kindergarten manual as 园长', async () => {
    const parts = await built('risk-control-manual', 'kindergarten', kindergarten)
    const texts = bodyBlocks(parts['word/document.xml']).map((block) => block.text)
    expect(texts).toContain('园长：李文博')
    expect(texts).toContain('二、幼儿园概况')
  })

  it('addresses a kindergarten as 各部门、各班级', async () => {
    const parts = await built('leading-group-notice', 'kindergarten', kindergarten)
    const texts = bodyBlocks(parts['word/document.xml']).map((block) => block.text)
    expect(texts).toContain('各部门、各班级、全体教职工：')
  })
})

describe('responsibility lists', () => {
  it('gives every post a section starting on a new page', async () => {
    const blocks = bodyBlocks(await document('responsibility-lists'))
    const posts = fixtureSchool().posts
    const postHeadings = blocks.filter((block) => block.heading === 1 && block.text !== '编制说明')
    expect(postHeadings.map((block) => block.text)).toEqual(posts.map((post, index) => `${['一', '二', '三', '四', '五', '六'][index]}、${post.name}`))
    for (const block of postHeadings) expect(block.xml).toContain('<w:pageBreakBefore/>')
  })

  it('names the holders of each post and signs each list', async () => {
    const xml = await document('responsibility-lists')
    const identity = tables(xml).filter((table) => table.rows[0].text === '岗位所属部门责任人')
    expect(identity.length).toBe(fixtureSchool().posts.length)
    expect(identity.some((table) => table.rows[1].text.includes('冯磊、褚慧'))).toBe(true)
    const texts = bodyBlocks(xml).map((block) => block.text)
    expect(texts.filter((text) => text.startsWith('责任人（签字）：')).length).toBe(fixtureSchool().posts.length)
    expect(texts.filter((text) => text.startsWith('学校负责人（签字）：')).length).toBe(fixtureSchool().posts.length)
  })

  it('lists owned risk points and check items of the post', async () => {
    const blocks = bodyBlocks(await document('responsibility-lists'))
    const start = blocks.findIndex((block) => block.heading === 1 && block.text.endsWith('食堂管理员'))
    const end = blocks.findIndex((block, index) => index > start && block.heading === 1)
    const section = blocks.slice(start, end).map((block) => block.text)
    expect(section.some((text) => /^（.）本岗位负责管控的风险点$/.test(text))).toBe(true)
    expect(section).toContain('1. FX-01 学生食堂（重大风险）')
    expect(section.some((text) => /^（.）本岗位承担的隐患排查项$/.test(text))).toBe(true)
    expect(section).toContain('1. 【学生食堂】燃气管道、阀门和软管完好，无泄漏（每日）。')
  })

  it('marks a post nobody holds as 待安排', async () => {
    const base = fixtureSchool()
    const parts = await built('responsibility-lists', 'unheld-post', () => ({
      ...base,
      posts: base.posts.map((post) => (post.code === 'gatekeeper' ? { ...post, staffIds: [] } : post))
    }))
    const identity = tables(parts['word/document.xml']).filter((table) => table.rows[0].text === '岗位所属部门责任人')
    expect(identity.some((table) => table.rows[1].text.endsWith('（待安排）'))).toBe(true)
  })
})

describe('risk-control manual', () => {
  const chapters = [
    '一、编制说明',
    '二、学校概况',
    '三、组织机构与职责',
    '四、安全风险分级管控制度',
    '五、风险辨识与评价方法',
    '六、风险点登记台账',
    '七、安全风险分级管控清单',
    '八、重大风险管控',
    '九、安全风险四色分布',
    '十、风险告知',
    '十一、持续改进',
    '十二、修订记录',
    '附录　风险评价记录'
  ]

  it('has every chapter in order', async () => {
    expect(headings(bodyBlocks(await document('risk-control-manual')), 1)).toEqual(chapters)
  })

  it('opens with cover, 发布令 signed by the head and contents', async () => {
    const texts = bodyBlocks(await document('risk-control-manual')).map((block) => block.text)
    expect(texts.slice(0, 3)).toEqual(['焦作市山阳区𠮷祥学校', '安全风险分级管控手册', ''])
    expect(texts).toContain('编制单位：焦作市山阳区𠮷祥学校')
    expect(texts).toContain('版 本 号：第1版')
    expect(texts).toContain('发　布　令')
    expect(texts).toContain('校长：李文博')
    expect(texts).toContain('目　　录')
  })

  it('lists every risk in the graded list with its level word, highest first', async () => {
    const xml = await document('risk-control-manual')
    const list = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点危险有害因素'))
    expect(list).toBeDefined()
    const rows = list?.rows.slice(1) ?? []
    const risks = fixtureSchool().riskPoints.flatMap((point) => point.risks)
    expect(rows.length).toBe(risks.length)

    for (const risk of risks) {
      const row = rows.find((candidate) => candidate.text.includes(cleanText(risk.hazard)))
      expect(row, risk.hazard).toBeDefined()
      const levelCell = row?.cells[6]
      expect(levelCell?.text).toBe(riskLevelInfo[risk.level].word)
      expect(levelCell?.xml).toContain(`w:fill="${riskLevelInfo[risk.level].rgb}"`)
    }

    const order = rows.map((row) => riskLevels.findIndex((level) => row.cells[6].text === riskLevelInfo[level].word))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('labels the measures by category', async () => {
    const xml = await document('risk-control-manual')
    const list = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点危险有害因素'))
    const gas = list?.rows.find((row) => row.text.includes('燃气管道、阀门老化泄漏'))
    const measures = gas?.cells[7].text ?? ''
    for (const label of ['工程技术：', '管理：', '培训教育：', '个体防护：', '应急处置：']) expect(measures).toContain(label)
    expect(gas?.cells[4].text).toBe('LECL=3 E=6 C=40')
    expect(gas?.cells[5].text).toBe('D=720')
  })

  it('registers every risk point with its highest level', async () => {
    const xml = await document('risk-control-manual')
    const register = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点编号'))
    const rows = register?.rows.slice(1) ?? []
    expect(rows.map((row) => row.cells[1].text)).toEqual(['FX-01', 'FX-02', 'FX-03', 'FX-04'])
    expect(rows.map((row) => row.cells[6].text)).toEqual(['重大风险', '一般风险', '低风险', '未评价'])
  })

  it('prints the value tables used and the LS matrix', async () => {
    const texts = bodyBlocks(await document('risk-control-manual')).map((block) => block.text)
    for (const caption of ['事故发生的可能性（L）', '暴露于危险环境的频繁程度（E）', '发生事故可能造成的后果（C）', 'LEC法风险分级标准', '后果严重性（S）', 'LS法风险分级标准', 'LS风险矩阵（R＝L×S）', '风险等级及定义']) {
      expect(texts.some((text) => text.endsWith(caption)), caption).toBe(true)
    }
    const xml = await document('risk-control-manual')
    const thresholds = tables(xml).find((table) => table.rows[0].text === '风险等级颜色风险值D管控层级')
    expect(thresholds?.rows.slice(1).map((row) => row.cells[2].text)).toEqual(['D>320', '160≤D≤320', '70≤D<160', 'D<70'])
  })

  it('writes a control plan for each major risk', async () => {
    const texts = bodyBlocks(await document('risk-control-manual')).map((block) => block.text)
    expect(texts).toContain('（二）重大风险管控方案')
    expect(texts.some((text) => text.startsWith('（1）风险描述：FX-01 学生食堂，燃气管道'))).toBe(true)
    expect(texts).toContain('（3）责任人：校长 李文博（13903910001）')
    // The fixture stores no plan, so the parts only a plan gives are named as missing.
    expect(texts.some((text) => text.startsWith('方案待完善：尚未制定专项管控方案') && text.includes('管控目标、资金保障、完成时限尚未填写'))).toBe(true)
  })

  it('colours each area by its highest level', async () => {
    const xml = await document('risk-control-manual')
    const areas = tables(xml).find((table) => table.rows[0].text.startsWith('区域风险点及风险等级'))
    const rows = areas?.rows.slice(1) ?? []
    // The fixture has a drawn map, so the table lists the drawn areas (without a map it groups by 所在区域).
    expect(rows.map((row) => row.cells[0].text)).toEqual(['学生食堂', '校门 & 门卫室', '车棚'])
    expect(rows[0].cells[3].text).toBe('重大风险 · 红')
    expect(rows[0].cells[3].xml).toContain('w:fill="FF0000"')
  })
})

describe('hazard manual', () => {
  it('has every chapter in order', async () => {
    expect(headings(bodyBlocks(await document('hazard-manual')), 1)).toEqual([
      '一、编制说明',
      '二、组织机构与职责',
      '三、隐患排查治理制度',
      '四、隐患分级与分类',
      '五、排查类型与频次',
      '六、隐患排查清单',
      '七、岗位排查清单',
      '八、排查计划',
      '九、记录表格',
      '十、重大事故隐患治理',
      '十一、统计分析与持续改进'
    ])
  })

  it('lists every check item under its risk point', async () => {
    const xml = await document('hazard-manual')
    const list = tables(xml).find((table) => table.rows[0].text.startsWith('序号风险点排查内容排查标准'))
    const text = list?.rows.map((row) => row.text) ?? []
    for (const item of fixtureSchool().checkItems) {
      expect(text.some((row) => row.includes(cleanText(item.content))), item.content).toBe(true)
    }
    expect(text).toContain('FX-04 新建车棚（未评价）')
    expect(text).toContain('该风险点尚无排查项。制定管控措施后生成排查项。')
  })

  it('lists the seven inspection types', async () => {
    const xml = await document('hazard-manual')
    const types = tables(xml).find((table) => table.rows[0].text === '排查类型主要内容排查频次组织实施')
    expect(types?.rows.slice(1).map((row) => row.cells[0].text)).toEqual(['日常排查', '综合排查', '专项排查', '季节性排查', '节假日排查', '事故类比排查', '复课及变更排查'])
  })

  it('groups check items by post', async () => {
    const blocks = bodyBlocks(await document('hazard-manual'))
    const texts = headings(blocks, 2)
    expect(texts).toContain('（一）食堂管理员')
    expect(texts).toContain('（二）门卫')
    expect(texts).toContain('（三）未指定责任岗位的排查项')
    expect(blocks.map((block) => block.text)).toContain('责任人：尤志勇。本岗位承担排查项2项。')
  })

  it('carries the blank forms and the ledger columns', async () => {
    const xml = await document('hazard-manual')
    const texts = bodyBlocks(xml).map((block) => block.text)
    for (const title of ['焦作市山阳区𠮷祥学校隐患排查记录表', '焦作市山阳区𠮷祥学校隐患排查治理台账', '隐患整改通知书', '隐患整改验收单', '重大事故隐患治理方案', '重大事故隐患报告表']) {
      expect(texts, title).toContain(title)
    }
    const ledger = tables(xml).find((table) => table.rows[0].text.startsWith('隐患编号发现日期'))
    expect(ledger?.rows[0].cells.map((cell) => cell.text)).toContain('临时防范措施')
    expect(ledger?.rows[0].cells.length).toBe(21)
  })

  it('plans the year by month', async () => {
    const xml = await document('hazard-manual')
    const plan = tables(xml).find((table) => table.rows[0].text.startsWith('排查项目类型123'))
    const rows = plan?.rows.slice(1).map((row) => row.cells[0].text) ?? []
    for (const item of ['开学前综合排查', '月度综合排查', '汛期前排查（防汛、防雷、防溺水）', '冬季取暖前排查（锅炉和取暖设施、燃气、防一氧化碳中毒）', '寒暑假前排查']) {
      expect(rows, item).toContain(item)
    }
  })
})
