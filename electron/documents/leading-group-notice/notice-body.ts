import type { FileChild } from 'docx'
import type { LeadingGroupRole } from '../../../shared/domain/posts'
import { cleanText } from '../layout/text'
import { numberLines } from '../layout/numbering'
import { Outline } from '../layout/outline'
import { blankLine, body, bodyLines, hangingLine, plain, title } from '../layout/paragraphs'
import { groupDuties, memberLabel, membersWithRole, officeDescription, officeDuties, orderedMembers } from '../content/leading-group'
import { noticeDate } from '../school/dates'
import type { SchoolIndex } from '../school/school-index'

export const noticeTitle = '关于成立双重预防体系建设领导小组的通知'

/** Role labels padded to four characters with full-width spaces, so the names line up. */
const roleLines: { role: LeadingGroupRole; label: string }[] = [
  { role: 'leader', label: '组　长：' },
  { role: 'deputy', label: '副组长：' },
  { role: 'member', label: '成　员：' }
]

function opening(index: SchoolIndex): string {
  const { terms } = index
  return (
    `为深入贯彻《中华人民共和国安全生产法》和《河南省安全生产风险管控与隐患治理办法》（省政府令第191号），` +
    `落实焦作市教育局《焦作市中小学幼儿园2020年全面推进安全风险隐患双重预防体系建设方案》（焦教文〔2020〕18号）的要求，` +
    `扎实推进${terms.we}安全风险分级管控和隐患排查治理双重预防体系建设，做到风险自辨自控、隐患自查自治，` +
    `切实保障${terms.everyone}生命财产安全，经研究，决定成立${index.schoolName}双重预防体系建设领导小组。现将有关事项通知如下：`
  )
}

function memberSection(index: SchoolIndex): FileChild[] {
  const members = orderedMembers(index)
  if (members.length === 0) {
    return [body(`领导小组组长由${index.terms.head}担任，副组长和成员名单经研究确定后另行公布。`)]
  }

  const lines = roleLines
    .map(({ role, label }) => ({ label, names: membersWithRole(index, role).map((member) => memberLabel(index, member)) }))
    .filter((line) => line.names.length > 0)
    .map((line) => hangingLine(line.label, line.names.join('、'), 4))

  const duties = members
    .filter((member) => cleanText(member.duty) !== '')
    .map((member) => `${index.personName(member.staffId) || '（未填写姓名）'}：${cleanText(member.duty).replace(/[。；;]+$/, '')}。`)
  const dutyParagraphs = duties.length > 0 ? [body('领导小组成员分工如下：'), ...bodyLines(numberLines(duties))] : []

  return [
    ...lines,
    ...dutyParagraphs,
    body('领导小组成员因工作调整发生变动的，由接任相应职务的人员自然递补，不再另行发文。')
  ]
}

function workRequirements(index: SchoolIndex): string[] {
  const { terms } = index
  return [
    `提高思想认识。双重预防体系建设是落实${terms.unit}安全主体责任、防范遏制安全事故的根本举措。${terms.departments}要把这项工作摆在突出位置，负责人亲自抓，确保按期完成各阶段任务。`,
    '压实工作责任。各部门、各岗位要对照全员安全责任清单履职尽责，全员参与风险辨识和隐患排查，发现隐患当日报告，能立即整改的立即整改。',
    '严格督导考核。领导小组办公室要加强日常督促检查，定期通报工作进展，检查结果纳入教职工年度考核；对工作不力、敷衍塞责的，依照考核奖惩制度严肃处理。'
  ]
}

/** Writes the notice: title, 发文字号, 主送, opening, five numbered parts, then the school and date to be sealed. */
export function noticeBody(index: SchoolIndex): FileChild[] {
  const outline = new Outline()
  const office = index.data.leadingGroup.office
  const documentNumber = cleanText(office.documentNumber)

  return [
    title(noticeTitle),
    ...(documentNumber ? [plain(documentNumber, { align: 'center' })] : []),
    blankLine(),
    plain(`${index.terms.departments}、全体教职工：`),
    body(opening(index)),
    outline.chapter('领导小组'),
    ...memberSection(index),
    outline.chapter('领导小组职责'),
    ...bodyLines(numberLines(groupDuties(index))),
    outline.chapter('领导小组办公室'),
    body(officeDescription(index)),
    outline.chapter('办公室职责'),
    ...bodyLines(numberLines(officeDuties(index))),
    outline.chapter('工作要求'),
    ...bodyLines(numberLines(workRequirements(index))),
    blankLine(),
    blankLine(),
    plain(`${index.schoolName}（盖章）`, { align: 'right', indentCharacters: 2 }),
    plain(noticeDate(index.data), { align: 'right', indentCharacters: 4 })
  ]
}
