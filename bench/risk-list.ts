import ExcelJS from 'exceljs'
import { accidentTypeName } from '../shared/domain/accident-types'
import { riskPointKindLabels } from '../shared/domain/entities'
import { controlLevelLabels, riskLevelInfo } from '../shared/domain/levels'
import { measureCategories, measureCategoryShortLabels } from '../shared/domain/measures'
import { grade } from '../shared/grading/grade'
import { defaultValueTables } from '../shared/grading/value-tables'
import { findBuiltinPost, riskLibrary } from '../electron/resources/builtin'

/**
 * The benchmark's risk list: a school's Excel list as a consultant types it, with a title row, a
 * two-row header (风险评价 over L/E/C/D, 管控措施 over the five categories), and 区域, 风险点 and 类型
 * merged over the risks of each point. Text comes from the built-in library, so cell lengths and the
 * character mix are realistic. Every typed level agrees with L × E × C on the default tables, so the
 * import asks no question.
 */

export interface RiskListSize {
  riskPoints: number
  risksPerPoint: number
}

/** 600 points of 5 risks: 3,000 rows. */
export const riskListSize: RiskListSize = { riskPoints: 600, risksPerPoint: 5 }

const title = '焦作市基准测试学校安全风险分级管控清单'
const groupRow = ['序号', '区域', '风险点', '类型', '危险有害因素', '因素类别', '可能导致的后果', '事故类型', '风险评价', null, null, null, '风险等级', '管控措施', null, null, null, null, '管控层级', '责任岗位']
const labelRow = [null, null, null, null, null, null, null, null, 'L', 'E', 'C', 'D', null, ...measureCategories.map((category) => measureCategoryShortLabels[category]), null, null]
/** Columns that span both header rows, merged as Excel users do. */
const tallColumns = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'M', 'S', 'T']
const firstDataRow = 4

const libraryRisks = riskLibrary.riskPoints.flatMap((point) => point.risks.map((risk) => ({ point, risk })))

function measureText(contents: string[]): string {
  if (contents.length <= 1) return contents[0] ?? ''
  return contents.map((content, index) => `${index + 1}.${content}`).join('\n')
}

function riskRow(serial: number, pointIndex: number, riskIndex: number, size: RiskListSize): ExcelJS.CellValue[] {
  const libraryPoint = riskLibrary.riskPoints[pointIndex % riskLibrary.riskPoints.length]
  const { risk } = libraryRisks[(pointIndex * size.risksPerPoint + riskIndex) % libraryRisks.length]
  const { l, e, c } = risk.lec
  const graded = grade({ method: 'lec', lecL: l, lecE: e, lecC: c, lsL: null, lsS: null, directLevel: null }, defaultValueTables)
  const controlLevel = risk.controlLevel ?? riskLevelInfo[graded.level].defaultControlLevel
  const measures = measureCategories.map((category) => measureText(risk.measures.filter((measure) => measure.category === category).map((measure) => measure.content)))

  return [
    serial,
    `${libraryPoint.area}${(pointIndex % 7) + 1}区`,
    `${libraryPoint.name}（${Math.floor(pointIndex / riskLibrary.riskPoints.length) + 1}号）`,
    riskPointKindLabels[libraryPoint.kind],
    risk.hazard,
    risk.factorType,
    risk.consequence,
    risk.accidentTypes.map(accidentTypeName).join('、'),
    l,
    e,
    c,
    graded.score,
    riskLevelInfo[graded.level].word,
    ...measures,
    controlLevelLabels[controlLevel],
    findBuiltinPost(risk.ownerPostCode)?.name ?? ''
  ]
}

/** Builds the list as .xlsx bytes with exceljs. */
export async function buildRiskList(size: RiskListSize = riskListSize): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('风险分级管控清单')
  sheet.addRow([title])
  sheet.mergeCells('A1:T1')
  sheet.addRow(groupRow)
  sheet.addRow(labelRow)
  for (const column of tallColumns) sheet.mergeCells(`${column}2:${column}3`)
  sheet.mergeCells('I2:L2')
  sheet.mergeCells('N2:R2')

  let serial = 0
  for (let pointIndex = 0; pointIndex < size.riskPoints; pointIndex += 1) {
    const top = firstDataRow + pointIndex * size.risksPerPoint
    for (let riskIndex = 0; riskIndex < size.risksPerPoint; riskIndex += 1) {
      serial += 1
      sheet.addRow(riskRow(serial, pointIndex, riskIndex, size))
    }
    const bottom = top + size.risksPerPoint - 1
    for (const column of ['B', 'C', 'D']) sheet.mergeCells(`${column}${top}:${column}${bottom}`)
  }

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
