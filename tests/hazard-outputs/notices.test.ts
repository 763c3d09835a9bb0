import { describe, expect, it } from 'vitest'
import { buildRectificationNotices } from '../../electron/documents/rectification-notices'
import { bodyBlocks, readDocx, tables, type TableInfo } from '../documents/docx-reader'
import { docxPictures, embeddedIds } from '../notices/docx-media'
import { outputSchool, snapshotOf } from './fixture'

/** Finds the forms with a title: the table after each such title, and the blocks up to the next form's title. */
function forms(documentXml: string, formTitle: string): { table: TableInfo; xml: string }[] {
  const blocks = bodyBlocks(documentXml)
  const found: { table: TableInfo; xml: string }[] = []
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || block.text !== formTitle) return
    const next = blocks.findIndex((candidate, position) => position > index && candidate.kind === 'paragraph' && (candidate.text === '隐患整改通知书' || candidate.text === '隐患整改验收单'))
    const own = blocks.slice(index, next < 0 ? blocks.length : next)
    const table = own.find((candidate) => candidate.kind === 'table')
    if (table) found.push({ table: tables(`<w:body>${table.xml}</w:body>`)[0], xml: own.map((candidate) => candidate.xml).join('') })
  })
  return found
}

/** Returns the text of the cell right of a label cell. */
function field(table: TableInfo, label: string): string {
  for (const row of table.rows) {
    const index = row.cells.findIndex((cell) => cell.text === label)
    if (index >= 0) return row.cells[index + 1]?.text ?? ''
  }
  throw new Error(`no field ${label}`)
}

describe('rectification notices and acceptance forms', () => {
  it('issues a notice for every hazard not yet closed', async () => {
    const { school, codes } = await outputSchool()
    const { data, files } = await snapshotOf(school)
    const xml = readDocx(await buildRectificationNotices(data, files))['word/document.xml']
    const notices = forms(xml, '隐患整改通知书')

    const noticed = notices.map((notice) => field(notice.table, '隐患编号')).sort()
    expect(noticed).toEqual([codes.formula, codes.overdue, codes.major, codes.thinMajor, codes.awaiting].sort())

    const major = notices.find((notice) => field(notice.table, '隐患编号') === codes.major)
    if (!major) throw new Error('no notice for the 重大 hazard')
    expect(field(major.table, '隐患等级')).toBe('重大（现场类）')
    expect(field(major.table, '整改时限')).toBe('2026年12月10日前')
    expect(field(major.table, '整改要求')).toBe('更换灭火器，检查其余灭火器压力')
    expect(field(major.table, '临时防范措施')).toBe('更换前在后厨增配两具灭火器')
    expect(field(major.table, '整改责任人')).toBe('张志强（总务处）')
    expect(field(major.table, '签收人（签字）')).toBe('')
    expect(major.xml).toContain('编号：TZ-')
    // The photo of the finding is printed small under the form.
    expect(embeddedIds(major.xml)).toHaveLength(1)

    const registered = notices.find((notice) => field(notice.table, '隐患编号') === codes.formula)
    if (!registered) throw new Error('no notice for the registered hazard')
    expect(field(registered.table, '整改要求')).toContain('整改措施尚未落实')
    // Nothing decided yet prints as 待定, not as a default the school never chose.
    expect(field(registered.table, '整改资金')).toBe('（待定）')
    expect(field(registered.table, '临时防范措施')).toBe('（待定）')
  })

  it('makes an acceptance form per hazard awaiting acceptance or closed this term', async () => {
    const { school, codes } = await outputSchool()
    const { data, files } = await snapshotOf(school)
    const buffer = await buildRectificationNotices(data, files)
    const xml = readDocx(buffer)['word/document.xml']
    const acceptances = forms(xml, '隐患整改验收单')

    expect(acceptances.map((form) => field(form.table, '隐患编号')).sort()).toEqual([codes.awaiting, codes.closed, codes.spot].sort())

    const awaiting = acceptances.find((form) => field(form.table, '隐患编号') === codes.awaiting)
    const closed = acceptances.find((form) => field(form.table, '隐患编号') === codes.closed)
    const spot = acceptances.find((form) => field(form.table, '隐患编号') === codes.spot)
    if (!awaiting || !closed || !spot) throw new Error('acceptance form missing')

    // Awaiting acceptance: the boxes to tick and the signature fields are left for the acceptor.
    expect(field(awaiting.table, '验收意见')).toBe('□整改合格，同意销号　　□整改不合格，继续整改')
    expect(field(awaiting.table, '验收人（签字）')).toBe('')
    expect(field(awaiting.table, '整改人')).toBe('张志强（总务处）')
    expect(embeddedIds(awaiting.xml)).toHaveLength(1)

    // Closed: filled from the record; the acceptor is not the rectifier.
    expect(field(closed.table, '验收意见')).toBe('☑整改合格，同意销号　　□整改不合格，继续整改压力正常，验收合格')
    expect(field(closed.table, '验收人（签字）')).toBe('刘德福（安全办）')
    expect(field(closed.table, '整改人')).not.toBe(field(closed.table, '验收人（签字）'))
    expect(field(closed.table, '销号日期')).toBe('2026年12月4日')
    expect(field(spot.table, '整改通知书编号')).toBe('立查立改，未下达')

    expect(docxPictures(buffer).size).toBe(2)
  })

  it('prints one blank form of each without hazards', async () => {
    const { school } = await outputSchool()
    const { data } = await snapshotOf(school)
    const xml = readDocx(await buildRectificationNotices({ ...data, hazards: [] }))['word/document.xml']
    const text = bodyBlocks(xml).map((block) => block.text).join('\n')

    expect(text).toContain('没有未销号的隐患')
    const notices = forms(xml, '隐患整改通知书')
    const acceptances = forms(xml, '隐患整改验收单')
    expect(notices).toHaveLength(1)
    expect(acceptances).toHaveLength(1)
    expect(field(notices[0].table, '隐患编号')).toBe('')
    expect(field(notices[0].table, '隐患等级')).toBe('□一般　□重大')
    expect(field(acceptances[0].table, '验收意见')).toBe('□整改合格，同意销号　　□整改不合格，继续整改')
  })

  it('leaves out hazards closed before this term', async () => {
    const { school, codes } = await outputSchool()
    const { data } = await snapshotOf(school)
    const calendar = [{ id: 1, kind: 'term' as const, name: '2026—2027学年第一学期', startsOn: '2026-12-05', endsOn: '2027-01-22' }]
    // With the term starting after the closures, the closed hazards get no acceptance form.
    const moved = { ...data, calendar, exportedAt: '2026-12-06T04:00:00.000Z' }
    const acceptances = forms(readDocx(await buildRectificationNotices(moved))['word/document.xml'], '隐患整改验收单')
    expect(acceptances.map((form) => field(form.table, '隐患编号'))).toEqual([codes.awaiting])
  })
})
