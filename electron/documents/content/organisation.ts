import type { FileChild } from 'docx'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import { body, bodyLines } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'
import { officeDescription, officeDuties, orderedMembers, positionOf, roleLabel } from './leading-group'

/** Writes the leading group as a table (组内职务 | 姓名 | 行政职务 | 分工), or a sentence while it has no members. */
export function leadingGroupTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const members = orderedMembers(index)
  const documentNumber = cleanText(index.data.leadingGroup.office.documentNumber)
  const source = documentNumber ? `（${documentNumber}）` : ''

  if (members.length === 0) {
    return [body(`${index.terms.unit}尚未确定双重预防体系建设领导小组成员。领导小组由${index.terms.head}任组长，成员名单经研究确定后发文公布，并补入本手册。`)]
  }

  return [
    body(`${index.terms.unit}成立双重预防体系建设领导小组${source}，统一领导双重预防体系的建设和运行。领导小组组成及分工如下：`),
    captions.caption('领导小组组成及分工'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '组内职务', weight: 2, align: 'center' },
        { header: '姓名', weight: 2, align: 'center' },
        { header: '行政职务', weight: 3, align: 'center' },
        { header: '分工', weight: 9 }
      ],
      rows: members.map((member) => [
        roleLabel(member.role),
        index.personName(member.staffId) || '（未填写）',
        cleanText(member.title) || positionOf(index, member.staffId) || '—',
        cleanText(member.duty) || '按领导小组职责分工履职'
      ])
    })
  ]
}

/** Describes the office (location, director, contact) and numbers its duties. */
export function officeParagraphs(index: SchoolIndex): FileChild[] {
  return [body(officeDescription(index)), body('办公室主要职责：'), ...bodyLines(numberLines(officeDuties(index)))]
}
