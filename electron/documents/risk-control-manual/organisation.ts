import type { FileChild } from 'docx'
import { groupDuties } from '../content/leading-group'
import { leadingGroupTable, officeParagraphs } from '../content/organisation'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'

function postTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  if (index.posts.length === 0) {
    return [body(`${index.terms.unit}尚未设置岗位。设置岗位并安排人员后，本节按岗位列出负责管控的风险点。`)]
  }
  return [
    captions.caption('各岗位负责管控的风险点'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '序号', weight: 2, align: 'center' },
        { header: '岗位', weight: 7 },
        { header: '所属部门', weight: 6, align: 'center' },
        { header: '责任人', weight: 6 },
        { header: '管控风险点', weight: 4, align: 'center' }
      ],
      rows: index.posts.map((post, position) => {
        const holders = index.holders(post).map((person) => cleanText(person.name)).filter(Boolean)
        return [
          String(position + 1),
          cleanText(post.name),
          cleanText(post.department) || '—',
          holders.length > 0 ? holders.join('、') : '（待安排）',
          `${index.pointsOwnedBy(post).length}个`
        ]
      })
    })
  ]
}

/** Writes 组织机构与职责: the leading group and its duties, the office, and the posts. */
export function organisationChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  return [
    outline.chapter('组织机构与职责'),
    outline.section('领导小组'),
    ...leadingGroupTable(index, captions),
    outline.section('领导小组职责'),
    ...bodyLines(numberLines(groupDuties(index))),
    outline.section('领导小组办公室'),
    ...officeParagraphs(index),
    outline.section('岗位职责'),
    body(
      `${index.terms.unit}实行全员安全责任制，各岗位的安全职责、负责管控的风险、隐患排查内容与频次、应急职责和培训要求见《全员安全责任清单》。${index.posts.length > 0 ? '各岗位负责管控的风险点如下：' : ''}`
    ),
    ...postTable(index, captions)
  ]
}
