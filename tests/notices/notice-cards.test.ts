import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import type { CardSize } from '../../shared/domain/notices'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildPointRiskCards, buildPostRiskCards } from '../../electron/documents/risk-notice-cards'
import { fitQrText, qrByteLimit, utf8Bytes } from '../../electron/documents/risk-notice-cards/qr-code'
import { papers } from '../../electron/documents/layout/units'
import { readDocx, tables, type TableInfo } from '../documents/docx-reader'
import { docxPictures, embeddedIds, pageSizes } from './docx-media'
import { noticeFixture, type NoticeOptions } from './fixtures'

type Kind = 'point' | 'post'

const cache = new Map<string, Promise<Buffer>>()

/** Builds a card document once per kind, settings and variant. */
function cards(kind: Kind, options: NoticeOptions = {}, variant = 'fixture', data: () => SchoolData = () => noticeFixture(options)): Promise<Buffer> {
  const key = `${kind}/${variant}/${JSON.stringify(options)}`
  let built = cache.get(key)
  if (!built) {
    built = kind === 'point' ? buildPointRiskCards(data()) : buildPostRiskCards(data())
    cache.set(key, built)
  }
  return built
}

async function documentXml(kind: Kind, options: NoticeOptions = {}): Promise<string> {
  return readDocx(await cards(kind, options))['word/document.xml']
}

function bands(xml: string): TableInfo[] {
  return tables(xml).filter((table) => table.rows.length === 1 && /告知卡/.test(table.rows[0].text))
}

/** Maps each card table (every table that is not a band) from a row's first-cell label to the other cells. */
function cardRows(xml: string): Map<string, string[]>[] {
  return tables(xml)
    .filter((table) => table.rows.length > 1)
    .map((table) => new Map(table.rows.map((row) => [row.cells[0].text, row.cells.slice(1).map((cell) => cell.text)])))
}

function cardOf(xml: string, label: string, value: string): Map<string, string[]> {
  const card = cardRows(xml).find((rows) => rows.get(label)?.[0] === value)
  if (!card) throw new Error(`no card with ${label} ${value}`)
  return card
}

/** Returns the paragraphs of a row's value cell as text. */
function cellParagraphs(table: TableInfo, label: string): string[] {
  const row = table.rows.find((candidate) => candidate.cells[0].text === label)
  const xml = row?.cells[1].xml ?? ''
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((part) => part[1]).join(''))
}

const sizes: CardSize[] = ['A4', 'A5']
const pointLabels = ['风险点名称', '所在区域', '主要危险有害因素', '可能导致的事故', '管控措施', '应急处置措施', '应急电话', '责任岗位', '联系电话']
const postLabels = ['岗位名称', '所在部门', '本岗位主要风险', '岗位安全职责', '安全操作要点', '隐患排查', '应急职责', '应急电话', '联系电话']

/** The QR text of the canteen's card in the fixture, written out by hand from the fixture's values. */
const canteenQrText = [
  '安全风险告知卡',
  '风险点：FX-01 学生食堂',
  '风险等级：重大风险（红）',
  '主要危险：1.燃气管道、阀门老化泄漏，遇明火引发燃气爆炸；2.食品原料索证索票不全，加工不当导致食物中毒',
  '管控措施：1.安装燃气泄漏报警装置并与紧急切断阀联动；2.落实原料索证索票和进货查验记录制度等6项',
  '应急电话：火警119 急救120 报警110 值班电话0391-3561208 教育局0391-3568110',
  '责任人：食堂管理员 尤志勇 13903910020',
  '焦作市山阳区𠮷祥学校 2026年9月1日'
].join('\n')

/** The QR picture the cards must carry for a text: one UTF-8 byte segment, level M, 4-module quiet zone, 6 px modules. */
function expectedQrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 6 })
}

describe('point-risk-cards', () => {
  it.each(sizes)('puts each point on a %s page of its own', async (size) => {
    const xml = await documentXml('point', { cardSize: size })
    const pages = pageSizes(xml)
    expect(pages.length).toBe(noticeFixture().riskPoints.length)
    for (const page of pages) expect(page).toEqual(papers[size])
  })

  it.each(sizes)('prints the level word large on the %s band', async (size) => {
    const found = bands(await documentXml('point', { cardSize: size }))
    expect(found.map((band) => band.rows[0].text)).toEqual(['安全风险告知卡重大风险 · 红', '安全风险告知卡一般风险 · 黄', '安全风险告知卡低风险 · 蓝', '安全风险告知卡尚未评价'])
    expect(found[0].rows[0].cells[0].xml).toContain('w:fill="FF0000"')
    expect(found[2].rows[0].cells[0].xml).toContain('<w:color w:val="FFFFFF"/>')
    const wordSize = size === 'A4' ? 52 : 44
    expect(found[0].rows[0].cells[0].xml).toMatch(new RegExp(`<w:b/>[\\s\\S]*<w:sz w:val="${wordSize}"/>[\\s\\S]*重大风险 · 红`))
  })

  it.each(sizes)('keeps every section on %s', async (size) => {
    for (const card of cardRows(await documentXml('point', { cardSize: size }))) {
      expect([...card.keys()]).toEqual(pointLabels)
    }
  })

  it('prints the canteen card in full on A4', async () => {
    const card = cardOf(await documentXml('point'), '风险点名称', '学生食堂')
    expect(card.get('风险点名称')).toEqual(['学生食堂', '风险等级', '重大风险'])
    expect(card.get('主要危险有害因素')).toEqual(['1. 燃气管道、阀门老化泄漏，遇明火引发燃气爆炸。2. 食品原料索证索票不全，加工不当导致食物中毒。'])
    expect(card.get('可能导致的事故')).toEqual(['其他爆炸、火灾、食物中毒。'])
    expect(card.get('管控措施')?.[0]).toContain('1. 安装燃气泄漏报警装置并与紧急切断阀联动。2. 落实原料索证索票和进货查验记录制度。')
    expect(card.get('应急处置措施')?.[0]).toBe('1. 发现泄漏立即关闭总阀、开窗通风、疏散人员并拨打119。2. 出现疑似食物中毒立即停止供餐，封存留样并报告。')
    expect(card.get('应急电话')?.[0]).toBe('火警 119　急救 120　报警 110学校值班电话 0391-3561208县（市、区）教育局 0391-3568110')
    expect(card.get('责任岗位')).toEqual(['食堂管理员', '责任人', '尤志勇'])
    expect(card.get('联系电话')).toEqual(['13903910020', '告知日期', '2026年9月1日'])
  })

  it('leaves a blank for phones not entered', async () => {
    const card = cardOf(await documentXml('point', { bureauPhone: '' }), '风险点名称', '学生食堂')
    expect(card.get('应急电话')?.[0]).toContain('县（市、区）教育局 ＿＿＿＿＿＿＿＿')
  })

  it('prints the duty phone setting before the office phone', async () => {
    const card = cardOf(await documentXml('point', { dutyPhone: '13903910999' }), '风险点名称', '学生食堂')
    expect(card.get('应急电话')?.[0]).toContain('学校值班电话 13903910999')
  })
})

describe('shortened card lists', () => {
  /** Returns the fixture with 12 more measures at the canteen than a card holds. */
  function manyMeasures(): SchoolData {
    const base = noticeFixture({ cardSize: 'A5' })
    const template = base.riskPoints[0].risks[0].measures[1]
    const extra = Array.from({ length: 12 }, (_, index) => ({ ...template, id: 900 + index, content: `第${index + 1}项管理措施`, sortOrder: 10 + index }))
    return {
      ...base,
      riskPoints: base.riskPoints.map((point, index) =>
        index === 0 ? { ...point, risks: point.risks.map((risk, riskIndex) => (riskIndex === 0 ? { ...risk, measures: [...risk.measures, ...extra] } : risk)) } : point
      )
    }
  }

  it('names the count and the full list, and never cuts an item', async () => {
    const data = manyMeasures()
    const buffer = await cards('point', { cardSize: 'A5' }, 'many-measures', () => data)
    const card = tables(readDocx(buffer)['word/document.xml']).find((table) => table.rows[0].cells[1]?.text === '学生食堂') as TableInfo
    const paragraphs = cellParagraphs(card, '管控措施')
    const prevention = data.riskPoints[0].risks.flatMap((risk) => risk.measures.filter((measure) => measure.category !== 'emergency').map((measure) => measure.content))
    const total = new Set(prevention).size

    expect(paragraphs.at(-1)).toBe(`等 ${total} 项，详见《风险分级管控清单》。`)
    const items = paragraphs.slice(0, -1)
    expect(items.length).toBeGreaterThan(0)
    expect(items.length).toBeLessThan(total)
    items.forEach((paragraph, position) => {
      const match = new RegExp(`^${position + 1}\\. (.+)。$`).exec(paragraph)
      expect(match, paragraph).not.toBeNull()
      expect(prevention).toContain(match?.[1])
    })
  })

  it('shows fewer items on A5 than on A4', async () => {
    const data = manyMeasures()
    const a4 = await cards('point', { cardSize: 'A4' }, 'many-measures-a4', () => ({ ...data, settings: { ...data.settings!, notices: { ...data.settings!.notices, cardSize: 'A4' } } }))
    const a5 = await cards('point', { cardSize: 'A5' }, 'many-measures', () => data)
    const count = (buffer: Buffer) => {
      const card = tables(readDocx(buffer)['word/document.xml']).find((table) => table.rows[0].cells[1]?.text === '学生食堂') as TableInfo
      return cellParagraphs(card, '管控措施').length
    }
    expect(count(a5)).toBeLessThan(count(a4))
  })
})

describe('post-risk-cards', () => {
  it.each(sizes)('makes a %s card for each post that owns or checks a risk', async (size) => {
    const xml = await documentXml('post', { cardSize: size })
    expect(pageSizes(xml).every((page) => page.width === papers[size].width && page.height === papers[size].height)).toBe(true)
    const names = cardRows(xml).map((card) => card.get('岗位名称')?.[0])
    // 分管安全副校长 and 总务主任 own no risk of the fixture and check nothing, so they get no card.
    expect(names).toEqual(['校长', '班主任', '食堂管理员', '门卫'])
    for (const card of cardRows(xml)) expect([...card.keys()]).toEqual(postLabels)
    expect(bands(xml).map((band) => band.rows[0].text)).toEqual(['岗位风险告知卡重大风险 · 红', '岗位风险告知卡低风险 · 蓝', '岗位风险告知卡重大风险 · 红', '岗位风险告知卡一般风险 · 黄'])
  })

  it('prints the canteen manager card', async () => {
    const card = cardOf(await documentXml('post'), '岗位名称', '食堂管理员')
    expect(card.get('岗位名称')).toEqual(['食堂管理员', '风险等级', '重大风险'])
    expect(card.get('所在部门')?.[2]).toBe('尤志勇')
    expect(card.get('本岗位主要风险')?.[0]).toBe(
      '1. 学生食堂：燃气管道、阀门老化泄漏，遇明火引发燃气爆炸（重大）。2. 学生食堂：食品原料索证索票不全，加工不当导致食物中毒（较大）。'
    )
    // The duties that name the risks the post controls come first, from the post's responsibility list.
    expect(card.get('岗位安全职责')?.[0]).toMatch(/^1\. 原料变质、加工不当或交叉污染引发的食物中毒和食源性疾病风险。/)
    expect(card.get('岗位安全职责')?.[0]).toMatch(/等 11 项，详见《全员安全责任清单》。$/)
    expect(card.get('隐患排查')?.[0]).toBe('1. 每日：燃气管道、阀门和软管完好，无泄漏。2. 每日：留样记录齐全。')
    expect(card.get('应急职责')?.[0]).toMatch(/^1\. 发现疑似食物中毒时立即停止供餐/)
    expect(card.get('联系电话')).toEqual(['13903910020', '告知日期', '2026年9月1日'])
  })
})

describe('card QR codes', () => {
  it.each(['point', 'post'] as Kind[])('embeds a picture with its caption on every %s card', async (kind) => {
    const buffer = await cards(kind)
    const xml = readDocx(buffer)['word/document.xml']
    const cardCount = cardRows(xml).length
    expect(docxPictures(buffer).size).toBe(cardCount)
    expect(embeddedIds(xml).length).toBe(cardCount)
    expect(xml.match(/>扫码查看本卡内容<\/w:t>/g)?.length).toBe(cardCount)
  })

  it('holds the card text as UTF-8 within the byte limit', async () => {
    const buffer = await cards('point')
    const canteen = tables(readDocx(buffer)['word/document.xml']).find((table) => table.rows[0].cells[1]?.text === '学生食堂') as TableInfo
    const [id] = embeddedIds(canteen.xml)
    const picture = docxPictures(buffer).get(id)

    expect(utf8Bytes(canteenQrText)).toBeLessThanOrEqual(qrByteLimit)
    expect(picture?.equals(await expectedQrPng(canteenQrText))).toBe(true)
  })

  it('holds the post card text', async () => {
    const buffer = await cards('post')
    const canteen = tables(readDocx(buffer)['word/document.xml']).find((table) => table.rows[0].cells[1]?.text === '食堂管理员') as TableInfo
    const text = [
      '岗位风险告知卡',
      '岗位：食堂管理员（尤志勇）',
      '风险等级：重大风险（红）',
      '主要风险：1.学生食堂：燃气管道、阀门老化泄漏，遇明火引发燃气爆炸（重大）；2.学生食堂：食品原料索证索票不全，加工不当导致食物中毒（较大）',
      '操作要点：1.安装燃气泄漏报警装置并与紧急切断阀联动等6项',
      '应急电话：火警119 急救120 报警110 值班电话0391-3561208 教育局0391-3568110',
      '岗位人员：尤志勇 13903910020',
      '焦作市山阳区𠮷祥学校 2026年9月1日'
    ].join('\n')
    const picture = docxPictures(buffer).get(embeddedIds(canteen.xml)[0])
    expect(utf8Bytes(text)).toBeLessThanOrEqual(qrByteLimit)
    expect(picture?.equals(await expectedQrPng(text))).toBe(true)
  })

  it.each(['point', 'post'] as Kind[])('leaves the %s QR codes out when switched off', async (kind) => {
    const buffer = await cards(kind, { cardQrCode: false })
    const xml = readDocx(buffer)['word/document.xml']
    expect(docxPictures(buffer).size).toBe(0)
    expect(xml).not.toMatch(/>扫码查看本卡内容<\/w:t>/)
    expect(cardRows(xml).length).toBeGreaterThan(0)
  })
})

describe('fitQrText', () => {
  const long = (text: string, times: number) => Array.from({ length: times }, (_, index) => `${text}${index + 1}`)
  const content = {
    heading: '安全风险告知卡',
    subject: '风险点：FX-01 学生食堂',
    level: '风险等级：重大风险（红）',
    hazardsLabel: '主要危险',
    hazards: long('燃气管道阀门老化泄漏遇明火引发燃气爆炸', 20),
    measuresLabel: '管控措施',
    measures: long('安装燃气泄漏报警装置并与紧急切断阀联动', 20),
    phones: '应急电话：火警119 急救120 报警110',
    owner: '责任人：食堂管理员 尤志勇 13903910020',
    footer: '焦作市山阳区某某学校 2026年9月1日'
  }

  it('takes whole items in turns and counts the rest', () => {
    const text = fitQrText(content) as string
    expect(utf8Bytes(text)).toBeLessThanOrEqual(qrByteLimit)
    expect(text).toMatch(/主要危险：1\.燃气管道阀门老化泄漏遇明火引发燃气爆炸1；.*等20项\n/)
    expect(text).toMatch(/管控措施：1\.安装燃气泄漏报警装置并与紧急切断阀联动1.*等20项\n/)
    for (const line of text.split('\n').filter((candidate) => /^(主要危险|管控措施)：/.test(candidate))) {
      for (const item of line.replace(/^[^：]+：/, '').replace(/等20项$/, '').split('；')) {
        expect(content.hazards.concat(content.measures)).toContain(item.replace(/^\d+\./, ''))
      }
    }
  })

  it('drops footer, then QR, when crowded', () => {
    const fixedLines = [content.heading, '风险点：', content.level, content.phones, content.owner].join('\n')
    // Pads the subject so the fixed lines take 580 bytes: with the footer they are over the limit, without it under.
    const crowded = { ...content, hazards: [], measures: [], subject: `风险点：${'A'.repeat(580 - utf8Bytes(fixedLines))}` }
    const text = fitQrText(crowded) as string
    expect(utf8Bytes(text)).toBe(580)
    expect(text).not.toContain('某某学校')
    expect(fitQrText({ ...crowded, subject: `${crowded.subject}${'A'.repeat(30)}` })).toBeUndefined()
  })
})
