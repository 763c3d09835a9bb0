import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildSafetyChecklists } from '../../electron/documents/safety-checklists'
import { bodyBlocks, readDocx, tables } from '../documents/docx-reader'
import { schoolWithoutRisks } from '../documents/fixture'
import { expectEveryItemListed, readChecklists } from './checklist-reader'
import { noticeFixture } from './fixtures'

async function documentXml(data: SchoolData): Promise<string> {
  return readDocx(await buildSafetyChecklists(data))['word/document.xml']
}

describe('safety-checklists', () => {
  it('lists every item with tick boxes', async () => {
    const data = noticeFixture()
    expectEveryItemListed(data, await documentXml(data))
  })

  it('prints one checklist per page with the date, inspector and signature lines', async () => {
    const checklists = readChecklists(await documentXml(noticeFixture()))
    expect(checklists.map((checklist) => checklist.title)).toEqual(['学生食堂安全检查表（日常排查）', '校门口安全检查表（日常排查）', '放学路队安全检查表（日常排查）'])
    for (const checklist of checklists) {
      expect(checklist.pageBreak).toBe(true)
      expect(checklist.items.rows[0].cells.map((cell) => cell.text)).toEqual(['序号', '检查内容', '检查标准', '频次', '检查结果', '问题描述'])
      expect(checklist.items.rows[0].isHeader).toBe(true)
      expect(checklist.after.some((text) => text.startsWith('检查人（签字）：'))).toBe(true)
      expect(checklist.after.some((text) => text.includes('区域负责人（签字）：'))).toBe(true)
    }
    const canteen = checklists[0].header.rows.map((row) => row.cells.map((cell) => cell.text))
    expect(canteen).toEqual([
      ['检查区域', 'FX-01 学生食堂（生活区）', '风险等级', '重大风险'],
      ['排查类型', '日常排查', '检查频次', '每日'],
      ['责任岗位', '食堂管理员'],
      ['检查日期', '＿＿＿＿年＿＿月＿＿日', '检查人', '']
    ])
  })

  it('lists the checklists on the first page', async () => {
    const xml = await documentXml(noticeFixture())
    const overview = tables(xml)[0]
    expect(overview.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['序号', '风险点', '检查表（排查类型、检查项数）', '责任岗位'],
      ['1', 'FX-01 学生食堂', '日常排查 2 项', '食堂管理员'],
      ['2', 'FX-02 校门口', '日常排查 1 项', '门卫'],
      ['3', 'FX-03 放学路队', '日常排查 1 项', '未指定']
    ])
  })

  it('says when there are no check items yet', async () => {
    const text = bodyBlocks(await documentXml(schoolWithoutRisks())).map((block) => block.text).join('\n')
    expect(text).toContain('尚未生成隐患排查项，暂无安全检查表')
  })
})
