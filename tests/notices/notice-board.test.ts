import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildRiskNoticeBoard } from '../../electron/documents/risk-notice-board'
import { buildSmallSchoolManual } from '../../electron/documents/small-school-manual'
import { bodyBlocks, readDocx, tables, type TableInfo } from '../documents/docx-reader'
import { kindergarten, schoolWithoutRisks } from '../documents/fixture'
import { pageSizes } from './docx-media'
import { noticeFixture, withNotices } from './fixtures'

async function boardXml(data: SchoolData): Promise<string> {
  return readDocx(await buildRiskNoticeBoard(data))['word/document.xml']
}

function tableStartingWith(xml: string, header: string): TableInfo {
  const found = tables(xml).find((table) => table.rows[0].text.startsWith(header))
  if (!found) throw new Error(`no table starting with ${header}`)
  return found
}

function cells(table: TableInfo): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text))
}

describe('risk-notice-board', () => {
  it('titles the board and dates the update', async () => {
    const texts = bodyBlocks(await boardXml(noticeFixture())).map((block) => block.text)
    expect(texts[0]).toBe('焦作市山阳区𠮷祥学校安全风险公告栏')
    expect(texts.filter((text) => /^[一二三四]、/.test(text))).toEqual(['一、风险概况和四色标识', '二、重大风险和较大风险', '三、报告电话'])
    expect(texts.at(-1)).toBe('焦作市山阳区𠮷祥学校　双重预防工作办公室　更新日期：2026年9月1日')
  })

  it('counts risks and risk points by level', async () => {
    const overview = tableStartingWith(await boardXml(noticeFixture()), '风险等级')
    expect(cells(overview).slice(0, 3)).toEqual([
      ['风险等级', '红　重大风险（Ⅰ级）', '橙　较大风险（Ⅱ级）', '黄　一般风险（Ⅲ级）', '蓝　低风险（Ⅳ级）', '合计'],
      ['安全风险（项）', '1', '1', '1', '1', '4'],
      // 学生食堂 is 重大 by its highest risk, 校门口 一般, 放学路队 低; 新建车棚 is not graded yet.
      ['风险点（个，按最高等级）', '1', '0', '1', '1', '3']
    ])
    expect(overview.rows[0].cells[1].xml).toContain('w:fill="FF0000"')
  })

  it('lists a small school in full', async () => {
    const xml = await boardXml(noticeFixture())
    const serious = tableStartingWith(xml, '序号风险点所在区域')
    expect(cells(serious)).toEqual([
      ['序号', '风险点', '所在区域', '风险等级', '主要危险有害因素', '主要管控措施', '责任人'],
      [
        '1',
        '学生食堂',
        '生活区',
        '重大风险',
        '①燃气管道、阀门老化泄漏，遇明火引发燃气爆炸②食品原料索证索票不全，加工不当导致食物中毒',
        '①安装燃气泄漏报警装置并与紧急切断阀联动②落实原料索证索票和进货查验记录制度③每日开餐前检查燃气管道、阀门和软管，填写检查记录',
        '尤志勇13903910020'
      ]
    ])
    const texts = bodyBlocks(xml).map((block) => block.text)
    expect(texts).toContain('表中各风险点的全部危险有害因素和管控措施，见《安全风险分级管控手册》第七章“安全风险分级管控清单”。')
  })

  it('refers a small school to the chapter of its own manual', async () => {
    const data = noticeFixture({ smallSchoolMode: true })
    const texts = bodyBlocks(await boardXml(data)).map((block) => block.text)
    expect(texts).toContain('表中各风险点的全部危险有害因素和管控措施，见《小规模学校双重预防体系手册》第三章“风险辨识与分级管控”。')

    const manual = readDocx(await buildSmallSchoolManual(data))['word/document.xml']
    expect(bodyBlocks(manual).filter((block) => block.heading === 1).map((block) => block.text)).toContain('三、风险辨识与分级管控')
  })

  it('explains the four colours and who controls each level', async () => {
    const overview = tableStartingWith(await boardXml(noticeFixture()), '风险等级')
    expect(cells(overview)[3]).toEqual([
      '管控层级',
      '学校级：校长总负责，报县（市、区）教育局',
      '部门级：分管副校长和职能部门负责',
      '年级组级：部门、年级组负责',
      '岗位级：岗位人员负责',
      '—'
    ])
  })

  it('prints the reporting numbers, with a blank for one not entered', async () => {
    const phones = tableStartingWith(await boardXml(noticeFixture({ dutyPhone: '13903910999' })), '火警')
    expect(cells(phones)[1]).toEqual(['119', '120', '110', '13903910999', '0391-3561208', '0391-3568110'])
    const blank = tableStartingWith(await boardXml(noticeFixture({ bureauPhone: '' })), '火警')
    expect(cells(blank)[1][5]).toBe('＿＿＿＿＿＿＿＿')
  })

  it.each([
    ['A4', { width: 16838, height: 11906 }],
    ['A3', { width: 23811, height: 16838 }]
  ] as const)('prints on %s landscape', async (size, page) => {
    const xml = await boardXml(noticeFixture({ boardSize: size }))
    expect(pageSizes(xml)).toEqual([page])
    expect(xml).toContain('w:orient="landscape"')
  })

  it('uses the kindergarten words', async () => {
    const overview = tableStartingWith(await boardXml(withNotices(kindergarten())), '风险等级')
    expect(overview.rows[3].cells[1].text).toBe('学校级：园长总负责，报县（市、区）教育局')
  })

  it('says when no risk point is identified yet', async () => {
    const text = bodyBlocks(await boardXml(withNotices(schoolWithoutRisks()))).map((block) => block.text).join('\n')
    expect(text).toContain('学校尚未辨识风险点。')
  })
})
