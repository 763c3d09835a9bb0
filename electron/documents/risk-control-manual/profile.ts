import type { FileChild } from 'docx'
import { facilityLabels } from '../../../shared/domain/school'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type Cell, type CellValue } from '../layout/tables'
import { asSentence, cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'

const labelFill = 'F2F2F2'

function label(text: string): Cell {
  return { content: text, fill: labelFill, bold: true, align: 'center' }
}

function value(text: string | number | null, span = 1): Cell {
  const shown = text === null ? '' : cleanText(String(text))
  return { content: shown || '—', span }
}

function count(amount: number | null, unit: string): string | null {
  return amount === null ? null : `${amount}${unit}`
}

/** Lists the facilities the profile names, without the school bus, which the profile words as a service. */
function facilityList(index: SchoolIndex): string[] {
  return index.data.school.facilities.filter((key) => key !== 'schoolBus').map((key) => facilityLabels[key])
}

function profileSentence(index: SchoolIndex): string {
  const school = index.data.school
  const { terms } = index
  const sentences: string[] = []

  const place = cleanText(school.address) || (school.county ? `焦作市${school.county}` : '')
  const kind = `${school.scope}${school.nature}${school.category}`
  const identity = [place ? `位于${place}` : '', kind ? `是一所${kind}` : ''].filter(Boolean).join('，')
  sentences.push(identity ? `${index.schoolName}${identity}。` : `${index.schoolName}的基本情况见${terms.unit}基本情况表。`)

  const counts = [
    school.pupilCount !== null ? `${terms.pupils}${school.pupilCount}人` : '',
    school.staffCount !== null ? `教职工${school.staffCount}人` : '',
    school.classCount !== null ? `${terms.unit === '幼儿园' ? '班级' : '教学班'}${school.classCount}个` : ''
  ].filter(Boolean)
  if (counts.length > 0) sentences.push(`现有${counts.join('、')}。`)

  const facilities = facilityList(index)
  const bus = school.facilities.includes('schoolBus')
  if (facilities.length > 0) sentences.push(`校内设有${facilities.join('、')}${bus ? '，并开通校车接送' : ''}。`)
  else if (bus) sentences.push('开通校车接送。')
  else sentences.push(`${terms.unit}概况中未登记食堂、宿舍、锅炉、校车等需要重点管控的设施。`)

  return sentences.join('')
}

function basicInfoRows(index: SchoolIndex): CellValue[][] {
  const school = index.data.school
  const { terms } = index
  const facilities = school.facilities.map((key) => facilityLabels[key])
  return [
    [label(`${terms.unit}名称`), value(index.schoolName, 3)],
    [label('县（市、区）'), value(school.county), label('所在范围'), value(school.scope)],
    [label('办学性质'), value(school.nature), label('所属类别'), value(school.category)],
    [label('地址'), value(school.address, 3)],
    [label(terms.head), value(school.principal), label('联系电话'), value(school.principalPhone)],
    [label(`分管${terms.deputyHead}`), value(school.deputy), label('联系电话'), value(school.deputyPhone)],
    [label('联系人'), value(school.contactName), label('联系电话'), value(school.contactPhone)],
    [label(`${terms.pupils}人数`), value(count(school.pupilCount, '人')), label('教职工人数'), value(count(school.staffCount, '人'))],
    [label(terms.unit === '幼儿园' ? '班级数' : '教学班数'), value(count(school.classCount, '个')), label('风险点数'), value(`${index.riskPoints.length}个`)],
    [label('重点设施'), value(facilities.length > 0 ? facilities.join('、') : '无', 3)]
  ]
}

/** Writes 学校概况: a profile paragraph, the surroundings, and the 学校基本情况表. */
export function profileChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const school = index.data.school
  const surroundings = asSentence(school.surroundings)
  const note = asSentence(school.note)

  return [
    outline.chapter(`${index.terms.unit}概况`),
    body(profileSentence(index)),
    surroundings
      ? body({ text: '周边环境：', bold: true }, surroundings)
      : body({ text: '周边环境：', bold: true }, '尚未填写。辨识风险时应当查明周边道路、水域、施工工地和其他危险场所的情况。'),
    ...(note ? [body({ text: '其他情况：', bold: true }, note)] : []),
    captions.caption(`${index.terms.unit}基本情况表`),
    ...table({
      width: portraitTextWidth,
      header: false,
      columns: [
        { header: '', weight: 2 },
        { header: '', weight: 3 },
        { header: '', weight: 2 },
        { header: '', weight: 3 }
      ],
      rows: basicInfoRows(index)
    })
  ]
}
