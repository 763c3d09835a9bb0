import type { FileChild } from 'docx'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { manualFront } from '../content/manual-front'
import { policyText, policyTitle } from '../content/policy'
import { TableCaptions } from '../layout/captions'
import { Outline } from '../layout/outline'
import { packDocument } from '../layout/pack'
import { plain } from '../layout/paragraphs'
import { landscapeSection, portraitSection } from '../layout/sections'
import { fonts } from '../layout/styles'
import { SchoolIndex } from '../school/school-index'
import { analysisRecordsAppendix } from './analysis-records'
import { changeRecordChapter } from './change-record'
import { fourColourChapter, type MapFigure } from './four-colour'
import { hasDrawnMap } from '../../risk-map/map-data'
import { renderDocumentPicture } from '../../risk-map/render-png'
import { gradedListChapter } from './graded-list'
import { improvementChapter } from './improvement'
import { majorRisksChapter } from './major-risks'
import { methodChapter } from './method'
import { organisationChapter } from './organisation'
import { prefaceChapter } from './preface'
import { profileChapter } from './profile'
import { registerChapter } from './register'
import { riskNoticeChapter } from './risk-notice'

const documentTitle = '安全风险分级管控手册'
const policyFallbackTitle = '安全风险分级管控制度'

function releaseParagraphs(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `为贯彻《中华人民共和国安全生产法》和《河南省安全生产风险管控与隐患治理办法》（省政府令第191号），落实上级教育主管部门关于学校安全风险隐患双重预防体系建设的要求，全面辨识和有效管控${terms.we}安全风险，${terms.we}组织编制了《${index.schoolName}${documentTitle}》（第1版）。`,
    `本手册依据国家和我省有关法律法规、规范性文件和标准，结合${terms.we}实际编制，规定了安全风险分级管控的组织机构与职责、管控制度、辨识评价方法、风险点登记台账、风险分级管控清单、重大风险管控和风险告知等内容，是${terms.we}开展安全风险分级管控工作的依据。`,
    '本手册经领导小组审定，现予发布，自发布之日起实施。全体教职员工应当认真学习，严格执行。'
  ]
}

function policyChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const title = policyTitle(index, 'risk-control', policyFallbackTitle)
  // A policy the school renamed gets its own title above the text. The default title is already the chapter's.
  const ownTitle = title === policyFallbackTitle ? [] : [plain({ text: title, font: fonts.hei }, { align: 'center', keepNext: true })]
  return [outline.chapter(policyFallbackTitle), ...ownTitle, ...policyText(index, 'risk-control', policyFallbackTitle)]
}

/** The map's picture for chapter 九, or undefined when the school has drawn no area yet. */
async function mapFigure(data: SchoolData): Promise<MapFigure | undefined> {
  if (!hasDrawnMap(data)) return undefined
  const picture = await renderDocumentPicture(data)
  return { map: data.riskMap, picture: { ...picture, altText: data.riskMap.title || '安全风险四色分布图' } }
}

export async function buildRiskControlManual(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const outline = new Outline()
  const captions = new TableCaptions()

  const opening = [
    ...prefaceChapter(index, outline),
    ...profileChapter(index, outline, captions),
    ...organisationChapter(index, outline, captions),
    ...policyChapter(index, outline),
    ...methodChapter(index, outline, captions)
  ]
  const wideTables = [...registerChapter(index, outline, captions), ...gradedListChapter(index, outline, captions)]
  const majorRisks = majorRisksChapter(index, outline, captions)
  const figure = await mapFigure(data)
  const fourColour = fourColourChapter(index, outline, captions, figure)
  const closing = [
    ...riskNoticeChapter(index, outline, captions),
    ...improvementChapter(index, outline),
    ...changeRecordChapter(index, outline, captions)
  ]

  return packDocument({
    hasContents: true,
    title: documentTitle,
    subject: index.schoolName,
    sections: [
      ...manualFront(index, documentTitle, releaseParagraphs(index)),
      portraitSection(opening, { restartNumbering: true }),
      landscapeSection(wideTables),
      // With a map, the four-colour chapter gets landscape pages of its own, so the picture can be large.
      ...(figure
        ? [portraitSection(majorRisks), landscapeSection(fourColour), portraitSection(closing)]
        : [portraitSection([...majorRisks, ...fourColour, ...closing])]),
      landscapeSection(analysisRecordsAppendix(index, captions))
    ]
  })
}

export const riskControlManual: OutputBuilder = {
  key: 'risk-control-manual',
  title: documentTitle,
  kind: 'docx',
  build: buildRiskControlManual
}
