import type { FileChild } from 'docx'
import { trainingAssessmentSection } from '../content/training-assessment'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import type { SchoolIndex } from '../school/school-index'
import { termSummarySentences } from '../hazard-statistics/term-summary'

const monthlyFigures = [
  '开展排查的次数和参加人次；',
  '发现事故隐患的数量，按一般、重大和基础管理类、现场类分别统计；',
  '已整改销号、正在整改和逾期未整改的隐患数量；',
  '重大事故隐患的治理进展和挂牌督办情况；',
  '隐患集中的区域、设施和岗位，以及原因分析。'
]

/** Writes 统计分析与持续改进: monthly figures, term analysis, notices and rewards, review of the lists, records. */
export function improvementChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const { terms } = index
  return [
    outline.chapter('统计分析与持续改进', { pageBreakBefore: true }),
    outline.section('统计分析'),
    body('双重预防工作办公室每月5日前汇总上月隐患排查治理情况，统计以下内容：'),
    ...bodyLines(numberLines(monthlyFigures)),
    body(
      `月度统计经分管${terms.deputyHead}审核后在教职工会议上通报，并按要求报县（市、区）教育主管部门。每学期末形成隐患排查治理分析报告，提交领导小组研究。`
    ),
    ...bodyLines(termSummarySentences(index.data)),
    outline.section('通报与奖惩'),
    body(
      '排查治理情况纳入部门和岗位的运行考核。对及时发现、报告和整改隐患的教职员工，按照隐患报告和举报奖励制度给予表扬或者奖励；对排查走过场、瞒报隐患或者逾期不整改的，按照考核奖惩制度追究责任。'
    ),
    ...trainingAssessmentSection(index, outline),
    outline.section('持续改进'),
    body(
      '每学期根据隐患统计分析的结果和风险辨识评价的变化，评审隐患排查清单，增补新的排查项，调整排查内容、标准和频次；同类隐患反复出现的，分析管理原因，完善制度和管控措施。风险分级管控清单更新后，隐患排查清单和岗位排查清单同步更新。'
    ),
    outline.section('档案管理'),
    body(
      `排查记录、隐患排查治理台账、整改通知书、验收单、统计报表和分析报告由双重预防工作办公室按学年整理归档，纸质和电子档案同步保存，保存期限不少于两年；重大事故隐患档案长期保存。${terms.unit}通过本软件导出的数据与纸质台账保持一致。`
    )
  ]
}
