import type { FileChild } from 'docx'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { manualFront } from '../content/manual-front'
import { findPolicy, policyText, policyTitle } from '../content/policy'
import { TableCaptions } from '../layout/captions'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { body } from '../layout/paragraphs'
import { landscapeSection, portraitSection } from '../layout/sections'
import { SchoolIndex } from '../school/school-index'
import { checklistChapter } from './checklist'
import { acceptanceForm, ledgerForm, recordForm, rectificationNotice } from './forms'
import { gradingChapter } from './grading'
import { improvementChapter } from './improvement'
import { inspectionTypesChapter } from './inspection-types'
import { majorHazardsChapter } from './major-hazards'
import { organisationChapter } from './organisation'
import { planChapter } from './plan'
import { postChecklistsChapter } from './post-checklists'
import { prefaceChapter } from './preface'

const documentTitle = '隐患排查治理手册'
const governanceTitle = '隐患排查治理制度'
const reportingTitle = '隐患报告和举报奖励制度'

function releaseParagraphs(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `为贯彻《中华人民共和国安全生产法》和《河南省安全生产风险管控与隐患治理办法》（省政府令第191号），落实上级教育主管部门关于学校安全风险隐患双重预防体系建设的要求，及时发现和消除事故隐患，${terms.we}组织编制了《${index.schoolName}${documentTitle}》（第1版）。`,
    `本手册规定了${terms.we}事故隐患排查治理的组织机构与职责、管理制度、隐患分级分类、排查类型与频次、隐患排查清单、排查计划、记录表格和重大事故隐患治理等内容，是${terms.we}开展隐患排查治理工作的依据。`,
    '本手册经领导小组审定，现予发布，自发布之日起实施。全体教职员工应当认真学习，严格执行。'
  ]
}

function policyChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const reporting = findPolicy(index, 'reporting')
    ? [outline.section(policyTitle(index, 'reporting', reportingTitle)), ...policyText(index, 'reporting', reportingTitle)]
    : []
  return [
    outline.chapter('隐患排查治理制度', { pageBreakBefore: true }),
    outline.section(policyTitle(index, 'hazard-governance', governanceTitle)),
    ...policyText(index, 'hazard-governance', governanceTitle),
    ...reporting
  ]
}

function formsIntro(outline: Outline): FileChild[] {
  return [
    outline.chapter('记录表格', { pageBreakBefore: true }),
    body('隐患排查治理使用下列表格，各部门按需复印使用，填写完整后交双重预防工作办公室归档：隐患排查记录表、隐患排查治理台账、隐患整改通知书和隐患整改验收单。重大事故隐患的治理方案和报告表见本手册“重大事故隐患治理”。'),
    body('登记在软件中的隐患，由软件按本章格式填好《隐患排查治理台账》（电子表格，另含重大事故隐患和督办清单两个工作表）和《隐患整改通知书和验收单》，重大事故隐患另有《重大事故隐患治理方案及报告表》，打印后签字归档；本章的空白表格供现场手工填写。')
  ]
}

export async function buildHazardManual(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const outline = new Outline()
  const captions = new TableCaptions()

  const opening = [
    ...prefaceChapter(index, outline),
    ...organisationChapter(index, outline, captions),
    ...policyChapter(index, outline),
    ...gradingChapter(index, outline),
    ...inspectionTypesChapter(index, outline, captions)
  ]
  const checklist = checklistChapter(index, outline, captions)
  const middle = [...postChecklistsChapter(index, outline), ...planChapter(index, outline, captions), ...formsIntro(outline), ...recordForm(index, outline)]
  const ledger = ledgerForm(index, outline)
  const closing = [
    ...rectificationNotice(index, outline),
    ...acceptanceForm(index, outline),
    ...majorHazardsChapter(index, outline),
    ...improvementChapter(index, outline)
  ]

  return packDocument({
    hasContents: true,
    title: documentTitle,
    subject: index.schoolName,
    sections: [
      ...manualFront(index, documentTitle, releaseParagraphs(index)),
      portraitSection(opening, { restartNumbering: true }),
      landscapeSection(checklist),
      portraitSection(middle),
      landscapeSection(ledger),
      portraitSection(closing)
    ]
  })
}

export const hazardManual: OutputBuilder = {
  key: 'hazard-manual',
  title: documentTitle,
  kind: 'docx',
  build: buildHazardManual
}
