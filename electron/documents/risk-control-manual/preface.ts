import type { FileChild } from 'docx'
import { riskManualBasis } from '../content/basis'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import type { SchoolIndex } from '../school/school-index'

const terms: [string, string][] = [
  ['风险点：', '存在安全风险的设施、部位、场所和区域，以及在其中开展的教育教学、生活服务等作业活动。'],
  ['危险源（危险有害因素）：', '风险点内可能导致人员伤害、财产损失或者其他损失的根源和状态，从人的因素、物的因素、环境因素和管理因素四个方面辨识。'],
  ['安全风险：', '事故发生的可能性与其后果严重程度的组合。'],
  ['风险分级管控：', '按照风险等级、管控难度和所需资源，确定由不同层级负责管控风险，并落实相应措施的工作方式。']
]

/** Writes 编制说明: purpose, scope, basis and terms. */
export function prefaceChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const unit = index.terms.unit
  return [
    outline.chapter('编制说明'),
    outline.section('编制目的'),
    body(
      `为全面辨识和有效管控${index.terms.we}各类安全风险，把风险控制在隐患形成之前、把隐患消灭在事故发生之前，建立风险自辨自控、隐患自查自治的工作机制，保障${index.terms.everyone}生命财产安全，编制本手册。`
    ),
    outline.section('适用范围'),
    body(
      `本手册适用于${index.schoolName}${index.terms.campus}内的全部设施、场所，以及${unit}组织开展的教育教学、生活服务和校外活动的安全风险辨识、评价、分级、管控和告知工作。`
    ),
    outline.section('编制依据'),
    body('本手册依据下列法律法规、规范性文件和标准编制：'),
    ...bodyLines(numberLines(riskManualBasis(index))),
    outline.section('术语和定义'),
    ...terms.map(([term, meaning]) => body({ text: term, bold: true }, meaning)),
    outline.section('手册管理'),
    body(
      `本手册由${unit}双重预防工作办公室负责编制、解释和修订，经领导小组审定、${index.terms.head}签发后实施。风险点、危险源或者管控措施发生变化时，办公室及时修订本手册，修订后的版本号顺延，旧版本存档备查。`
    )
  ]
}
