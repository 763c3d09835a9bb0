import type { FileChild } from 'docx'
import { trainingAssessmentSection } from '../content/training-assessment'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import type { SchoolIndex } from '../school/school-index'

const changeTriggers = [
  '新建、改建、扩建校舍或者进行较大规模维修；',
  '新增、更换设施设备或者启用新的场所；',
  '新开展教育教学活动、校外活动或者调整作息和管理方式；',
  '有关法律法规、标准和上级要求发生变化；',
  '本校或者其他学校发生事故、险情，暴露出新的风险；',
  '周边环境发生较大变化。'
]

/** Writes 持续改进: review each term and on change, updating the lists, communicating, and keeping records. */
export function improvementChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const { terms } = index
  return [
    outline.chapter('持续改进'),
    outline.section('评审'),
    body(
      `每学期开学前，双重预防工作办公室组织一次全面风险辨识，复核风险点、危险源和风险等级。每学年末，由领导小组组织一次风险管控效果评审，检查各项管控措施是否落实、是否有效，评审结果形成记录，由${terms.head}签字后存档。`
    ),
    outline.section('更新'),
    body('有下列情形之一的，相关部门及时组织补充辨识和重新评价：'),
    ...bodyLines(numberLines(changeTriggers)),
    body('评审和变更辨识的结果及时更新到风险点登记台账、风险分级管控清单、隐患排查清单、岗位风险告知卡和四色分布图，并相应修订本手册。'),
    outline.section('沟通'),
    body(
      `风险管控的要求通过全员培训、教职工会议、风险公告栏和岗位风险告知卡传达到每名教职员工；与${terms.pupils}有关的风险通过安全教育课和家长会告知${terms.pupils}和家长。教职员工发现新的风险或者措施不落实的，及时向部门负责人或者双重预防工作办公室报告。重大风险和风险管控情况按要求向县（市、区）教育主管部门报告。`
    ),
    ...trainingAssessmentSection(index, outline),
    outline.section('档案管理'),
    body('风险辨识记录、评价记录、评审记录、各类清单和本手册的各版本由双重预防工作办公室统一归档，纸质和电子档案同步保存，便于查阅和追溯。')
  ]
}
