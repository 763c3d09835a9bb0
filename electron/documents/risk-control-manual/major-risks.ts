import type { FileChild } from 'docx'
import { majorRiskPlanText, planParagraphs } from '../content/major-risk-plan'
import { majorRiskDutySentence } from '../content/major-risk-duty'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines, plain } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { measureParagraphs, pointLabel, scoreText } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

function ifMajorRiskAppears(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `立即采取停用设施、限制进入、调整活动等临时管控措施，在现场设置警示标志，防止风险失控。`,
    `由${terms.head}总负责，组织制定专项管控方案，明确管控目标、责任人、措施、资金和完成时限。`,
    '填写重大风险清单，及时报告县（市、区）教育主管部门，并在风险公告栏和岗位风险告知卡中公告。',
    '把管控措施对应的检查内容纳入隐患排查清单，提高排查频次，由责任人逐项落实。',
    '措施落实后重新评价，风险降至较大及以下等级的，更新风险分级管控清单、四色分布和告知内容。'
  ]
}

function majorTable(index: SchoolIndex, risks: PlacedRisk[], captions: TableCaptions): FileChild[] {
  return [
    captions.caption('重大风险清单'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '序号', weight: 2, align: 'center' },
        { header: '风险点', weight: 5 },
        { header: '危险有害因素', weight: 8 },
        { header: '风险值', weight: 3, align: 'center' },
        { header: '管控措施', weight: 14 },
        { header: '责任人', weight: 4, align: 'center' }
      ],
      rows: risks.map(({ point, risk }, position) => [
        String(position + 1),
        pointLabel(point),
        cleanText(risk.hazard),
        scoreText(risk),
        { content: measureParagraphs(risk).length > 0 ? measureParagraphs(risk) : ['尚未制定管控措施'] },
        index.ownerLabel(risk.ownerPostId, risk.ownerStaffId)
      ])
    })
  ]
}

/** Writes the 管控方案 of one major risk from its stored plan, with the school's data where the plan is not filled in. */
function controlPlan(index: SchoolIndex, entry: PlacedRisk, position: number): FileChild[] {
  const heading = `${position}. ${pointLabel(entry.point)}：${cleanText(entry.risk.hazard)}`
  return [plain({ text: heading, bold: true }, { indentCharacters: 2, keepNext: true }), ...planParagraphs(majorRiskPlanText(index, entry))]
}

/** Writes 重大风险管控: the list of major risks and a control plan for each, or what the school does if one appears. */
export function majorRisksChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const majors = index.risksByLevel().filter((entry) => entry.risk.level === 'major')
  const { terms } = index

  if (majors.length === 0) {
    const finding =
      index.placedRisks().length === 0
        ? `${terms.unit}尚未辨识风险点，尚未开展风险评价，暂无重大风险信息。`
        : `经辨识评价，${terms.unit}目前没有重大风险。`
    return [
      outline.chapter('重大风险管控'),
      body(finding),
      body(`今后辨识评价或者日常管理中发现重大风险的，${terms.unit}按下列程序处置：`),
      ...bodyLines(numberLines(ifMajorRiskAppears(index)))
    ]
  }

  return [
    outline.chapter('重大风险管控'),
    outline.section('重大风险清单'),
    body(`${majorRiskDutySentence(index, majors, ({ risk }) => ({ postId: risk.ownerPostId, staffId: risk.ownerStaffId }))}重大风险清单如下：`),
    ...majorTable(index, majors, captions),
    outline.section('重大风险管控方案'),
    body('各项重大风险的专项管控方案如下：'),
    ...majors.flatMap((entry, position) => controlPlan(index, entry, position + 1))
  ]
}
