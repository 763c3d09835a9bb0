import type { FileChild } from 'docx'
import { controlLevelLabels, riskLevelInfo, riskLevels } from '../../../shared/domain/levels'
import type { GradingMethod } from '../../../shared/grading/grade'
import { valueTablesVersionLabel } from '../../../shared/grading/value-tables-version'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { cleanText } from '../layout/text'
import type { SchoolIndex } from '../school/school-index'
import { levelDefinitionTable, matrixTable, scaleTable, thresholdTable } from './method-tables'

function identificationParagraphs(): FileChild[] {
  return [
    body(
      '风险点按设施场所类和作业活动类划分。设施场所类风险点按区域、场所和设施设备划分，如教学楼、食堂、学生宿舍、配电室、锅炉房和运动场；作业活动类风险点按教育教学和生活服务活动划分，如课间活动、大型集会、体育教学、实验教学、校车接送和食品加工。划分时做到区域不遗漏、活动不遗漏。'
    ),
    body('作业活动类风险点采用工作危害分析法（JHA）辨识：把活动分解为若干先后步骤，逐步找出可能发生的危害及其后果，再确定管控措施。'),
    body('设施场所类风险点采用安全检查表分析法（SCL）辨识：依据法规和标准逐项列出检查项目及其标准，查找不符合标准的情况及其可能导致的后果。各风险点的辨识记录见附录。'),
    body('辨识时从人的因素、物的因素、环境因素和管理因素四个方面查找危险有害因素，并按照GB 6441的事故类别和学校常见事故类型确定可能导致的事故类型。')
  ]
}

function methodCounts(index: SchoolIndex): Record<GradingMethod, number> {
  const counts = { lec: 0, ls: 0, direct: 0 }
  for (const { risk } of index.placedRisks()) counts[risk.method] += 1
  return counts
}

/**
 * Chooses the methods whose tables the chapter prints: those the school's risks were graded with, or both scoring
 * methods while nothing has been graded yet, so the adopted standard is on paper before the first evaluation.
 */
function printedMethods(counts: Record<GradingMethod, number>): { lec: boolean; ls: boolean } {
  const none = counts.lec + counts.ls + counts.direct === 0
  return { lec: none || counts.lec > 0, ls: none || counts.ls > 0 }
}

function evaluationIntro(index: SchoolIndex, counts: Record<GradingMethod, number>): FileChild[] {
  const tables = index.data.valueTables
  const standard = `本手册采用的评价取值标准为“${cleanText(tables.name)}”，版本为${cleanText(valueTablesVersionLabel(tables.version))}，经领导小组批准执行。`
  const total = counts.lec + counts.ls + counts.direct
  const usage =
    total === 0
      ? `${index.terms.unit}尚未开展风险评价。评价时按下列方法和取值标准进行。`
      : `本次共评价风险${total}项，其中采用作业条件危险性分析法（LEC）${counts.lec}项，采用风险矩阵分析法（LS）${counts.ls}项，对照等级定义直接判定${counts.direct}项。`
  return [body(`${standard}${usage}`)]
}

function lecPart(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const lec = index.data.valueTables.lec
  return [
    body(
      '作业条件危险性分析法（LEC）按D＝L×E×C计算风险值。其中，L为发生事故的可能性，E为人员暴露于危险环境的频繁程度，C为发生事故可能造成的后果。各因素的取值见下列各表，按风险值D确定风险等级。'
    ),
    ...scaleTable(captions, '事故发生的可能性（L）', lec.l),
    ...scaleTable(captions, '暴露于危险环境的频繁程度（E）', lec.e),
    ...scaleTable(captions, '发生事故可能造成的后果（C）', lec.c),
    ...thresholdTable(captions, 'LEC法风险分级标准', lec.thresholds, 'D')
  ]
}

function lsPart(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const ls = index.data.valueTables.ls
  return [
    body('风险矩阵分析法（LS）按R＝L×S计算风险值。其中，L为事故发生的可能性，S为事故后果的严重程度，按风险值R确定风险等级。'),
    ...scaleTable(captions, '事故发生的可能性（L）', ls.l),
    ...scaleTable(captions, '后果严重性（S）', ls.s),
    ...thresholdTable(captions, 'LS法风险分级标准', ls.thresholds, 'R'),
    ...matrixTable(captions, ls.l, ls.s, ls.thresholds)
  ]
}

function controlLevelLines(index: SchoolIndex): string[] {
  const owners: Record<(typeof riskLevels)[number], string> = {
    major: `由${index.terms.head}总负责，分管${index.terms.deputyHead}和相关部门具体落实`,
    high: `由分管${index.terms.deputyHead}和职能部门负责`,
    medium: '由年级组长或者对应部门负责人负责',
    low: '由岗位人员负责'
  }
  return riskLevels.map((level) => {
    const info = riskLevelInfo[level]
    return `${info.word}（${info.colourName}色）：${controlLevelLabels[info.defaultControlLevel]}管控，${owners[level]}。`
  })
}

/** Writes 风险辨识与评价方法: identification, the scoring tables actually used, the levels and the control levels. */
export function methodChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const counts = methodCounts(index)
  const printed = printedMethods(counts)
  const direct =
    counts.direct > 0
      ? [body(`不便量化的风险，对照风险等级定义直接判定风险等级，判定结果由部门负责人初审、分管${index.terms.deputyHead}审核。`)]
      : []

  return [
    outline.chapter('风险辨识与评价方法'),
    outline.section('风险点划分与危险源辨识'),
    ...identificationParagraphs(),
    outline.section('风险评价方法'),
    ...evaluationIntro(index, counts),
    ...(printed.lec ? lecPart(index, captions) : []),
    ...(printed.ls ? lsPart(index, captions) : []),
    ...direct,
    outline.section('风险等级划分'),
    body('安全风险由高到低分为重大风险、较大风险、一般风险和低风险四级，分别用红、橙、黄、蓝四种颜色标示。各级风险的定义如下：'),
    ...levelDefinitionTable(captions),
    outline.section('管控层级'),
    body('按照风险越高、管控层级越高的原则确定管控层级：'),
    ...bodyLines(numberLines(controlLevelLines(index))),
    body('上一级负责管控的风险，下一级必须同时负责管控，并逐级落实具体措施。')
  ]
}
