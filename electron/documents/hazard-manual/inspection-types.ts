import type { FileChild } from 'docx'
import { inspectionTypeLabels, inspectionTypes, type InspectionType } from '../../../shared/domain/checks'
import type { FacilityKey } from '../../../shared/domain/school'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { numberLines } from '../layout/numbering'
import { body, bodyLines } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'

interface TypeRow {
  meaning: string
  frequency: string
  organiser: string
}

function typeRows(index: SchoolIndex): Record<InspectionType, TypeRow> {
  const { terms } = index
  return {
    daily: {
      meaning: '各岗位人员在日常工作中检查本岗位、本区域的设施设备和人员行为；门卫、保安巡查校园及周边',
      frequency: '每日；按岗位为每节课、每班次或者每趟次',
      organiser: '各部门负责人组织，岗位人员实施'
    },
    comprehensive: {
      meaning: `${terms.unit}领导带队，对全部区域和各项安全管理进行全面检查`,
      frequency: '每月至少一次；每学期开学前、放假前各一次',
      organiser: `${terms.head}或者分管${terms.deputyHead}带队，双重预防工作办公室组织`
    },
    special: {
      meaning: '针对消防、食品、校舍、用电用气、实验室危险化学品、校车、防溺水、防欺凌等开展的专门检查',
      frequency: '按上级部署和年度计划，每学期至少一次',
      organiser: `分管${terms.deputyHead}组织，相关职能部门实施`
    },
    seasonal: {
      meaning: '汛期前检查防汛、防雷和防溺水；夏季检查防暑和食品安全；冬季取暖前检查取暖设施、燃气、防一氧化碳中毒和防冻防滑',
      frequency: '每个季节转换前',
      organiser: '总务处、安全办组织'
    },
    holiday: {
      meaning: '节假日和寒暑假前后检查校园安全、值班值守和假期安全教育落实情况',
      frequency: '每个节假日前，开学前',
      organiser: '双重预防工作办公室组织'
    },
    accident: {
      meaning: '其他学校或者单位发生事故、接到事故通报后，对照检查本单位同类风险和隐患',
      frequency: '事故发生或者接到通报后及时开展',
      organiser: `分管${terms.deputyHead}组织`
    },
    change: {
      meaning: '新建改建校舍、维修施工、新增设施设备完成后，以及停课后复课前的检查',
      frequency: '变更完成后、投入使用或者复课前',
      organiser: '总务处组织，使用部门参加'
    }
  }
}

function frequencyLines(index: SchoolIndex): string[] {
  const { terms } = index
  const has = (key: FacilityKey): boolean => index.data.school.facilities.includes(key)
  const teacher = terms.unit === '幼儿园' ? '班级教师' : '班主任'
  const lines: (string | false)[] = [
    `${terms.head}每周至少巡查一次校园，每学期组织开学前和放假前的综合排查；`,
    `分管安全的${terms.deputyHead}每周检查一次重点部位和重大、较大风险点；`,
    '各部门负责人每周检查一次本部门负责的区域和设施设备；',
    `${teacher}每日检查教室设施和${terms.pupils}出勤、健康情况；`,
    '任课教师、体育教师和实验教师每节课前检查所用场地、器材和设备；',
    '门卫、保安每班次检查校门和校园，夜间按规定巡查；',
    has('dormitory') && '宿舍管理员每晚查寝，夜间定时巡查；',
    has('canteen') && '食堂管理员每日检查燃气、食品原料、加工过程和留样；',
    '电工每周检查一次线路，每月检查一次配电室；',
    has('schoolBus') && '校车驾驶员和随车照管人员每趟次检查车辆和学生乘车情况。'
  ]
  const kept = lines.filter((line): line is string => line !== false)
  return kept.map((line, position) => (position === kept.length - 1 ? line.replace(/；$/, '。') : line))
}

/** Writes 排查类型与频次: the seven inspection types with meaning, frequency and organiser, and the items' frequencies. */
export function inspectionTypesChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const rows = typeRows(index)
  return [
    outline.chapter('排查类型与频次'),
    outline.section('排查类型'),
    body('事故隐患排查分为以下七种类型，各类排查的内容、频次和组织实施如下：'),
    captions.caption('排查类型与频次'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '排查类型', weight: 3, align: 'center' },
        { header: '主要内容', weight: 9 },
        { header: '排查频次', weight: 5 },
        { header: '组织实施', weight: 5 }
      ],
      rows: inspectionTypes.map((type) => [inspectionTypeLabels[type], rows[type].meaning, rows[type].frequency, rows[type].organiser])
    }),
    outline.section('各岗位排查频次'),
    body('各岗位按下列频次开展排查，具体排查项见隐患排查清单和岗位排查清单：'),
    ...bodyLines(numberLines(frequencyLines(index)))
  ]
}
