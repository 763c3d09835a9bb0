import type { FileChild } from 'docx'
import { hazardGradeShortLabels, hazardStateLabels } from '../../../shared/domain/hazards'
import type { GroupFigures, HazardCounts } from '../../../shared/statistics/hazard-figures'
import { dateText } from '../hazard-records/hazard-text'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { ReportFigures } from './report-figures'

/** The tables of a statistics report. Counts are printed as numbers; a share without a base is a dash. */

const countColumns = [
  { header: '本期发现', weight: 3, align: 'center' as const },
  { header: '本期销号', weight: 3, align: 'center' as const },
  { header: '未销号', weight: 3, align: 'center' as const },
  { header: '其中逾期', weight: 3, align: 'center' as const }
]

function countCells(row: HazardCounts): string[] {
  return [String(row.found), String(row.closed), String(row.open), String(row.overdue)]
}

function sum(rows: readonly HazardCounts[]): HazardCounts {
  return rows.reduce((total, row) => ({ found: total.found + row.found, closed: total.closed + row.closed, open: total.open + row.open, overdue: total.overdue + row.overdue }), {
    found: 0,
    closed: 0,
    open: 0,
    overdue: 0
  })
}

function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—'
}

export function gradeTable(figures: ReportFigures): FileChild[] {
  const rows = figures.hazards.byGrade
  return table({
    width: portraitTextWidth,
    columns: [{ header: '隐患等级', weight: 4, align: 'center' }, ...countColumns],
    rows: [...rows.map((row) => [`${hazardGradeShortLabels[row.grade]}事故隐患`, ...countCells(row)]), [{ content: '合计', bold: true }, ...countCells(sum(rows))]]
  })
}

export function areaTable(areas: readonly GroupFigures[]): FileChild[] {
  return table({
    width: portraitTextWidth,
    columns: [{ header: '区域', weight: 6 }, ...countColumns],
    rows: areas.length > 0 ? [...areas.map((row) => [cleanText(row.label), ...countCells(row)]), [{ content: '合计', bold: true }, ...countCells(sum(areas))]] : [[{ content: '本期没有隐患。', span: 5, align: 'center' }]]
  })
}

export function monthTable(figures: ReportFigures): FileChild[] {
  return table({
    width: portraitTextWidth,
    columns: [
      { header: '月份', weight: 4, align: 'center' },
      { header: '发现', weight: 3, align: 'center' },
      { header: '销号', weight: 3, align: 'center' }
    ],
    rows: figures.hazards.byMonth.map((month) => [`${month.startsOn.slice(0, 4)}年${month.label}`, String(month.found), String(month.closed)])
  })
}

export function inspectionTable(figures: ReportFigures): FileChild[] {
  const rows = figures.inspections
  return table({
    width: portraitTextWidth,
    fontSize: 18,
    columns: [
      { header: '排查类型', weight: 4, align: 'center' },
      { header: '应查期次', weight: 3, align: 'center' },
      { header: '已完成', weight: 3, align: 'center' },
      { header: '未按期', weight: 3, align: 'center' },
      { header: '进行中', weight: 3, align: 'center' },
      { header: '按期完成率', weight: 3, align: 'center' },
      { header: '排查记录（次）', weight: 3, align: 'center' }
    ],
    rows:
      rows.length > 0
        ? rows.map((row) => [row.label, String(row.due), String(row.done), String(row.missed), String(row.running), share(row.done, row.done + row.missed), String(row.records)])
        : [[{ content: '本期没有排查计划，也没有排查记录。', span: 7, align: 'center' }]]
  })
}

export function supervisionTable(figures: ReportFigures): FileChild[] {
  const rows = figures.hazards.supervision
  return table({
    width: portraitTextWidth,
    fontSize: 18,
    columns: [
      { header: '序号', weight: 2, align: 'center' },
      { header: '隐患编号', weight: 5, align: 'center' },
      { header: '等级', weight: 2, align: 'center' },
      { header: '区域／部位', weight: 5 },
      { header: '隐患描述', weight: 8 },
      { header: '责任人', weight: 3, align: 'center' },
      { header: '整改时限', weight: 4, align: 'center' },
      { header: '逾期天数', weight: 3, align: 'center' },
      { header: '状态', weight: 3, align: 'center' }
    ],
    rows:
      rows.length > 0
        ? rows.map((hazard, position) => [
            String(position + 1),
            hazard.code,
            hazardGradeShortLabels[hazard.grade],
            [cleanText(hazard.area), cleanText(hazard.place)].filter(Boolean).join('／'),
            cleanText(hazard.description),
            cleanText(hazard.responsible.name),
            hazard.deadline ? dateText(hazard.deadline) : '未定',
            hazard.overdueDays > 0 ? String(hazard.overdueDays) : '',
            hazard.state === 'closed' ? `${dateText(hazard.closedOn)}销号` : hazardStateLabels[hazard.state]
          ])
        : [[{ content: '没有需要督办的隐患。', span: 9, align: 'center' }]]
  })
}
