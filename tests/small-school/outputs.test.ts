import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import type { OutputsResult } from '../../shared/jobs'
import { buildSmallDemoSchool } from '../../electron/demo/small-demo-school'
import { verifyExportPackage } from '../../electron/export-package/verify-package'
import { generateOutputs, generateOutputsFromData, readSchoolData } from '../../electron/outputs/generate-outputs'
import { bodyBlocks, readDocx } from '../documents/docx-reader'
import { pageSizes } from '../notices/docx-media'
import { expectEveryItemListed } from '../notices/checklist-reader'
import { noticeFixture } from '../notices/fixtures'
import { tempFolder } from '../helpers/temp'

const quiet = () => undefined

/** The long manuals the small-school mode replaces, and the short one that replaces them. */
const longManuals = ['安全风险分级管控手册', '隐患排查治理手册']
const shortManual = '小规模学校双重预防体系手册'
/** Outputs every school gets in either mode. */
const common = ['关于成立双重预防体系建设领导小组的通知', '岗位风险告知卡（按岗位）', '安全风险告知卡（按风险点）', '安全风险公告栏', '安全检查表', '风险分级管控清单', '双重预防体系建设统计表']

function titles(result: OutputsResult): string[] {
  return result.files.map((file) => file.title)
}

describe('generate-outputs by mode', () => {
  it('makes the two long manuals in the normal mode', async () => {
    const result = await generateOutputsFromData(noticeFixture(), tempFolder(), quiet)
    for (const title of [...longManuals, ...common, '上报导出包']) expect(titles(result), title).toContain(title)
    expect(titles(result)).not.toContain(shortManual)
    expect(result.skipped).toContainEqual({ title: shortManual, kind: 'docx', reason: '仅在小规模学校模式下生成' })
  })

  it('makes the short manual instead in the small-school mode', async () => {
    const result = await generateOutputsFromData(noticeFixture({ smallSchoolMode: true }), tempFolder(), quiet)
    for (const title of [shortManual, ...common, '上报导出包']) expect(titles(result), title).toContain(title)
    for (const title of longManuals) {
      expect(titles(result)).not.toContain(title)
      expect(result.skipped).toContainEqual({ title, kind: 'docx', reason: '小规模学校模式下由《小规模学校双重预防体系手册》代替' })
    }
  })
})

describe('the small sample school', () => {
  let data: SchoolData
  let folder: string
  let result: OutputsResult

  // The folder lives for the whole block; tempFolder() would remove it after the first test.
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'small-demo-'))
    const file = join(folder, '示范教学点.school')
    await buildSmallDemoSchool(file)
    data = await readSchoolData(file)
    result = await generateOutputs(file, folder, quiet)
  })

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
  })

  function documentXml(title: string): string {
    const file = result.files.find((candidate) => candidate.title === title)
    if (!file) throw new Error(`no output ${title}`)
    return readDocx(readFileSync(join(folder, file.name)))['word/document.xml']
  }

  it('is a small 教学点 in the small-school mode with the proposed short list', () => {
    expect(data.school).toMatchObject({ category: '小学', scope: '农村', pupilCount: 30, staffCount: 6 })
    expect(data.settings).toMatchObject({ smallSchoolMode: true, notices: { cardSize: 'A5', cardQrCode: true } })
    expect(data.riskPoints.length).toBeGreaterThanOrEqual(10)
    expect(data.riskPoints.length).toBeLessThanOrEqual(20)
    const risks = data.riskPoints.flatMap((point) => point.risks)
    expect(risks.every((risk) => risk.method === 'direct')).toBe(true)
    expect(data.leadingGroup.members.length).toBe(2)
  })

  it('generates the small-school set and a package that verifies', async () => {
    for (const title of [shortManual, ...common]) expect(titles(result), title).toContain(title)
    for (const title of longManuals) expect(titles(result)).not.toContain(title)
    const report = await verifyExportPackage(join(folder, result.packageFile))
    expect(report.ok, JSON.stringify(report.problems)).toBe(true)
  })

  it('prints A5 cards, one per risk point', () => {
    const xml = documentXml('安全风险告知卡（按风险点）')
    expect(pageSizes(xml)).toEqual(data.riskPoints.map(() => ({ width: 8391, height: 11906 })))
  })

  it('lists every check item on the checklists', () => {
    expectEveryItemListed(data, documentXml('安全检查表'))
  })

  it('writes the short manual’s chapters', () => {
    const blocks = bodyBlocks(documentXml(shortManual))
    expect(blocks.filter((block) => block.heading === 1).map((block) => block.text)).toEqual([
      '一、编制说明与学校概况',
      '二、组织机构与职责',
      '三、风险辨识与分级管控',
      '四、隐患排查治理',
      '五、风险告知与培训',
      '六、应急电话与应急处置'
    ])
    const text = blocks.map((block) => block.text).join('\n')
    expect(text).toContain(`对照各级风险的定义直接判定全部${data.riskPoints.flatMap((point) => point.risks).length}项风险的等级`)
    expect(text).toContain('修武县西村乡东岭教学点隐患排查治理台账')
    expect(text).toContain('0391-7122365')
  })
})
