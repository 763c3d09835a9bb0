import type { FileChild } from 'docx'
import { participantCount, trainingKindLabels } from '../../../shared/domain/training'
import { formatHours, type TrainingSummary } from '../../../shared/domain/training-summary'
import type { ExchangeTraining } from '../../../shared/exchange/records'
import { table, type Cell, type Column } from '../layout/tables'
import { cleanText } from '../layout/text'
import { cm, portraitTextWidth } from '../layout/units'
import { chineseDate } from '../school/dates'

const registerColumns: Column[] = [
  { header: '序号', weight: 2.5, align: 'center' },
  { header: '日期', weight: 8, align: 'center' },
  { header: '培训主题', weight: 7.5 },
  { header: '类别', weight: 4, align: 'center' },
  { header: '主讲人', weight: 6, align: 'center' },
  { header: '学时', weight: 2.5, align: 'center' },
  { header: '人数', weight: 2.5, align: 'center' },
  { header: '附件', weight: 3, align: 'center' }
]

/** 附件 of a session as two short lines, e.g. 照片2 and 文件1, or a dash. */
function attachmentCount(training: ExchangeTraining): Cell {
  const photos = training.attachments.filter((attachment) => attachment.kind === 'photo').length
  const documents = training.attachments.length - photos
  const lines = [photos > 0 ? `照片${photos}` : '', documents > 0 ? `文件${documents}` : ''].filter(Boolean)
  return { content: lines.length > 0 ? lines : ['—'] }
}

/** Writes 培训登记表: one row per session, oldest first. */
export function registerTable(trainings: readonly ExchangeTraining[]): FileChild[] {
  return table({
    width: portraitTextWidth,
    columns: registerColumns,
    rows: trainings.map((training, position) => [
      String(position + 1),
      chineseDate(training.heldOn),
      cleanText(training.topic),
      trainingKindLabels[training.kind],
      cleanText(training.trainer),
      formatHours(training.hours),
      String(participantCount(training)),
      attachmentCount(training)
    ])
  })
}

/** Writes the register with empty rows, to fill in by hand. */
export function blankRegisterTable(rows: number): FileChild[] {
  return table({
    width: portraitTextWidth,
    minRowHeight: cm(0.9),
    columns: registerColumns,
    rows: Array.from({ length: rows }, (_, position) => [String(position + 1), '', '', '', '', '', '', ''])
  })
}

/** Light red behind the row of a person not trained this term, so the list is visible on paper too. */
const untrainedFill = 'FBE4E4'

function remark(person: TrainingSummary['people'][number]): string {
  if (!person.untrained) return ''
  if (person.makeUpBy === null) return '本学期未参训'
  return person.makeUpOverdue ? `未参训，补训已逾期（应于${chineseDate(person.makeUpBy)}前）` : `未参训，应于${chineseDate(person.makeUpBy)}前补训`
}

/** Writes 教职工参训情况: sessions and hours per person this term and this year, 未参训 marked. */
export function peopleTable(summary: TrainingSummary): FileChild[] {
  return table({
    width: portraitTextWidth,
    columns: [
      { header: '序号', weight: 2, align: 'center' },
      { header: '姓名', weight: 3, align: 'center' },
      { header: '部门', weight: 4, align: 'center' },
      { header: '本学期次数', weight: 4, align: 'center' },
      { header: '本学期学时', weight: 4, align: 'center' },
      { header: '本年度学时', weight: 4, align: 'center' },
      { header: '备注', weight: 8 }
    ],
    rows: summary.people.map((person, position) => {
      const fill = person.untrained ? untrainedFill : undefined
      const cell = (content: string, bold = false): Cell => ({ content, fill, bold })
      return [
        cell(String(position + 1)),
        cell(cleanText(person.name)),
        cell(cleanText(person.department)),
        cell(String(person.termSessions)),
        cell(formatHours(person.termHours)),
        cell(formatHours(person.yearHours)),
        cell(remark(person), person.untrained)
      ]
    })
  })
}
