import { unzipSync } from 'fflate'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SchoolData } from '../../shared/exchange/school-data'
import { incentiveInput } from '../../shared/schemas/training-inputs'
import { incentiveRegister } from '../../electron/documents/incentive-register'
import { riskControlManual } from '../../electron/documents/risk-control-manual'
import { hazardManual } from '../../electron/documents/hazard-manual'
import { trainingRegister } from '../../electron/documents/training-register'
import { createSchoolFile } from '../../electron/db/school-file'
import { saveIncentive } from '../../electron/incentives/incentives.service'
import { readSchoolSnapshot } from '../../electron/outputs/generate-outputs'
import type { StoredFiles } from '../../electron/outputs/stored-files'
import { saveSchool } from '../../electron/school/school.service'
import { prepareAttachmentContent } from '../../electron/training/attachment-file'
import { saveTraining } from '../../electron/training/training.service'
import { schoolInput } from '../../shared/schemas/inputs'
import { bodyBlocks, readDocx, tables, type TableInfo } from '../documents/docx-reader'
import { tempFolder } from '../helpers/temp'
import { addPeople, pdfOf, photoJpeg, trainingOf } from './records-fixture'

const today = '2026-12-04'

/** Builds a school with two trainings (one with two photos and a PDF) and two incentives, read as a snapshot. */
async function schoolWithRecords(): Promise<{ data: SchoolData; files: StoredFiles }> {
  const file = join(tempFolder(), '记录学校.school')
  const schoolDb = await createSchoolFile(file)
  const { db } = schoolDb
  await saveSchool(db, schoolInput.parse({ name: '焦作市山阳区育英学校', category: '一贯制学校' }))
  const ids = await addPeople(db)
  const everyone = ['李文博', '张海涛', '冯磊', '褚慧', '尤志勇'].map((name) => ids.get(name))
  const photos = [await prepareAttachmentContent('报告厅.jpg', await photoJpeg(1600, 1200)), await prepareAttachmentContent('提问.jpg', await photoJpeg(900, 1200))]
  await saveTraining(db, trainingOf({ heldOn: '2026-09-02', attendeeIds: everyone }), [...photos, await prepareAttachmentContent('签到表.pdf', pdfOf())], { today })
  await saveTraining(db, trainingOf({ heldOn: '2026-10-16', topic: '防溺水安全教育课', kind: 'safety-class', hours: 1, headcount: 1860, audience: '全校学生' }), [], { today })
  await saveIncentive(db, incentiveInput.parse({ kind: 'reward', targetKind: 'person', staffId: ids.get('尤志勇'), decidedOn: '2026-09-22', reason: '发现燃气软管老化并报告', basis: '《双重预防体系运行考核奖惩制度》第九条', measure: '通报表扬', approver: '李文博' }), { today })
  await saveIncentive(db, incentiveInput.parse({ kind: 'penalty', targetKind: 'department', department: '总务处', decidedOn: '2026-11-20', reason: '未按计划开展宿舍区夜间巡查', basis: '《双重预防体系运行考核奖惩制度》第十一条', measure: '通报批评', approver: '张海涛' }), { today })
  await schoolDb.close()

  const snapshot = await readSchoolSnapshot(file)
  // The registers count this term from the snapshot's day.
  return { ...snapshot, data: { ...snapshot.data, exportedAt: '2026-12-04T02:00:00.000Z' } }
}

async function emptySchool(): Promise<{ data: SchoolData; files: StoredFiles }> {
  const file = join(tempFolder(), '空学校.school')
  const schoolDb = await createSchoolFile(file)
  await saveSchool(schoolDb.db, schoolInput.parse({ name: '焦作市解放区实验幼儿园', category: '幼儿园' }))
  await schoolDb.close()
  return readSchoolSnapshot(file)
}

function tableStartingWith(found: TableInfo[], header: string): TableInfo[] {
  return found.filter((table) => table.rows[0]?.text.startsWith(header))
}

let filled: { data: SchoolData; files: StoredFiles }
let empty: { data: SchoolData; files: StoredFiles }

beforeAll(async () => {
  filled = await schoolWithRecords()
  empty = await emptySchool()
})

describe('安全教育培训记录台账', () => {
  it('lists every session in the register, oldest first', async () => {
    const xml = readDocx(await trainingRegister.build(filled.data, filled.files))['word/document.xml']
    const [register] = tableStartingWith(tables(xml), '序号日期培训主题类别主讲人学时人数附件')
    expect(register.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['序号', '日期', '培训主题', '类别', '主讲人', '学时', '人数', '附件'],
      ['1', '2026年9月2日', '双重预防体系全员培训', '全员培训', '张海涛', '2', '5', '照片2文件1'],
      ['2', '2026年10月16日', '防溺水安全教育课', '安全教育课', '张海涛', '1', '1860', '—']
    ])
    expect(register.rows[0].isHeader).toBe(true)
  })

  it('writes a record sheet per session with the sign-in table and the photos', async () => {
    const parts = readDocx(await trainingRegister.build(filled.data, filled.files))
    const xml = parts['word/document.xml']
    const sheets = tableStartingWith(tables(xml), '培训主题')
    expect(sheets).toHaveLength(2)
    const labels = sheets[0].rows.flatMap((row) => row.cells.filter((_cell, index) => index % 2 === 0).map((cell) => cell.text))
    for (const label of ['培训主题', '培训类别', '学时', '日期', '地点', '主讲人', '人数', '培训对象', '培训内容', '效果评估']) {
      expect(labels.join(' ')).toContain(label)
    }
    expect(sheets[0].rows[2].text).toBe('日期2026年9月2日地点报告厅')
    expect(sheets[0].rows[3].text).toBe('主讲人张海涛人数5人')

    const signIns = tableStartingWith(tables(xml), '序号姓名部门签名序号姓名部门签名')
    expect(signIns).toHaveLength(2)
    expect(signIns[0].rows.slice(1).map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['1', '李文博', '校长室', '', '2', '张海涛', '校长室', ''],
      ['3', '冯磊', '初中部', '', '4', '褚慧', '初中部', ''],
      ['5', '尤志勇', '食堂', '', '', '', '', '']
    ])
    // The safety class had only pupils: its sign-in table has blank rows to sign by hand.
    expect(signIns[1].rows.length).toBe(9)

    const texts = bodyBlocks(xml).map((block) => block.text)
    expect(texts).toContain('现场照片（2张）：')
    expect(texts).toContain('其他附件：签到表.pdf（电子文件随上报导出包提供）。')
    const media = Object.keys(unzipSync(new Uint8Array(await trainingRegister.build(filled.data, filled.files)))).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(2)
  })

  it('marks who has not attended this term', async () => {
    const xml = readDocx(await trainingRegister.build(filled.data, filled.files))['word/document.xml']
    const [people] = tableStartingWith(tables(xml), '序号姓名部门本学期次数')
    const rows = people.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))
    expect(rows.find((row) => row[1] === '冯磊')).toEqual(['3', '冯磊', '初中部', '1', '2', '2', ''])
    expect(rows.find((row) => row[1] === '华秀英')?.[6]).toBe('未参训，补训已逾期（应于2026年9月16日前）')
  })

  it('counts photos instead of printing them without the stored files', async () => {
    const parts = readDocx(await trainingRegister.build(filled.data))
    expect(bodyBlocks(parts['word/document.xml']).map((block) => block.text)).toContain('照片的电子文件随上报导出包提供。')
  })

  it('says there are no records and prints blank forms', async () => {
    const xml = readDocx(await trainingRegister.build(empty.data, empty.files))['word/document.xml']
    const text = bodyBlocks(xml).map((block) => block.text).join('\n')
    expect(text).toContain('我园尚未在软件中登记安全教育培训记录')
    const found = tables(xml)
    expect(tableStartingWith(found, '序号日期培训主题')[0].rows).toHaveLength(13)
    expect(tableStartingWith(found, '培训主题')).toHaveLength(1)
    expect(tableStartingWith(found, '序号姓名部门签名')[0].rows).toHaveLength(21)
  })
})

describe('考核奖惩记录台账', () => {
  it('lists every decision with the clause it rests on', async () => {
    const xml = readDocx(await incentiveRegister.build(filled.data))['word/document.xml']
    const [ledger] = tableStartingWith(tables(xml), '序号日期对象类别事由依据条款奖惩措施审批人')
    expect(ledger.rows.slice(1).map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['1', '2026年9月22日', '尤志勇（食堂）', '奖励', '发现燃气软管老化并报告', '《双重预防体系运行考核奖惩制度》第九条', '通报表扬', '李文博'],
      ['2', '2026年11月20日', '总务处（部门）', '惩处', '未按计划开展宿舍区夜间巡查', '《双重预防体系运行考核奖惩制度》第十一条', '通报批评', '张海涛']
    ])
    expect(bodyBlocks(xml).map((block) => block.text).join('')).toContain('共2项：奖励1项、惩处1项')
  })

  it('says there are no records and prints a blank ledger and approval form', async () => {
    const xml = readDocx(await incentiveRegister.build(empty.data))['word/document.xml']
    const text = bodyBlocks(xml).map((block) => block.text).join('\n')
    expect(text).toContain('我园尚未在软件中登记考核奖惩记录')
    expect(text).toContain('考核奖惩审批表')
    expect(tableStartingWith(tables(xml), '序号日期对象类别事由')[0].rows).toHaveLength(8)
  })
})

describe('the manuals', () => {
  it('summarise training and assessment with a pointer to the registers', async () => {
    for (const builder of [riskControlManual, hazardManual]) {
      const blocks = bodyBlocks(readDocx(await builder.build(filled.data))['word/document.xml'])
      const heading = blocks.findIndex((block) => block.heading === 2 && block.text.endsWith('培训与考核'))
      expect(heading, builder.key).toBeGreaterThan(0)
      expect(blocks[heading + 1].text).toBe(
        '2026年度我校开展安全教育培训和应急演练2次，合计3学时，参训教职工5人次；本学期（2026—2027学年第一学期）尚有1名教职工未参训，按制度在两周内补训。2026年度依据考核奖惩制度作出奖励1项、惩处1项。培训和奖惩的详细记录见《安全教育培训记录台账》和《考核奖惩记录台账》，两本台账随本手册一并打印存档。'
      )
    }
  })

  it('say when nothing is recorded yet', async () => {
    const blocks = bodyBlocks(readDocx(await riskControlManual.build(empty.data))['word/document.xml'])
    const heading = blocks.findIndex((block) => block.heading === 2 && block.text.endsWith('培训与考核'))
    expect(blocks[heading + 1].text).toMatch(/^\d{4}年度我园尚未登记安全教育培训，须按安全教育培训制度每学期至少组织一次全员培训。\d{4}年度尚未登记考核奖惩。/)
  })
})
