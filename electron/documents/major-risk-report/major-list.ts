import type { FileChild } from 'docx'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { storedPlan, majorRiskPlanText } from '../content/major-risk-plan'
import { majorRiskDutySentence, type Responsible } from '../content/major-risk-duty'
import { accidentNames, pointLabel, scoreText } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

function consequenceText(entry: PlacedRisk): string {
  const consequence = cleanText(entry.risk.consequence)
  const accidents = accidentNames(entry.risk.accidentTypes)
  return consequence || accidents || '—'
}

/** The person the plan makes responsible, else the risk's owner as the graded list prints it. */
function responsibleOf(index: SchoolIndex, entry: PlacedRisk): Responsible {
  const plan = storedPlan(index, entry.risk.id)
  const planPerson = plan ? index.person(plan.responsibleStaffId) : undefined
  return planPerson ? { postId: null, staffId: planPerson.id } : { postId: entry.risk.ownerPostId, staffId: entry.risk.ownerStaffId }
}

function responsibleName(index: SchoolIndex, entry: PlacedRisk): string {
  const responsible = responsibleOf(index, entry)
  return index.ownerLabel(responsible.postId, responsible.staffId)
}

function planState(index: SchoolIndex, entry: PlacedRisk): string {
  if (!storedPlan(index, entry.risk.id)) return '待制定'
  return majorRiskPlanText(index, entry).pending ? '待完善' : '已制定'
}

/** Writes 一、重大风险清单: one row per major risk, or a plain sentence when there is none. */
export function majorListChapter(index: SchoolIndex, majors: readonly PlacedRisk[], outline: Outline, captions: TableCaptions): FileChild[] {
  const { terms } = index
  if (majors.length === 0) {
    const finding =
      index.placedRisks().length === 0
        ? `${terms.unit}尚未辨识风险点，尚未开展风险评价，暂无重大风险。`
        : `经辨识评价，${terms.unit}目前没有重大风险，本次无重大风险需要上报。`
    return [outline.chapter('重大风险清单'), body(finding)]
  }

  return [
    outline.chapter('重大风险清单'),
    body(`${majorRiskDutySentence(index, majors, (entry) => responsibleOf(index, entry))}清单如下：`),
    captions.caption('重大风险清单'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '序号', weight: 2, align: 'center' },
        { header: '风险点', weight: 5 },
        { header: '危险有害因素', weight: 8 },
        { header: '可能导致的后果', weight: 6 },
        { header: '风险值', weight: 3, align: 'center' },
        { header: '责任人', weight: 4, align: 'center' },
        { header: '管控方案', weight: 3, align: 'center' }
      ],
      rows: majors.map((entry, position) => [
        String(position + 1),
        pointLabel(entry.point),
        cleanText(entry.risk.hazard),
        consequenceText(entry),
        scoreText(entry.risk),
        responsibleName(index, entry),
        planState(index, entry)
      ])
    })
  ]
}
