import type { FileChild } from 'docx'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../../shared/domain/checks'
import { riskLevelInfo } from '../../../shared/domain/levels'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type RowValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { landscapeTextWidth } from '../layout/units'
import { pointLabel } from '../school/risk-text'
import type { SchoolIndex } from '../school/school-index'

const groupFill = 'F2F2F2'
const columnCount = 8

function checklistRows(index: SchoolIndex): RowValue[] {
  const rows: RowValue[] = []
  let position = 0

  for (const point of index.riskPoints) {
    const level = index.pointLevel(point)
    const levelText = level ? riskLevelInfo[level].word : '未评价'
    rows.push({ cells: [{ content: `${pointLabel(point)}（${levelText}）`, span: columnCount, bold: true, fill: groupFill }], keepWithNext: true })

    const items = index.checkItemsAt(point)
    if (items.length === 0) {
      rows.push([{ content: '该风险点尚无排查项。制定管控措施后生成排查项。', span: columnCount }])
      continue
    }
    for (const item of items) {
      position += 1
      rows.push([
        String(position),
        cleanText(point.name),
        cleanText(item.content),
        cleanText(item.standard) || '—',
        item.method,
        inspectionTypeLabels[item.inspectionType],
        checkFrequencyLabels[item.frequency],
        index.postName(item.responsiblePostId) || '未指定'
      ])
    }
  }
  return rows
}

/** Writes 隐患排查清单 (landscape): the check items of every risk point, under a shaded row naming the point. */
export function checklistChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  if (index.riskPoints.length === 0) {
    return [
      outline.chapter('隐患排查清单'),
      body(`${index.terms.unit}尚未辨识风险点，隐患排查清单暂无内容。完成风险辨识并制定管控措施后，按风险点生成排查内容、标准、方法、类型、频次和责任岗位。`)
    ]
  }

  return [
    outline.chapter('隐患排查清单'),
    body(
      `隐患排查清单由风险分级管控清单中的管控措施逐项转化而来，共${index.checkItems.length}项，按风险点排列。排查中发现不符合排查标准的，按事故隐患登记并整改。`
    ),
    captions.caption('隐患排查清单'),
    ...table({
      width: landscapeTextWidth,
      columns: [
        { header: '序号', weight: 4, align: 'center' },
        { header: '风险点', weight: 8 },
        { header: '排查内容', weight: 24 },
        { header: '排查标准', weight: 22 },
        { header: '排查方法', weight: 7, align: 'center' },
        { header: '排查类型', weight: 7, align: 'center' },
        { header: '频次', weight: 6, align: 'center' },
        { header: '责任岗位', weight: 9, align: 'center' }
      ],
      rows: checklistRows(index)
    })
  ]
}
