import type { FileChild } from 'docx'
import { measuresBeyondControls } from '../../../shared/analysis-improvements'
import { analysisFieldLabels, analysisRecordTitles, defaultAnalysisMethod, type AnalysisMethod } from '../../../shared/domain/analysis'
import { riskPointKindLabels } from '../../../shared/domain/entities'
import { controlLevelLabels } from '../../../shared/domain/levels'
import type { SchoolData } from '../../../shared/exchange/school-data'
import { formatScore } from '../../../shared/grading/grade'
import type { TableCaptions } from '../layout/captions'
import { circledNumber } from '../layout/numbering'
import { body, heading1, heading2 } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table, type Cell, type CellValue, type Column } from '../layout/tables'
import { cleanLines, cleanText, wideSpace } from '../layout/text'
import { landscapeTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import { pointLabel } from '../school/risk-text'
import type { DataRisk, DataRiskPoint, SchoolIndex } from '../school/school-index'

type DataAnalysisEntry = NonNullable<SchoolData['analysisEntries']>[number]

const appendixTitle = `附录${wideSpace}风险评价记录`
const partTitles: Record<AnalysisMethod, string> = {
  jha: `（一）${analysisRecordTitles.jha}`,
  scl: `（二）${analysisRecordTitles.scl}`
}
const pointColumnTitles: Record<AnalysisMethod, string> = { jha: '作业活动', scl: '设备设施／场所' }

/** Number of columns from L to 责任人, which a step without risks fills with one cell. */
const evaluationColumnCount = 8

/**
 * Columns of a record table, in DXA of the 225 mm landscape text width (12 756 DXA; the weights sum close to it).
 * A 小五 character is about 180 DXA wide: the existing controls, the longest text, get the most width, and the
 * factor columns fit three digits.
 */
function recordColumns(method: AnalysisMethod): Column[] {
  const labels = analysisFieldLabels[method]
  const scl = method === 'scl'
  const standard: Column[] = scl ? [{ header: '标准', weight: 2000 }] : []
  return [
    { header: pointColumnTitles[method], weight: 700, align: 'center' },
    { header: '序号', weight: 400, align: 'center' },
    { header: labels.item, weight: scl ? 900 : 1000 },
    ...standard,
    { header: scl ? '不符合标准情况及后果' : labels.deviation, weight: scl ? 1500 : 1800 },
    { header: labels.existingControls, weight: scl ? 2600 : 3700 },
    { header: 'L', weight: 360, align: 'center' },
    { header: 'E/S', weight: 420, align: 'center' },
    { header: 'C', weight: 360, align: 'center' },
    { header: 'D/R', weight: 440, align: 'center' },
    { header: '风险等级', weight: 560, align: 'center' },
    { header: '建议改进措施', weight: scl ? 1000 : 1200 },
    { header: '管控层级', weight: 560, align: 'center' },
    { header: '责任人', weight: 820, align: 'center' }
  ]
}

function linesOrDash(value: string): string | string[] {
  const lines = cleanLines(value)
  return lines.length > 0 ? lines : '—'
}

function factor(value: number | null): string {
  return value === null ? '—' : formatScore(value)
}

/** Returns L, E/S, C and D/R as the record prints them: LEC fills all four, LS puts S under E/S and R under D/R. */
function factorCells(risk: DataRisk): string[] {
  switch (risk.method) {
    case 'lec':
      return [factor(risk.lecL), factor(risk.lecE), factor(risk.lecC), factor(risk.score)]
    case 'ls':
      return [factor(risk.lsL), factor(risk.lsS), '—', factor(risk.score)]
    case 'direct':
      return ['—', '—', '—', '—']
  }
}

/** Lists the linked risk's measures not yet among the step's existing controls, numbered ①②…, or 无. */
function improvementCell(entry: DataAnalysisEntry, risk: DataRisk): Cell {
  const beyond = measuresBeyondControls(entry.existingControls, risk.measures)
  if (beyond.length === 0) return { content: '无', align: 'center' }
  return { content: beyond.map((measure, position) => `${circledNumber(position + 1)}${cleanText(measure.content)}`) }
}

/** Returns the named person or the post's holders, else the post, because the 责任人 column is too narrow for both. */
function ownerName(index: SchoolIndex, risk: DataRisk): string {
  const owner = index.owner(risk.ownerPostId, risk.ownerStaffId)
  return owner.person || owner.post || '未指定'
}

function evaluationCells(index: SchoolIndex, entry: DataAnalysisEntry, risk: DataRisk | undefined): CellValue[] {
  if (!risk) return [{ content: '尚未由此辨识风险，未评价', span: evaluationColumnCount, align: 'center' }]
  return [
    ...factorCells(risk),
    levelCell(risk.level),
    improvementCell(entry, risk),
    controlLevelLabels[risk.controlLevel],
    ownerName(index, risk)
  ]
}

function entryCells(entry: DataAnalysisEntry, method: AnalysisMethod, rowSpan: number): CellValue[] {
  const standard: CellValue[] = method === 'scl' ? [{ content: linesOrDash(entry.standard), rowSpan }] : []
  return [
    { content: String(entry.seq), rowSpan, align: 'center' },
    { content: cleanText(entry.item), rowSpan },
    ...standard,
    { content: linesOrDash(entry.deviation), rowSpan },
    { content: linesOrDash(entry.existingControls), rowSpan }
  ]
}

/**
 * Builds the rows of one point's record: one row per risk a step or item found, and one row for a step that found
 * none yet. A step's own cells merge over its risks. Each step repeats the point's name, so a page that continues
 * a table still shows which point it belongs to.
 */
function recordRows(index: SchoolIndex, point: DataRiskPoint, entries: readonly DataAnalysisEntry[], method: AnalysisMethod): CellValue[][] {
  const rows: CellValue[][] = []

  for (const entry of entries) {
    const risks = point.risks.filter((risk) => risk.analysisEntryId === entry.id)
    const span = Math.max(risks.length, 1)
    for (let position = 0; position < span; position += 1) {
      const ownCells: CellValue[] = position === 0 ? [{ content: cleanText(point.name), rowSpan: span, align: 'center' }, ...entryCells(entry, method, span)] : []
      rows.push([...ownCells, ...evaluationCells(index, entry, risks[position])])
    }
  }
  return rows
}

function unlinkedNote(point: DataRiskPoint, entries: readonly DataAnalysisEntry[], method: AnalysisMethod): FileChild[] {
  const ids = new Set(entries.map((entry) => entry.id))
  const unlinked = point.risks.filter((risk) => risk.analysisEntryId === null || risk.analysisEntryId === undefined || !ids.has(risk.analysisEntryId))
  if (unlinked.length === 0) return []
  return [body(`注：${pointLabel(point)}另有${unlinked.length}项风险未关联${analysisFieldLabels[method].item}，其评价见安全风险分级管控清单。`)]
}

function recordTable(index: SchoolIndex, captions: TableCaptions, point: DataRiskPoint, entries: readonly DataAnalysisEntry[], method: AnalysisMethod): FileChild[] {
  return [
    captions.caption(`${pointLabel(point)}${wideSpace}${analysisRecordTitles[method]}`),
    ...table({
      width: landscapeTextWidth,
      fontSize: sizes.tableSmall,
      verticalAlign: 'top',
      columns: recordColumns(method),
      rows: recordRows(index, point, entries, method)
    }),
    ...unlinkedNote(point, entries, method)
  ]
}

/** Lists the points of this part that have no record at all, each marked 未作记录, so none is silently left out. */
function missingRecordsTable(index: SchoolIndex, captions: TableCaptions, points: readonly DataRiskPoint[], method: AnalysisMethod): FileChild[] {
  if (points.length === 0) return []
  const kind = riskPointKindLabels[method === 'jha' ? 'activity' : 'facility']
  return [
    captions.caption(`未作${analysisRecordTitles[method].replace('记录表', '记录')}的${kind}类风险点`),
    ...table({
      width: landscapeTextWidth,
      fontSize: sizes.tableSmall,
      columns: [
        { header: '序号', weight: 500, align: 'center' },
        { header: '风险点编号', weight: 1000, align: 'center' },
        { header: '风险点名称', weight: 2600 },
        { header: '所在区域', weight: 2200 },
        { header: '风险数', weight: 700, align: 'center' },
        { header: '记录情况', weight: 1200, align: 'center' }
      ],
      rows: points.map((point, position) => [
        String(position + 1),
        cleanText(point.code),
        cleanText(point.name),
        cleanText(point.area) || '—',
        String(point.risks.length),
        '未作记录'
      ])
    })
  ]
}

function partIntro(index: SchoolIndex, method: AnalysisMethod, recorded: number, missing: number): FileChild[] {
  const kind = riskPointKindLabels[method === 'jha' ? 'activity' : 'facility']
  if (recorded === 0 && missing === 0) return [body(`${index.terms.unit}没有采用本方法辨识的${kind}类风险点。`)]
  const missingText = missing > 0 ? `，另有${missing}个${kind}类风险点未作记录，列于本节末表` : ''
  return [body(`本节共有${recorded}个风险点的${analysisRecordTitles[method]}${missingText}。`)]
}

function recordPart(index: SchoolIndex, captions: TableCaptions, entries: readonly DataAnalysisEntry[], method: AnalysisMethod): FileChild[] {
  const ofMethod = entries.filter((entry) => entry.method === method)
  const recorded = index.riskPoints
    .map((point) => ({ point, entries: ofMethod.filter((entry) => entry.riskPointId === point.id).sort((a, b) => a.seq - b.seq) }))
    .filter((group) => group.entries.length > 0)
  const missing = index.riskPoints.filter(
    (point) => defaultAnalysisMethod(point.kind) === method && !entries.some((entry) => entry.riskPointId === point.id)
  )

  return [
    heading2(partTitles[method]),
    ...partIntro(index, method, recorded.length, missing.length),
    ...recorded.flatMap((group) => recordTable(index, captions, group.point, group.entries, method)),
    ...missingRecordsTable(index, captions, missing, method)
  ]
}

function appendixIntro(index: SchoolIndex, entries: readonly DataAnalysisEntry[]): FileChild[] {
  const { unit } = index.terms
  if (index.riskPoints.length === 0) {
    return [body(`${unit}尚未辨识风险点，暂无风险评价记录。完成风险辨识后重新生成本手册，本附录按风险点列出工作危害分析（JHA）和安全检查表分析（SCL）记录。`)]
  }

  const explanation = body(
    '作业活动类风险点按工作危害分析（JHA）记录：把活动分解为先后步骤，逐步写明危险源或潜在事件和现有控制措施；设施场所类风险点按安全检查表分析（SCL）记录：逐项写明检查项目、标准、不符合标准的情况及后果和现有控制措施。每个步骤或项目辨识出的风险列出其评价结果，一个步骤辨识出几项风险的分行列出。'
  )
  const columns = body(
    '表中采用LEC法评价的风险列出L、E、C和D值；采用LS法评价的风险在“E/S”栏列出后果严重性S、在“D/R”栏列出风险值R，“C”栏不填；直接判定等级的风险不列分值。“建议改进措施”为该风险的管控措施中尚未列入现有控制措施的部分。'
  )
  if (entries.length > 0) return [explanation, columns]
  return [
    body(`${unit}尚未作工作危害分析（JHA）和安全检查表分析（SCL）记录，各风险点均列为“未作记录”。在风险辨识中为风险点填写工作步骤或检查项目后重新生成本手册，本附录即列出记录表。`),
    explanation,
    columns
  ]
}

/**
 * Writes the appendix 风险评价记录 (landscape): the JHA record of each activity and the SCL record of each facility,
 * one table per risk point with its steps or items and the evaluation of the risks each found. Points without a
 * record are listed as 未作记录.
 */
export function analysisRecordsAppendix(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const entries = index.data.analysisEntries ?? []
  const heading = heading1(appendixTitle)
  if (index.riskPoints.length === 0) return [heading, ...appendixIntro(index, entries)]

  return [heading, ...appendixIntro(index, entries), ...recordPart(index, captions, entries, 'jha'), ...recordPart(index, captions, entries, 'scl')]
}
