import type ExcelJS from 'exceljs'
import type { SchoolData } from '../../shared/exchange/school-data'
import { riskPointKindLabels } from '../../shared/domain/entities'
import { controlLevelLabels, riskLevelInfo } from '../../shared/domain/levels'
import { measureCategories, measureCategoryLabels } from '../../shared/domain/measures'
import type { GradingMethod } from '../../shared/grading/grade'
import { roundScore } from '../../shared/grading/grade'
import type { OutputBuilder } from '../outputs/output-builder'
import { numberedLines, type CellInput } from './cell-text'
import { accidentTypeNames, pointAccidentTypes, pointControlLevel, pointLevel, SchoolLookups, type RiskData, type RiskPointData } from './lookups'
import { cellStyle, createWorkbook, levelStyle, setupPage, TableWriter, workbookBuffer, writeTitle, type ColumnSpec } from './sheet-layout'

export const riskListSheetName = '风险分级管控清单'
export const riskPointRegisterSheetName = '风险点登记台账'

/** 评价方法 as printed in the narrow column; the full names are in the manual's method chapter. */
export const methodShortLabels: Record<GradingMethod, string> = {
  lec: 'LEC法',
  ls: 'LS法',
  direct: '直接判定'
}

export const riskListColumns: readonly ColumnSpec[] = [
  { header: '序号', min: 5, max: 5, align: 'center' },
  { header: '风险点\n编号', min: 8, max: 9.5, align: 'center' },
  { header: '风险点名称', min: 10, max: 12 },
  { header: '类型', min: 9.5, max: 9.5, align: 'center' },
  { header: '所在区域', min: 9.5, max: 11 },
  { header: '危险有害因素', min: 14, max: 20 },
  { header: '可能导致的\n事故类型', min: 10, max: 11 },
  { header: '评价\n方法', min: 9.5, max: 9.5, align: 'center' },
  { header: 'L', min: 5, max: 5, align: 'center' },
  { header: 'E/S', min: 5, max: 5, align: 'center' },
  { header: 'C', min: 5, max: 5, align: 'center' },
  { header: '风险值\n(D/R)', min: 7, max: 7, align: 'center' },
  { header: '风险等级', min: 9.5, max: 9.5, align: 'center' },
  ...measureCategories.map((category) => ({ header: measureCategoryLabels[category], min: 12, max: 20 })),
  { header: '管控\n层级', min: 9.5, max: 9.5, align: 'center' },
  { header: '责任岗位', min: 9.5, max: 11, align: 'center' },
  { header: '责任人', min: 8, max: 8, align: 'center' }
]

const levelColumn = 12
const pointColumns = [1, 2, 3, 4]

export const riskPointRegisterColumns: readonly ColumnSpec[] = [
  { header: '序号', min: 5, max: 6, align: 'center' },
  { header: '风险点编号', min: 8, max: 12, align: 'center' },
  { header: '风险点名称', min: 14, max: 24 },
  { header: '类型', min: 9.5, max: 10, align: 'center' },
  { header: '所在区域', min: 12, max: 20 },
  { header: '可能导致的事故类型', min: 16, max: 36 },
  { header: '风险等级', min: 9.5, max: 10, align: 'center' },
  { header: '管控层级', min: 8, max: 9.5, align: 'center' },
  { header: '责任岗位', min: 10, max: 16, align: 'center' },
  { header: '责任人', min: 7, max: 10, align: 'center' },
  { header: '风险数', min: 7, max: 7, align: 'center' }
]

/** L, E/S, C and the score of a risk: L/E/C for LEC, L/S with C empty for LS, all empty for direct grading. */
export function factorCells(risk: RiskData): [CellInput, CellInput, CellInput, CellInput] {
  const score = risk.score === null ? null : roundScore(risk.score)
  switch (risk.method) {
    case 'lec':
      return [risk.lecL, risk.lecE, risk.lecC, score]
    case 'ls':
      return [risk.lsL, risk.lsS, null, score]
    case 'direct':
      return [null, null, null, null]
  }
}

/** The measures of one category, numbered on separate lines. */
export function measureCell(risk: RiskData, category: (typeof measureCategories)[number]): string {
  const texts = risk.measures
    .filter((measure) => measure.category === category && measure.content.trim() !== '')
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((measure) => measure.content)
  return numberedLines(texts)
}

function pointCells(point: RiskPointData): CellInput[] {
  return [point.code, point.name, riskPointKindLabels[point.kind], point.area]
}

function writeRiskList(sheet: ExcelJS.Worksheet, data: SchoolData, lookups: SchoolLookups): void {
  const columns = riskListColumns
  writeTitle(sheet, 1, columns.length, `${data.school.name}安全风险分级管控清单`)
  const table = new TableWriter(sheet, columns, 2)
  let serial = 0

  for (const point of data.riskPoints) {
    const first = table.lastRow + 1
    if (point.risks.length === 0) {
      table.addRow([++serial, ...pointCells(point), '（尚未辨识风险）'])
      continue
    }
    for (const risk of point.risks) {
      const [l, es, c, score] = factorCells(risk)
      const info = riskLevelInfo[risk.level]
      // A risk without its own owner is owned by its risk point's.
      const ownerPost = risk.ownerPostId ?? point.ownerPostId
      const ownerStaff = risk.ownerStaffId ?? (risk.ownerPostId === null ? point.ownerStaffId : null)
      table.addRow(
        [
          ++serial,
          ...pointCells(point),
          risk.hazard,
          accidentTypeNames(risk.accidentTypes),
          methodShortLabels[risk.method],
          l,
          es,
          c,
          score,
          info.word,
          ...measureCategories.map((category) => measureCell(risk, category)),
          controlLevelLabels[risk.controlLevel],
          lookups.postName(ownerPost),
          lookups.responsiblePerson(ownerStaff, ownerPost)
        ],
        { [levelColumn]: levelStyle(risk.level) }
      )
    }
    for (const column of pointColumns) table.mergeDown(column, first, table.lastRow)
  }

  table.finish()
  // 21 columns: fitted to A4's width the text prints at about 5 pt, on A3 at about 8 pt.
  setupPage(sheet, { orientation: 'landscape', paper: 'A3', printTitlesRow: '2:2', frozenRows: 2 })
}

function writeRiskPointRegister(sheet: ExcelJS.Worksheet, data: SchoolData, lookups: SchoolLookups): void {
  const columns = riskPointRegisterColumns
  writeTitle(sheet, 1, columns.length, `${data.school.name}风险点登记台账`)
  const table = new TableWriter(sheet, columns, 2)

  data.riskPoints.forEach((point, index) => {
    const level = pointLevel(point)
    const controlLevel = pointControlLevel(point)
    table.addRow(
      [
        index + 1,
        ...pointCells(point),
        accidentTypeNames(pointAccidentTypes(point)),
        level ? riskLevelInfo[level].word : '未评价',
        controlLevel ? controlLevelLabels[controlLevel] : '',
        lookups.postName(point.ownerPostId),
        lookups.responsiblePerson(point.ownerStaffId, point.ownerPostId),
        point.risks.length
      ],
      { 6: level ? levelStyle(level) : cellStyle({ align: 'center' }) }
    )
  })

  table.finish()
  setupPage(sheet, { orientation: 'landscape', printTitlesRow: '2:2', frozenRows: 2 })
}

export async function buildRiskControlList(data: SchoolData): Promise<Buffer> {
  const workbook = createWorkbook(data)
  const lookups = new SchoolLookups(data)
  writeRiskList(workbook.addWorksheet(riskListSheetName), data, lookups)
  writeRiskPointRegister(workbook.addWorksheet(riskPointRegisterSheetName), data, lookups)
  return workbookBuffer(workbook)
}

export const riskControlListBuilder: OutputBuilder = {
  key: 'risk-control-list',
  title: '风险分级管控清单',
  kind: 'xlsx',
  build: buildRiskControlList
}
