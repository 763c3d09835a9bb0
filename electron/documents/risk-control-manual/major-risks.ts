import type { FileChild } from 'docx'
import { checkFrequencyLabels } from '../../../shared/domain/checks'
import { measureCategoryLabels, measureCategories } from '../../../shared/domain/measures'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines, plain } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { accidentNames, measureParagraphs, measuresOf, pointLabel, scoreText } from '../school/risk-text'
import type { PlacedRisk, SchoolIndex } from '../school/school-index'

function ifMajorRiskAppears(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `立即采取停用设施、限制进入、调整活动等临时管控措施，在现场设置警示标志，防止风险失控。`,
    `由${terms.head}负责管控，组织制定专项管控方案，明确管控目标、责任人、措施、资金和完成时限。`,
    '填写重大风险清单，及时报告县（市）区教育主管部门，并在风险公告栏和岗位风险告知卡中公告。',
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

function measureLines(entry: PlacedRisk): string[] {
  return measureCategories
    .map((category) => {
      const contents = measuresOf(entry.risk, category).map((measure) => cleanText(measure.content).replace(/[。；;]+$/, ''))
      return contents.length > 0 ? `${measureCategoryLabels[category]}：${contents.join('；')}。` : ''
    })
    .filter(Boolean)
}

function checkSentence(index: SchoolIndex, entry: PlacedRisk): string {
  const measureIds = new Set(entry.risk.measures.map((measure) => measure.id))
  const checks = index.checkItems.filter((item) => item.measureId !== null && measureIds.has(item.measureId))
  if (checks.length === 0) {
    return '将各项管控措施对应的检查内容纳入隐患排查清单，明确排查频次和责任岗位。'
  }
  const frequencies = [...new Set(checks.map((item) => checkFrequencyLabels[item.frequency]))].join('、')
  return `隐患排查清单中对应本风险的排查项共${checks.length}项，排查频次为${frequencies}，由责任岗位按清单检查并记录，发现隐患立即报告。`
}

/** Writes the 管控方案 of one major risk, in the parts a control plan needs. */
function controlPlan(index: SchoolIndex, entry: PlacedRisk, position: number): FileChild[] {
  const { point, risk } = entry
  const owner = index.owner(risk.ownerPostId, risk.ownerStaffId)
  const ownerText = owner.person && owner.post ? `${owner.post}（${owner.person}）` : owner.post || owner.person
  const accidents = accidentNames(risk.accidentTypes)
  const principal = cleanText(index.data.school.principal)
  const head = `${index.terms.head}${principal}`
  const ownerIsHead = ownerText === '' || (principal !== '' && owner.person === principal)
  const duty = ownerIsHead ? `由${head}负总责并具体负责措施落实` : `由${head}负总责，${ownerText}具体负责措施落实`

  const numbered = (position: number, text: string): FileChild => body(`（${position}）${text}`)
  const measures = measureLines(entry)

  return [
    plain({ text: `${position}. ${pointLabel(point)}：${cleanText(risk.hazard)}`, bold: true }, { indentCharacters: 2, keepNext: true }),
    numbered(1, `风险描述：${pointLabel(point)}，${cleanText(risk.hazard).replace(/[。；;]+$/, '')}${accidents ? `，可能导致${accidents}` : ''}，评价结果为重大风险（${scoreText(risk)}）。`),
    numbered(2, '管控目标：落实各项管控措施，使风险降至较大风险及以下等级并保持受控，不发生责任事故。'),
    numbered(3, `责任分工：${duty}，分管${index.terms.deputyHead}每周检查一次落实情况。`),
    numbered(4, measures.length > 0 ? '管控措施：' : '管控措施：尚未制定，须在一周内补充工程技术、管理、培训教育、个体防护和应急处置措施。'),
    ...bodyLines(measures),
    numbered(5, `检查监测：${checkSentence(index, entry)}`),
    numbered(6, '应急准备：按应急处置措施落实应急人员、物资和通讯联络，纳入学校应急预案，每学期至少演练一次。'),
    numbered(7, `资金保障：管控所需资金列入年度预算，由${index.terms.head}负责保障。`),
    numbered(8, '报告备案：本风险列入重大风险清单，报县（市）区教育主管部门备案；风险等级发生变化时及时报告。')
  ]
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
    body(`经辨识评价，${terms.unit}共有重大风险${majors.length}项，由学校级管控，${terms.head}负责。重大风险清单如下：`),
    ...majorTable(index, majors, captions),
    outline.section('重大风险管控方案'),
    body('对每项重大风险制定专项管控方案如下：'),
    ...majors.flatMap((entry, position) => controlPlan(index, entry, position + 1))
  ]
}
