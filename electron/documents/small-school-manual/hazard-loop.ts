import type { FileChild } from 'docx'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../../shared/domain/checks'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { sizes } from '../layout/styles'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'
import { checklistGroups } from '../safety-checklists/checklist-groups'

/** One row per risk point: its checklists by type with their number of items, how often, and who checks. */
function checklistSummary(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const groups = checklistGroups(index)
  if (groups.length === 0) {
    return [body(`${index.terms.unit}尚未生成隐患排查项。制定管控措施并生成隐患排查清单后，每个风险点按排查类型各有一张安全检查表。`)]
  }
  const points = [...new Set(groups.map((group) => group.point))]
  return [
    body(`隐患排查清单共${index.checkItems.length}项，按风险点和排查类型编成安全检查表${groups.length}张（见《安全检查表》），汇总如下：`),
    captions.caption('安全检查表汇总'),
    ...table({
      width: portraitTextWidth,
      fontSize: sizes.tableSmall,
      columns: [
        { header: '风险点', weight: 4 },
        { header: '检查表（排查类型、检查项数）', weight: 6 },
        { header: '频次', weight: 3.4 },
        { header: '检查岗位', weight: 4.5 }
      ],
      rows: points.map((point) => {
        const ofPoint = groups.filter((group) => group.point === point)
        const items = ofPoint.flatMap((group) => group.items)
        return [
          cleanText(point.name),
          ofPoint.map((group) => `${inspectionTypeLabels[group.inspectionType]} ${group.items.length} 项`).join('；'),
          [...new Set(items.map((item) => checkFrequencyLabels[item.frequency]))].join('、'),
          [...new Set(items.map((item) => index.postName(item.responsiblePostId)).filter(Boolean))].join('、') || '未指定'
        ]
      })
    })
  ]
}

function loopSteps(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `发现：各岗位按安全检查表开展日常检查，${terms.head}或者安全负责人每月组织一次全面检查，开学前、节假日前、汛期前和冬季取暖前开展专项检查；`,
    '报告和登记：发现隐患当日报告安全负责人，登记到隐患排查治理台账，写明部位、情况、发现人和日期；',
    `整改：能立即整改的当场整改；不能立即整改的落实整改责任人、措施、资金、时限和应急预案（五落实），整改期间设置警示标志并采取临时防范措施；`,
    `验收销号：整改完成后由安全负责人验收，合格后在台账上签字销号；重大事故隐患由${terms.head}组织验收；`,
    `上报：重大事故隐患立即报告县（市、区）教育主管部门，每月汇总隐患排查治理情况，按要求报送。`
  ]
}

/**
 * Writes 隐患排查治理: the checklists in summary and the closed loop from finding a hazard to closing it, with the
 * Ministry's 重大事故隐患 criteria, which small schools apply as every school does.
 */
export function hazardChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  return [
    outline.chapter('隐患排查治理'),
    outline.section('安全检查表'),
    ...checklistSummary(index, captions),
    outline.section('隐患治理闭环'),
    ...bodyLines(numberLines(loopSteps(index))),
    outline.section('重大事故隐患'),
    body(
      `依据教育部办公厅《教育系统重大事故隐患判定指南》（教发厅函〔2024〕20号）判定重大事故隐患，规模较小的${index.terms.unit}同样执行。涉及消防、校舍、食品、校车和交通、人员密集场所拥挤踩踏、特种设备和水电气热设施的情形，以该指南原文为准；发现后立即停止使用相关场所或者设施，采取管控措施并报告。`
    )
  ]
}
