import type { FileChild } from 'docx'
import { inspectionTypeLabels } from '../../../shared/domain/checks'
import type { SchoolData } from '../../../shared/exchange/school-data'
import type { OutputBuilder } from '../../outputs/output-builder'
import { body, title } from '../layout/paragraphs'
import { packDocument } from '../layout/pack'
import { portraitSection } from '../layout/sections'
import { sizes } from '../layout/styles'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { snapshotDate } from '../school/dates'
import { SchoolIndex } from '../school/school-index'
import { checklistGroups, type ChecklistGroup } from './checklist-groups'
import { checklistPage } from './checklist-page'

const documentTitle = '安全检查表'

/** One row per risk point: its checklists (type and number of items) and the posts that check. */
function overviewTable(index: SchoolIndex, groups: readonly ChecklistGroup[]): FileChild[] {
  const points = [...new Set(groups.map((group) => group.point))]
  return table({
    width: portraitTextWidth,
    fontSize: sizes.tableSmall,
    columns: [
      { header: '序号', weight: 1.2, align: 'center' },
      { header: '风险点', weight: 6 },
      { header: '检查表（排查类型、检查项数）', weight: 7 },
      { header: '责任岗位', weight: 6 }
    ],
    rows: points.map((point, position) => {
      const ofPoint = groups.filter((group) => group.point === point)
      const posts = [...new Set(ofPoint.flatMap((group) => group.items.map((item) => index.postName(item.responsiblePostId))).filter(Boolean))]
      return [
        String(position + 1),
        [cleanText(point.code), cleanText(point.name)].filter(Boolean).join(' '),
        ofPoint.map((group) => `${inspectionTypeLabels[group.inspectionType]} ${group.items.length} 项`).join('；'),
        posts.join('、') || '未指定'
      ]
    })
  })
}

function frontPage(index: SchoolIndex, groups: readonly ChecklistGroup[], date: string): FileChild[] {
  const { terms } = index
  if (groups.length === 0) {
    return [
      title(`${index.schoolName}${documentTitle}`),
      body(`${terms.unit}尚未生成隐患排查项，暂无安全检查表。完成风险辨识、制定管控措施并生成隐患排查清单后重新生成，每个风险点按排查类型各一张检查表。`)
    ]
  }
  return [
    title(`${index.schoolName}${documentTitle}`),
    body(
      `本册按风险点和排查类型编制安全检查表${groups.length}张，共${index.checkItems.length}个检查项，内容来自${terms.unit}隐患排查清单，编制日期${date}。检查时复印相应的检查表，逐项对照检查标准勾选“合格”或“不合格”，不合格的写明问题，检查人和区域负责人签字后交双重预防工作办公室存档。`
    ),
    body('检查表一览：'),
    ...overviewTable(index, groups)
  ]
}

/**
 * Builds the 安全检查表: printable tick-box checklists, one per risk point and inspection type on a page of its
 * own, after a front page that lists them. Every check item of the school appears on the checklist of its
 * point and type.
 */
export async function buildSafetyChecklists(data: SchoolData): Promise<Buffer> {
  const index = new SchoolIndex(data)
  const groups = checklistGroups(index)
  const children = [...frontPage(index, groups, snapshotDate(data)), ...groups.flatMap((group) => checklistPage(index, group))]
  return packDocument({ title: documentTitle, subject: cleanText(index.schoolName), sections: [portraitSection(children)], hasContents: false })
}

export const safetyChecklists: OutputBuilder = {
  key: 'safety-checklists',
  title: documentTitle,
  kind: 'docx',
  build: buildSafetyChecklists
}
