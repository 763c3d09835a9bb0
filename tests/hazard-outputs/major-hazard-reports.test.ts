import { describe, expect, it } from 'vitest'
import { buildMajorHazardReports } from '../../electron/documents/major-hazard-reports'
import { bodyBlocks, readDocx, tables, type TableInfo } from '../documents/docx-reader'
import { outputSchool, snapshotOf } from './fixture'

function field(table: TableInfo, label: string): string {
  for (const row of table.rows) {
    const index = row.cells.findIndex((cell) => cell.text === label)
    if (index >= 0) return row.cells[index + 1]?.text ?? ''
  }
  throw new Error(`no field ${label}`)
}

function formTables(documentXml: string, formTitle: string): TableInfo[] {
  const blocks = bodyBlocks(documentXml)
  return blocks
    .map((block, index) => (block.kind === 'paragraph' && block.text === formTitle ? blocks.slice(index + 1).find((candidate) => candidate.kind === 'table') : undefined))
    .filter((block) => block !== undefined)
    .map((block) => tables(`<w:body>${block.xml}</w:body>`)[0])
}

describe('major hazard plans and report forms', () => {
  it('writes a plan and a report form per 重大 hazard', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const xml = readDocx(await buildMajorHazardReports(data))['word/document.xml']

    const list = tables(xml).find((table) => table.rows[0].text.startsWith('序号隐患编号隐患名称'))
    expect(list?.rows.slice(1).map((row) => row.cells[1].text)).toEqual([codes.major, codes.thinMajor])
    expect(list?.rows[2].cells[6].text).toBe('未上报')

    const plans = formTables(xml, '重大事故隐患治理方案')
    expect(plans.map((plan) => field(plan, '隐患编号'))).toEqual([codes.major, codes.thinMajor])
    const [full, thin] = plans
    expect(field(full, '判定依据')).toBe('XF-08 电动自行车或其蓄电池进入建筑物内停放、充电，或者私拉乱接电线充电')
    expect(field(full, '采取的方法和措施')).toBe('总务处采购新灭火器，安全办验收，每月检查压力更换灭火器，检查其余灭火器压力')
    expect(field(full, '经费和物资的落实')).toBe('600 元，后勤经费')
    expect(field(full, '治理的时限和要求')).toContain('2026年12月10日前完成治理')
    expect(field(full, '负责治理的机构和人员')).toContain('张志强（总务处）负责组织实施')
    expect(field(full, '安全措施和应急预案')).toBe('更换前在后厨增配两具灭火器')
    // The parts no field of the record covers ask to be completed.
    expect(field(full, '隐患现状及产生原因')).toContain('产生原因：待补充')

    // A 重大 hazard only registered: every part its record lacks prints 待补充.
    for (const label of ['治理的目标和任务', '采取的方法和措施', '经费和物资的落实', '安全措施和应急预案']) expect(field(thin, label), label).toBe('待补充')
    expect(field(thin, '负责治理的机构和人员')).toContain('治理责任人：待补充')

    const reports = formTables(xml, '重大事故隐患报告表')
    expect(reports).toHaveLength(2)
    expect(field(reports[0], '判定依据')).toContain('XF-08')
    expect(field(reports[0], '上报日期')).toBe('2026年12月2日')
    expect(field(reports[0], '上报单位')).toBe('解放区教育局安全科')
    expect(field(reports[0], '责任人及电话')).toBe('张志强')
    expect(field(reports[0], '治理方案要点')).toBe('总务处采购新灭火器，安全办验收，每月检查压力')
    expect(field(reports[1], '上报日期')).toBe('')
    expect(field(reports[1], '治理方案要点')).toBe('待补充')
    expect(field(reports[0], '校长签字')).toBe('')
  })

  it('prints the cause and difficulty lines of the 治理方案 in their own parts', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const hazards = (data.hazards ?? []).map((hazard) =>
      hazard.code === codes.major ? { ...hazard, governancePlan: `产生原因：灭火器超过检修期限未送检\n整改难易程度：较易，一周内可完成\n${hazard.governancePlan}` } : hazard
    )
    const xml = readDocx(await buildMajorHazardReports({ ...data, hazards }))['word/document.xml']
    const [full] = formTables(xml, '重大事故隐患治理方案')

    expect(field(full, '隐患现状及产生原因')).toContain('产生原因：灭火器超过检修期限未送检')
    expect(field(full, '危害程度和整改难易程度分析')).toContain('整改难易程度：较易，一周内可完成')
    expect(field(full, '采取的方法和措施')).not.toContain('产生原因')
    expect(field(full, '隐患现状及产生原因')).not.toMatch(/发现）?发现/)
  })

  it('says there are none and gives a blank report form', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    const general = (data.hazards ?? []).filter((hazard) => hazard.grade === 'general')
    const xml = readDocx(await buildMajorHazardReports({ ...data, hazards: general, school: { ...data.school, county: '山阳区' } }))['word/document.xml']
    const text = bodyBlocks(xml).map((block) => block.text).join('\n')

    expect(text).toContain('没有登记重大事故隐患')
    expect(formTables(xml, '重大事故隐患治理方案')).toHaveLength(0)
    const [blank] = formTables(xml, '重大事故隐患报告表')
    expect(field(blank, '隐患名称')).toBe('')
    expect(field(blank, '上报单位')).toBe('山阳区教育局')
  })
})
