import type { FileChild, Paragraph } from 'docx'
import type { BarChart } from '../../../shared/charts/bar-chart'
import type { GroupFigures } from '../../../shared/statistics/hazard-figures'
import { dateText } from '../hazard-records/hazard-text'
import { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body, bodyLines, plain } from '../layout/paragraphs'
import { fonts } from '../layout/styles'
import { cleanText, wideSpace } from '../layout/text'
import { analysisLines, trainingLine } from './analysis'
import { chartParagraph } from './chart-picture'
import type { ReportFigures } from './report-figures'
import { areaTable, gradeTable, inspectionTable, monthTable, supervisionTable } from './report-tables'

/** One statistics report (a month or a term) as a chapter: figures, tables, charts, analysis and the 督办 list. */

const colours = { found: '#4472C4', closed: '#70AD47', open: '#ED7D31' }

/** Areas drawn in the area chart; the rest are added up as 其他区域. */
const chartedAreas = 8

/** Numbers the charts of a document (图1, 图2 …) and prints each caption under its chart. */
export class FigureCaptions {
  private count = 0

  caption(text: string): Paragraph {
    this.count += 1
    return plain({ text: `图${this.count}${wideSpace}${text}`, font: fonts.hei }, { align: 'center' })
  }
}

function chartedAreaRows(areas: readonly GroupFigures[]): GroupFigures[] {
  if (areas.length <= chartedAreas) return [...areas]
  const shown = areas.slice(0, chartedAreas - 1)
  const rest = areas.slice(chartedAreas - 1)
  const other = rest.reduce((total, row) => ({ ...total, found: total.found + row.found, closed: total.closed + row.closed, open: total.open + row.open, overdue: total.overdue + row.overdue }), {
    label: '其他区域',
    found: 0,
    closed: 0,
    open: 0,
    overdue: 0
  })
  return [...shown, other]
}

function gradeChart(figures: ReportFigures): BarChart {
  const rows = figures.hazards.byGrade
  return {
    title: '各等级隐患数量',
    unit: '项',
    categories: rows.map((row) => `${row.label}事故隐患`),
    series: [
      { name: '本期发现', colour: colours.found, values: rows.map((row) => row.found) },
      { name: '本期销号', colour: colours.closed, values: rows.map((row) => row.closed) },
      { name: '未销号', colour: colours.open, values: rows.map((row) => row.open) }
    ],
    emptyText: '本期没有隐患'
  }
}

function areaChart(figures: ReportFigures): BarChart {
  const rows = chartedAreaRows(figures.hazards.byArea)
  return {
    title: '各区域隐患数量',
    unit: '项',
    categories: rows.map((row) => cleanText(row.label)),
    series: [
      { name: '本期发现', colour: colours.found, values: rows.map((row) => row.found) },
      { name: '未销号', colour: colours.open, values: rows.map((row) => row.open) }
    ],
    emptyText: '本期没有隐患'
  }
}

function monthChart(figures: ReportFigures): BarChart {
  const months = figures.hazards.byMonth
  return {
    title: '各月隐患发现和销号数量',
    unit: '项',
    categories: months.map((month) => month.label),
    series: [
      { name: '发现', colour: colours.found, values: months.map((month) => month.found) },
      { name: '销号', colour: colours.closed, values: months.map((month) => month.closed) }
    ],
    emptyText: '本学期没有隐患'
  }
}

function chartBlock(chart: BarChart, figuresCaptions: FigureCaptions): FileChild[] {
  return [chartParagraph(chart), figuresCaptions.caption(chart.title)]
}

function periodLine(figures: ReportFigures): string {
  const { period } = figures
  const through = period.countedTo < period.endsOn ? `，统计至${dateText(period.countedTo)}` : ''
  const assumed = period.kind === 'term' && !period.fromCalendar ? '（校历中没有本学期，按通常的学期日期统计）' : ''
  return `统计期间：${dateText(period.startsOn)}至${dateText(period.endsOn)}${through}。${assumed}`
}

export interface PeriodReportOptions {
  /** The chapter heading, e.g. 月度统计（2026年12月）. */
  heading: string
  /** 本月 or 本学期. */
  periodWord: string
  pageBreakBefore: boolean
}

/** Writes the chapter of one period. Tables and charts are numbered across the document by the captions passed in. */
export function periodReport(figures: ReportFigures, outline: Outline, captions: { tables: TableCaptions; figures: FigureCaptions }, options: PeriodReportOptions): FileChild[] {
  const term = figures.period.kind === 'term'
  return [
    outline.chapter(options.heading, { pageBreakBefore: options.pageBreakBefore }),
    plain(periodLine(figures)),
    outline.section('隐患总体情况'),
    body(analysisLines(figures, options.periodWord)[0]),
    captions.tables.caption('隐患数量（按等级）'),
    ...gradeTable(figures),
    ...chartBlock(gradeChart(figures), captions.figures),
    outline.section('按区域统计'),
    captions.tables.caption('隐患数量（按区域）'),
    ...areaTable(figures.hazards.byArea),
    ...chartBlock(areaChart(figures), captions.figures),
    ...(term ? [outline.section('按月份统计'), captions.tables.caption('各月隐患发现和销号数量'), ...monthTable(figures), ...chartBlock(monthChart(figures), captions.figures)] : []),
    outline.section('排查和培训开展情况'),
    captions.tables.caption('排查计划执行情况'),
    ...inspectionTable(figures),
    plain({ text: '注：应查期次为本期内排查计划到期的次数（每日计划按上课日计），已完成为其中有排查记录的期次；排查记录含计划外的排查。', size: 21 }),
    body(trainingLine(figures, options.periodWord)),
    outline.section('分析与建议'),
    ...bodyLines(analysisLines(figures, options.periodWord).slice(1)),
    outline.section('督办清单'),
    body('下列隐患为截至统计日未销号的重大事故隐患和超过整改时限仍未销号的隐患，由双重预防工作办公室挂牌督办，销号后从清单中移除。'),
    captions.tables.caption('隐患督办清单'),
    ...supervisionTable(figures)
  ]
}
