import type { FileChild } from 'docx'
import { checkFrequencies, checkFrequencyLabels, inspectionTypeLabels, inspectionTypes, type InspectionType } from '../../../shared/domain/checks'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
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

function frequencyTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const used = checkFrequencies.filter((frequency) => index.checkItems.some((item) => item.frequency === frequency))
  if (used.length === 0) {
    return [body(`${index.terms.unit}尚未辨识风险点，隐患排查清单尚未生成。清单生成后，各排查项的频次按上表要求确定。`)]
  }
  return [
    body(`隐患排查清单中各排查项的频次分布如下：`),
    captions.caption('排查项频次分布'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '排查频次', weight: 3, align: 'center' },
        { header: '排查项数', weight: 2, align: 'center' },
        { header: '实施岗位', weight: 10 }
      ],
      rows: used.map((frequency) => {
        const items = index.checkItems.filter((item) => item.frequency === frequency)
        const posts = [...new Set(items.map((item) => index.postName(item.responsiblePostId) || '未指定岗位'))].map(cleanText)
        return [checkFrequencyLabels[frequency], `${items.length}项`, posts.join('、')]
      })
    })
  ]
}

/** 排查类型与频次: the seven inspection types with meaning, frequency and organiser, and the items' frequencies. */
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
    outline.section('排查频次'),
    ...frequencyTable(index, captions)
  ]
}
