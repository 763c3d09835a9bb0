import { describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildMajorRiskReport } from '../../electron/documents/major-risk-report'
import { buildRiskControlManual } from '../../electron/documents/risk-control-manual'
import { bodyBlocks, readDocx, tables, type Block } from './docx-reader'
import { fixtureSchool, schoolWithoutRisks } from './fixture'

type DataPlan = NonNullable<SchoolData['majorRiskPlans']>[number]

const gasPlan: DataPlan = {
  riskId: 1,
  objective: '2026年底前完成燃气管道改造，风险降至较大风险及以下',
  measures: '更换食堂全部燃气管道、阀门和软管\n加装燃气泄漏报警与紧急切断联动装置',
  funds: '专项资金8万元，列入2026年度预算',
  responsibleStaffId: 2,
  deadline: '2026-12-31',
  monitoring: '报警装置每月测试一次，每日开餐前检查管道',
  emergency: '发现泄漏立即关阀、通风、疏散并拨打119',
  reportedOn: '2026-09-10',
  reportTo: '山阳区教育局',
  updatedAt: '2026-09-10T02:00:00.000Z'
}

/** The fixture school with a second major risk (the food one), which has no plan. */
function twoMajorRisks(): SchoolData {
  const data = fixtureSchool({ majorRiskPlans: [gasPlan] })
  const food = data.riskPoints[0].risks[1]
  food.level = 'major'
  food.score = 20
  food.lsL = 4
  food.lsS = 5
  return data
}

async function blocksOf(build: Promise<Buffer>): Promise<Block[]> {
  return bodyBlocks(readDocx(await build)['word/document.xml'])
}

function textsOf(blocks: Block[]): string[] {
  return blocks.map((block) => block.text)
}

function tablesOf(blocks: Block[]) {
  return tables(`<w:body>${blocks.map((block) => block.xml).join('')}</w:body>`)
}

/** Finds the form tables: the ones whose first cell is the school-name label. */
function forms(blocks: Block[]) {
  return tablesOf(blocks).filter((table) => table.rows[0]?.cells[0]?.text === '学校名称')
}

describe('major-risk report', () => {
  it('has the title, the cover line and the three parts', async () => {
    const blocks = await blocksOf(buildMajorRiskReport(twoMajorRisks()))
    const texts = textsOf(blocks)
    expect(texts[0]).toBe('重大风险管控方案及上报表')
    expect(texts[1]).toBe('焦作市山阳区𠮷祥学校　　2026年9月1日')
    expect(blocks.filter((block) => block.heading === 1).map((block) => block.text)).toEqual(['一、重大风险清单', '二、管控方案', '三、重大风险上报表'])
    expect(blocks.filter((block) => block.heading === 2).map((block) => block.text)).toEqual([
      '（一）FX-01 学生食堂：燃气管道、阀门老化泄漏，遇明火引发燃气爆炸',
      '（二）FX-01 学生食堂：食品原料索证索票不全，加工不当导致食物中毒'
    ])
  })

  it('lists the major risks with the state of their plans', async () => {
    const blocks = await blocksOf(buildMajorRiskReport(twoMajorRisks()))
    const list = tablesOf(blocks).find((table) => table.rows[0].text.startsWith('序号风险点危险有害因素'))
    expect(list?.rows.slice(1).map((row) => [row.cells[4].text, row.cells[5].text, row.cells[6].text])).toEqual([
      ['D=720', '张海涛', '已制定'],
      ['R=20', '食堂管理员／尤志勇', '待制定']
    ])
  })

  it('prints the stored plan part by part', async () => {
    const texts = textsOf(await blocksOf(buildMajorRiskReport(twoMajorRisks())))
    const start = texts.indexOf('（一）FX-01 学生食堂：燃气管道、阀门老化泄漏，遇明火引发燃气爆炸')
    const plan = texts.slice(start + 1, start + 12)
    expect(plan).toEqual([
      '（1）风险描述：FX-01 学生食堂，燃气管道、阀门老化泄漏，遇明火引发燃气爆炸，可能导致其他爆炸、火灾，评价结果为重大风险（D=720）。',
      '（2）管控目标：2026年底前完成燃气管道改造，风险降至较大风险及以下',
      '（3）管控措施：',
      '更换食堂全部燃气管道、阀门和软管',
      '加装燃气泄漏报警与紧急切断联动装置',
      '（4）资金保障：专项资金8万元，列入2026年度预算',
      '（5）责任人：张海涛（13903910002）',
      '（6）完成时限：2026年12月31日前完成。',
      '（7）监测监控：报警装置每月测试一次，每日开餐前检查管道',
      '（8）应急措施：发现泄漏立即关阀、通风、疏散并拨打119',
      '（9）上报：已于2026年9月10日报山阳区教育局。'
    ])
    // A complete plan has no 方案待完善 line before the next risk's heading.
    expect(texts[start + 12]).toBe('（二）FX-01 学生食堂：食品原料索证索票不全，加工不当导致食物中毒')
  })

  it('fills a risk without a plan from the school data and marks it', async () => {
    const texts = textsOf(await blocksOf(buildMajorRiskReport(twoMajorRisks())))
    const start = texts.indexOf('（二）FX-01 学生食堂：食品原料索证索票不全，加工不当导致食物中毒')
    const plan = texts.slice(start + 1)
    expect(plan).toContain('管理措施：落实原料索证索票和进货查验记录制度；每餐次留样不少于125克，冷藏保存48小时以上。')
    expect(plan).toContain('（5）应急措施：出现疑似食物中毒立即停止供餐，封存留样并报告。')
    expect(plan.some((text) => text.startsWith('（6）上报：报山阳区教育局（上报日期待填写）'))).toBe(true)
    expect(plan).toContain('方案待完善：尚未制定专项管控方案，以上内容取自风险分级管控清单。管控目标、资金保障、完成时限尚未填写，请在“重大风险”页面补充管控方案。')
  })

  it('marks a partly filled plan as the page does', async () => {
    const data = fixtureSchool({ majorRiskPlans: [{ ...gasPlan, funds: '', monitoring: '', deadline: null }] })
    const blocks = await blocksOf(buildMajorRiskReport(data))
    const texts = textsOf(blocks)
    // 监测监控 is printed from the check items, but the plan itself still lacks it.
    expect(texts.some((text) => text.startsWith('（5）监测监控：隐患排查清单中对应本风险的排查项共1项'))).toBe(true)
    expect(texts).toContain('方案待完善：资金保障、完成时限、监测监控尚未填写，请在“重大风险”页面补充。')
    const list = tablesOf(blocks).find((table) => table.rows[0].text.startsWith('序号风险点危险有害因素'))
    expect(list?.rows[1].cells[6].text).toBe('待完善')
  })

  it('prints a filled report form per major risk', async () => {
    const blocks = await blocksOf(buildMajorRiskReport(twoMajorRisks()))
    expect(textsOf(blocks).filter((text) => text === '重大风险上报表')).toHaveLength(2)
    const [first, second] = forms(blocks)
    const labels = first.rows.flatMap((row) => row.cells.filter((cell) => cell.xml.includes('F2F2F2')).map((cell) => cell.text))
    expect(labels).toEqual(['学校名称', '县（市、区）', '风险点', '风险描述', '可能导致的后果', '风险值与等级', '管控措施', '责任人及电话', '上报日期', '上报单位', '学校负责人签字', '盖章'])
    expect(first.rows[0].cells.map((cell) => cell.text)).toEqual(['学校名称', '焦作市山阳区𠮷祥学校', '县（市、区）', '山阳区'])
    expect(first.rows[4].cells[1].text).toBe('D=720，重大风险（红）')
    expect(first.rows[5].cells[1].text).toBe('更换食堂全部燃气管道、阀门和软管加装燃气泄漏报警与紧急切断联动装置')
    expect(first.rows[6].cells.map((cell) => cell.text)).toEqual(['责任人及电话', '张海涛（13903910002）', '上报日期', '2026年9月10日'])
    expect(second.rows[2].cells[1].text).toBe('食品原料索证索票不全，加工不当导致食物中毒')
    expect(second.rows[6].cells[3].text).toBe('')
  })

  it('says plainly when there is no major risk and keeps a blank form', async () => {
    const blocks = await blocksOf(buildMajorRiskReport(schoolWithoutRisks()))
    const texts = textsOf(blocks)
    expect(texts).toContain('学校尚未辨识风险点，尚未开展风险评价，暂无重大风险。')
    expect(texts.some((text) => text.startsWith('学校目前没有重大风险，无需制定重大风险专项管控方案'))).toBe(true)
    const [blank, extra] = forms(blocks)
    expect(extra).toBeUndefined()
    expect(blank.rows[1].cells.map((cell) => cell.text)).toEqual(['风险点', ''])
    expect(blank.rows[0].cells[1].text).toBe('焦作市山阳区𠮷祥学校')
    expect(blank.rows[7].cells.map((cell) => cell.text)).toEqual(['上报单位', '山阳区教育局'])
    expect(texts).toContain('目前没有需要上报的重大风险。今后评价出重大风险的，复印下表逐项填写，经校长签字、加盖公章后报山阳区教育局。')

    const graded = fixtureSchool()
    graded.riskPoints[0].risks[0].level = 'high'
    const noMajor = textsOf(await blocksOf(buildMajorRiskReport(graded)))
    expect(noMajor).toContain('经辨识评价，学校目前没有重大风险，本次无重大风险需要上报。')
  })
})

describe('risk-control manual chapter 重大风险管控', () => {
  it('prints the stored plan and marks the risk without one', async () => {
    const texts = textsOf(await blocksOf(buildRiskControlManual(twoMajorRisks())))
    const start = texts.indexOf('八、重大风险管控')
    const chapter = texts.slice(start, texts.indexOf('九、安全风险四色分布'))
    expect(chapter).toContain('（2）管控目标：2026年底前完成燃气管道改造，风险降至较大风险及以下')
    expect(chapter).toContain('（4）资金保障：专项资金8万元，列入2026年度预算')
    expect(chapter.filter((text) => text.startsWith('方案待完善'))).toHaveLength(1)
  })
})
