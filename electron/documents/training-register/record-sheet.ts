import type { FileChild } from 'docx'
import { participantCount, trainingKindLabels, trainingKinds } from '../../../shared/domain/training'
import { formatHours } from '../../../shared/domain/training-summary'
import type { ExchangeTraining } from '../../../shared/exchange/records'
import type { StoredFiles } from '../../outputs/stored-files'
import { formField, formLabel, formRowHeight, formTitle, tallRow } from '../content/forms'
import { plain } from '../layout/paragraphs'
import { table, type CellValue, type Row } from '../layout/tables'
import { cleanLines, cleanText } from '../layout/text'
import { cm, portraitTextWidth } from '../layout/units'
import { chineseDate } from '../school/dates'
import type { SchoolIndex } from '../school/school-index'
import { photoParagraphs } from './photos'

const formColumns = [
  { header: '', weight: 4 },
  { header: '', weight: 6 },
  { header: '', weight: 4 },
  { header: '', weight: 6 }
]

/** Sign-in table: two people per row, each with 序号, 姓名, 部门 and a signature column wide enough to sign. */
const signInColumns = [
  { header: '序号', weight: 2, align: 'center' as const },
  { header: '姓名', weight: 3, align: 'center' as const },
  { header: '部门', weight: 4, align: 'center' as const },
  { header: '签名', weight: 5, align: 'center' as const },
  { header: '序号', weight: 2, align: 'center' as const },
  { header: '姓名', weight: 3, align: 'center' as const },
  { header: '部门', weight: 4, align: 'center' as const },
  { header: '签名', weight: 5, align: 'center' as const }
]
const signInRowHeight = cm(0.85)

/** Returns a multi-line value as the paragraphs of a form field, or a blank field. */
function textField(value: string, span: number): CellValue {
  const lines = cleanLines(value)
  return { content: lines.length > 0 ? lines : [''], span }
}

function audienceOf(index: SchoolIndex, training: ExchangeTraining): string {
  const stated = cleanText(training.audience)
  if (stated) return stated
  const departments = [...new Set(training.attendeeIds.map((id) => cleanText(index.person(id)?.department ?? '')).filter(Boolean))]
  return departments.length > 0 ? `${departments.join('、')}教职工` : ''
}

/** Writes 安全教育培训记录表 of one session: 日期, 地点, 主讲人, 对象, 人数, 内容, 学时 and 效果评估, filled in. */
function recordTable(index: SchoolIndex, training: ExchangeTraining): FileChild[] {
  const count = participantCount(training)
  return table({
    width: portraitTextWidth,
    header: false,
    minRowHeight: formRowHeight,
    columns: formColumns,
    rows: [
      [formLabel('培训主题'), { content: cleanText(training.topic), span: 3 }],
      [formLabel('培训类别'), formField(1, trainingKindLabels[training.kind]), formLabel('学时'), formField(1, formatHours(training.hours))],
      [formLabel('日期'), formField(1, chineseDate(training.heldOn)), formLabel('地点'), formField(1, cleanText(training.location))],
      [formLabel('主讲人'), formField(1, cleanText(training.trainer)), formLabel('人数'), formField(1, count > 0 ? `${count}人` : '')],
      [formLabel('培训对象'), formField(3, audienceOf(index, training))],
      tallRow([formLabel('培训内容'), textField(training.content, 3)], 4),
      tallRow([formLabel('效果评估'), textField(training.assessment, 3)], 2.2),
      [formLabel('记录人（签字）'), formField(), formLabel('审核人（签字）'), formField()]
    ]
  })
}

/**
 * Lists the people two to a row, numbered left to right, so the numbers still run in order where the table
 * breaks across a page.
 */
function signInRows(people: readonly { name: string; department: string }[], minimumRows: number): Row[] {
  const rowCount = Math.max(minimumRows, Math.ceil(people.length / 2))
  const half = (position: number): string[] => {
    const person = people[position]
    return person ? [String(position + 1), person.name, person.department, ''] : ['', '', '', '']
  }
  return Array.from({ length: rowCount }, (_, row) => ({ cells: [...half(row * 2), ...half(row * 2 + 1)], minHeight: signInRowHeight }))
}

/** Writes 参训人员签到表: the attendees from the roster with an empty signature column. */
function signInTable(index: SchoolIndex, training: ExchangeTraining): FileChild[] {
  const people = training.attendeeIds
    .map((id) => index.person(id))
    .filter((person) => person !== undefined)
    .map((person) => ({ name: cleanText(person.name), department: cleanText(person.department) }))

  const note =
    people.length === 0
      ? [plain(training.headcount ? `参加人员不在教职工名册中（共${training.headcount}人），签到表另附；下表供现场签到使用。` : '本次培训未登记参训教职工，下表供现场签到使用。')]
      : []
  return [
    plain({ text: '参训人员签到表', bold: true }, { align: 'center', keepNext: true }),
    ...note,
    ...table({ width: portraitTextWidth, columns: signInColumns, rows: signInRows(people, people.length === 0 ? 8 : 0) })
  ]
}

/** Writes one session on its own pages: record sheet, sign-in table, photos and other attachments. */
export function recordSheet(index: SchoolIndex, training: ExchangeTraining, files: StoredFiles | undefined, options: { pageBreakBefore: boolean }): FileChild[] {
  return [
    formTitle('安全教育培训记录表', options),
    ...recordTable(index, training),
    ...signInTable(index, training),
    ...photoParagraphs(training, files)
  ]
}

/** Writes a blank record sheet and sign-in table, to print and fill in by hand. */
export function blankRecordSheet(options: { pageBreakBefore: boolean }): FileChild[] {
  const kinds = trainingKinds.map((kind) => `□${trainingKindLabels[kind]}`).join(' ')
  return [
    formTitle('安全教育培训记录表', options),
    ...table({
      width: portraitTextWidth,
      header: false,
      minRowHeight: formRowHeight,
      columns: formColumns,
      rows: [
        [formLabel('培训主题'), formField(3)],
        [formLabel('培训类别'), formField(3, kinds)],
        [formLabel('日期'), formField(1, '　　年　　月　　日'), formLabel('地点'), formField()],
        [formLabel('主讲人'), formField(), formLabel('学时'), formField()],
        [formLabel('培训对象'), formField(), formLabel('人数'), formField()],
        tallRow([formLabel('培训内容'), formField(3)], 5),
        tallRow([formLabel('效果评估'), formField(3, '□优　□良　□合格　□不合格（考核方式：□笔试　□口试　□实际操作）')], 2.5),
        [formLabel('记录人（签字）'), formField(), formLabel('审核人（签字）'), formField()]
      ]
    }),
    plain({ text: '参训人员签到表', bold: true }, { align: 'center', keepNext: true, pageBreakBefore: true }),
    ...table({ width: portraitTextWidth, columns: signInColumns, rows: signInRows([], 20) }),
    plain('注：培训照片另页粘贴；课件、讲稿和考核记录附后。')
  ]
}
