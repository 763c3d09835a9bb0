import type { SchoolData } from '../../shared/exchange/school-data'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../shared/domain/checks'
import { riskLevelInfo, type RiskLevel } from '../../shared/domain/levels'
import type { OutputBuilder } from '../outputs/output-builder'
import { checkItemsByPoint, pointLevel, SchoolLookups, type CheckItemData, type RiskPointData } from './lookups'
import { cellStyle, createWorkbook, levelStyle, setupPage, TableWriter, workbookBuffer, writeTitle, type ColumnSpec } from './sheet-layout'

export const hazardCheckSheetName = '隐患排查清单'

export const hazardCheckColumns: readonly ColumnSpec[] = [
  { header: '序号', min: 5, max: 6, align: 'center' },
  { header: '风险点编号', min: 8, max: 12, align: 'center' },
  { header: '风险点', min: 10, max: 18 },
  { header: '排查内容', min: 20, max: 34 },
  { header: '排查标准', min: 20, max: 34 },
  { header: '排查方法', min: 9.5, max: 10, align: 'center' },
  { header: '排查类型', min: 10, max: 12, align: 'center' },
  { header: '排查频次', min: 9.5, max: 10, align: 'center' },
  { header: '排查责任岗位', min: 12, max: 16, align: 'center' },
  { header: '对应管控措施', min: 20, max: 34 },
  { header: '风险等级', min: 9.5, max: 10, align: 'center' }
]

const levelColumn = 10

/** The level an item guards: its measure's risk, or the highest risk of its point when the item was added by hand. */
function itemLevel(item: CheckItemData, point: RiskPointData | undefined, lookups: SchoolLookups): RiskLevel | undefined {
  const source = lookups.measure(item.measureId)
  if (source) return source.risk.level
  return point ? pointLevel(point) : undefined
}

export async function buildHazardCheckList(data: SchoolData): Promise<Buffer> {
  const workbook = createWorkbook(data)
  const lookups = new SchoolLookups(data)
  const sheet = workbook.addWorksheet(hazardCheckSheetName)
  writeTitle(sheet, 1, hazardCheckColumns.length, `${data.school.name}隐患排查清单`)
  const table = new TableWriter(sheet, hazardCheckColumns, 2)
  let serial = 0

  for (const { point, items } of checkItemsByPoint(data)) {
    const first = table.lastRow + 1
    for (const item of items) {
      const level = itemLevel(item, point, lookups)
      table.addRow(
        [
          ++serial,
          point?.code ?? '',
          point?.name ?? '',
          item.content,
          item.standard,
          item.method,
          inspectionTypeLabels[item.inspectionType],
          checkFrequencyLabels[item.frequency],
          lookups.postName(item.responsiblePostId),
          lookups.measure(item.measureId)?.measure.content ?? '',
          level ? riskLevelInfo[level].word : ''
        ],
        { [levelColumn]: level ? levelStyle(level) : cellStyle({ align: 'center' }) }
      )
    }
    if (point) {
      table.mergeDown(1, first, table.lastRow)
      table.mergeDown(2, first, table.lastRow)
    }
  }

  table.finish()
  setupPage(sheet, { orientation: 'landscape', printTitlesRow: '2:2', frozenRows: 2 })
  return workbookBuffer(workbook)
}

export const hazardCheckListBuilder: OutputBuilder = {
  key: 'hazard-check-list',
  title: '隐患排查清单',
  kind: 'xlsx',
  build: buildHazardCheckList
}
