import type { FileChild } from 'docx'
import { checkFrequencies, checkFrequencyLabels } from '../../../shared/domain/checks'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { DataCheckItem, SchoolIndex } from '../school/school-index'

function dutyLines(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `${terms.head}是${terms.unit}事故隐患排查治理的第一责任人，保障排查治理所需的人员、经费和物资，组织重大事故隐患的治理和验收销号。`,
    `分管安全的${terms.deputyHead}是直接责任人，组织综合排查和专项排查，督促一般事故隐患整改落实，审核验收销号。`,
    `其他${terms.deputyHead}对分管范围内的隐患排查治理负领导责任，组织分管部门排查和整改。`,
    '双重预防工作办公室负责制定排查计划，汇总排查结果，建立隐患排查治理台账，下达整改通知，组织验收销号，按月统计并向县（市、区）教育主管部门报送。',
    '各部门负责人组织本部门的日常排查和整改，发现隐患当日登记上报。',
    '全体教职员工按岗位排查清单规定的内容和频次开展排查，发现隐患立即报告，能立即整改的立即整改。'
  ]
}

/** Joins the frequencies of a post's items with 、, shortest interval first. */
export function frequencySummary(items: readonly DataCheckItem[]): string {
  const used = new Set(items.map((item) => item.frequency))
  return checkFrequencies.filter((frequency) => used.has(frequency)).map((frequency) => checkFrequencyLabels[frequency]).join('、')
}

function assignmentTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const assigned = index.posts.map((post) => ({ post, items: index.checkItemsOf(post) })).filter((entry) => entry.items.length > 0)
  const unassigned = index.checkItems.filter((item) => index.post(item.responsiblePostId) === undefined)

  if (assigned.length === 0) {
    const reason = index.checkItems.length === 0 ? `${index.terms.unit}尚未辨识风险点，隐患排查清单尚未生成` : '排查项尚未指定责任岗位'
    return [body(`${reason}。隐患排查清单生成后，本节按岗位列出各岗位承担的排查项数量和排查频次。`)]
  }

  const note = unassigned.length > 0 ? [body(`另有${unassigned.length}个排查项尚未指定责任岗位，由双重预防工作办公室确定后补充。`)] : []
  return [
    body('各岗位承担的排查项数量和排查频次如下，具体内容见本手册“岗位排查清单”：'),
    captions.caption('岗位排查分工'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '序号', weight: 2, align: 'center' },
        { header: '岗位', weight: 6 },
        { header: '责任人', weight: 6 },
        { header: '排查项数', weight: 3, align: 'center' },
        { header: '排查频次', weight: 8 }
      ],
      rows: assigned.map(({ post, items }, position) => {
        const holders = index.holders(post).map((person) => cleanText(person.name)).filter(Boolean)
        return [String(position + 1), cleanText(post.name), holders.length > 0 ? holders.join('、') : '（待安排）', `${items.length}项`, frequencySummary(items)]
      })
    }),
    ...note
  ]
}

/** Writes 组织机构与职责: the duties of each level, and how many items each post checks and how often. */
export function organisationChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  return [
    outline.chapter('组织机构与职责'),
    outline.section('职责分工'),
    body(`${index.terms.unit}双重预防体系建设领导小组统一领导事故隐患排查治理工作，领导小组组成见《关于成立双重预防体系建设领导小组的通知》。各层级职责如下：`),
    ...bodyLines(numberLines(dutyLines(index))),
    outline.section('排查责任分工'),
    ...assignmentTable(index, captions)
  ]
}
