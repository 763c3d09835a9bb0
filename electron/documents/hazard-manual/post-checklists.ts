import type { FileChild } from 'docx'
import { checkFrequencyLabels, inspectionTypeLabels } from '../../../shared/domain/checks'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { DataCheckItem, SchoolIndex } from '../school/school-index'

function itemTable(index: SchoolIndex, items: readonly DataCheckItem[]): FileChild[] {
  return table({
    width: portraitTextWidth,
    columns: [
      { header: '序号', weight: 2, align: 'center' },
      { header: '风险点', weight: 6 },
      { header: '排查内容', weight: 12 },
      { header: '频次', weight: 3, align: 'center' },
      { header: '排查类型', weight: 4, align: 'center' }
    ],
    rows: items.map((item, position) => [
      String(position + 1),
      cleanText(index.riskPoint(item.riskPointId)?.name ?? '') || '—',
      cleanText(item.content),
      checkFrequencyLabels[item.frequency],
      inspectionTypeLabels[item.inspectionType]
    ])
  })
}

/** Writes 岗位排查清单: for each post that checks something, the items it checks; unassigned items last. */
export function postChecklistsChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const groups = index.posts.map((post) => ({ post, items: index.checkItemsOf(post) })).filter((group) => group.items.length > 0)
  const unassigned = index.checkItems.filter((item) => index.post(item.responsiblePostId) === undefined)

  if (groups.length === 0 && unassigned.length === 0) {
    return [
      outline.chapter('岗位排查清单', { pageBreakBefore: true }),
      body(`${index.terms.unit}尚未辨识风险点，岗位排查清单暂无内容。隐患排查清单生成后，按岗位列出每个岗位承担的排查项，供岗位人员随身使用。`)
    ]
  }

  const sections = groups.flatMap(({ post, items }) => {
    const holders = index.holders(post).map((person) => cleanText(person.name)).filter(Boolean)
    const who = body(`责任人：${holders.length > 0 ? holders.join('、') : '（待安排）'}。本岗位承担排查项${items.length}项。`)
    return [outline.section(cleanText(post.name)), who, ...itemTable(index, items)]
  })
  const rest = unassigned.length > 0 ? [outline.section('未指定责任岗位的排查项'), ...itemTable(index, unassigned)] : []

  return [
    outline.chapter('岗位排查清单', { pageBreakBefore: true }),
    body('按责任岗位汇总隐患排查清单，岗位人员按本岗位清单的内容和频次开展排查，并在排查记录表中记录结果。'),
    ...sections,
    ...rest
  ]
}
