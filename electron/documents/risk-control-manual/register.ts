import type { FileChild } from 'docx'
import { controlLevelLabels } from '../../../shared/domain/levels'
import { riskPointKindLabels } from '../../../shared/domain/entities'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { landscapeTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import { pointAccidentNames } from '../school/risk-text'
import type { SchoolIndex } from '../school/school-index'

/** Writes 风险点登记台账 (landscape): one row per risk point with its highest level and its owner. */
export function registerChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const points = index.riskPoints
  if (points.length === 0) {
    return [
      outline.chapter('风险点登记台账'),
      body(
        `${index.terms.unit}尚未辨识风险点。完成风险辨识后，本台账逐一列出风险点的编号、名称、类型、所在区域、可能导致的事故类型、风险等级、管控层级和责任人。`
      )
    ]
  }

  const facilities = points.filter((point) => point.kind === 'facility').length
  const rows = points.map((point, position) => {
    const owner = index.owner(point.ownerPostId, point.ownerStaffId)
    const controlLevel = index.pointControlLevel(point)
    return [
      String(position + 1),
      cleanText(point.code),
      cleanText(point.name),
      riskPointKindLabels[point.kind],
      cleanText(point.area) || '—',
      pointAccidentNames(point) || '—',
      levelCell(index.pointLevel(point)),
      controlLevel ? controlLevelLabels[controlLevel] : '—',
      owner.department || '—',
      owner.person || owner.post || '未指定',
      cleanText(point.description)
    ]
  })

  return [
    outline.chapter('风险点登记台账'),
    body(
      `${index.terms.unit}共确定风险点${points.length}个，其中设施场所类${facilities}个、作业活动类${points.length - facilities}个。风险点的风险等级取其各项风险中的最高等级。`
    ),
    captions.caption('风险点登记台账'),
    ...table({
      width: landscapeTextWidth,
      // Weights in DXA of the 225 mm landscape text width: four characters of 五号 need about 960.
      columns: [
        { header: '序号', weight: 600, align: 'center' },
        { header: '风险点编号', weight: 1000, align: 'center' },
        { header: '风险点名称', weight: 1300 },
        { header: '类型', weight: 1000, align: 'center' },
        { header: '所在区域', weight: 1200 },
        { header: '可能导致的事故类型', weight: 1500 },
        { header: '风险等级', weight: 1000, align: 'center' },
        { header: '管控层级', weight: 1000, align: 'center' },
        { header: '责任部门', weight: 1000, align: 'center' },
        { header: '责任人', weight: 900, align: 'center' },
        { header: '备注', weight: 2256 }
      ],
      rows
    })
  ]
}
