import type { FileChild } from 'docx'
import { hazardManualBasis } from '../content/basis'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import type { SchoolIndex } from '../school/school-index'

const terms: [string, string][] = [
  ['事故隐患：', '违反安全生产法律法规、规章、标准、规程和安全管理制度的规定，或者因其他因素在教育教学和后勤保障活动中存在的可能导致事故发生的物的危险状态、人的不安全行为和管理上的缺陷。'],
  ['隐患排查：', '按照隐患排查清单规定的内容、标准和频次，对设施设备、场所环境、人员行为和安全管理进行检查，发现和登记事故隐患的活动。'],
  ['隐患治理：', '对排查发现的事故隐患落实整改责任、措施、资金、时限和应急预案，消除隐患并经验收销号的全过程。']
]

/** Writes 编制说明 of the hazard manual: purpose, scope, basis, terms and how the manual is kept. */
export function prefaceChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const { terms: words } = index
  return [
    outline.chapter('编制说明'),
    outline.section('编制目的'),
    body(
      `为规范${words.we}事故隐患排查治理工作，及时发现和消除各类事故隐患，把隐患消灭在事故发生之前，形成排查、登记、整改、验收、销号的闭环管理，保障${words.everyone}生命财产安全，编制本手册。`
    ),
    outline.section('适用范围'),
    body(`本手册适用于${index.schoolName}${words.campus}内全部设施、场所和${words.unit}组织开展的各项活动的事故隐患排查、登记、治理、验收、销号、报告和统计分析工作。`),
    outline.section('编制依据'),
    body('本手册依据下列法律法规、规范性文件和标准编制：'),
    ...bodyLines(numberLines(hazardManualBasis(index))),
    outline.section('术语和定义'),
    ...terms.map(([term, meaning]) => body({ text: term, bold: true }, meaning)),
    outline.section('手册管理'),
    body(
      `本手册与《安全风险分级管控手册》配套使用，隐患排查清单由风险分级管控清单中的管控措施转化而来。本手册由双重预防工作办公室负责编制、解释和修订，经领导小组审定、${words.head}签发后实施。`
    )
  ]
}
