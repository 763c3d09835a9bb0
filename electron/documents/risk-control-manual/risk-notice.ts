import type { FileChild } from 'docx'
import { levelRank, riskLevelInfo } from '../../../shared/domain/levels'
import type { TableCaptions } from '../layout/captions'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import { table } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import { levelCell } from '../school/levels'
import { pointLabel } from '../school/risk-text'
import type { SchoolIndex } from '../school/school-index'
import { dutyPhone } from '../school/phones'

function noticeBoardContents(index: SchoolIndex): string[] {
  const phone = dutyPhone(index)
  return [
    '主要风险点的名称、位置和风险等级，以及安全风险四色分布图；',
    '各风险点的主要危险有害因素和可能导致的事故；',
    '主要管控措施和责任部门、责任人；',
    '应急处置措施和疏散路线；',
    `报告电话：火警119、急救120、报警110，${index.terms.unit}值班电话${phone || '（待公布）'}。`
  ]
}

function boardTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  const shown = index.riskPoints.filter((point) => {
    const level = index.pointLevel(point)
    return level !== undefined && levelRank(level) <= levelRank('high')
  })
  if (shown.length === 0) {
    return [body(`${index.terms.unit}目前没有较大及以上风险的风险点，公告栏公布全部风险点的风险等级和四色分布情况。`)]
  }
  return [
    body('公告栏重点公布较大及以上风险的风险点：'),
    captions.caption('公告栏重点公布的风险点'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '序号', weight: 1, align: 'center' },
        { header: '风险点', weight: 4 },
        { header: '所在区域', weight: 3 },
        { header: '风险等级', weight: 2, align: 'center' },
        { header: '责任岗位／责任人', weight: 4 }
      ],
      rows: shown.map((point, position) => [
        String(position + 1),
        pointLabel(point),
        cleanText(point.area) || '—',
        levelCell(index.pointLevel(point)),
        index.ownerLabel(point.ownerPostId, point.ownerStaffId)
      ])
    })
  ]
}

function cardTable(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  if (index.riskPoints.length === 0) {
    return [body(`${index.terms.unit}尚未辨识风险点，暂无岗位风险告知卡。完成风险辨识评价后，按风险点逐一制作告知卡。`)]
  }
  return [
    body(
      `${index.terms.unit}按风险点制作安全风险告知卡（见《安全风险告知卡（按风险点）》），共${index.riskPoints.length}张，张贴在风险点所在场所的醒目位置；按岗位制作岗位风险告知卡（见《岗位风险告知卡（按岗位）》），发给岗位人员并张贴在岗位上。按风险点的告知卡清单如下：`
    ),
    captions.caption('安全风险告知卡清单'),
    ...table({
      width: portraitTextWidth,
      columns: [
        { header: '序号', weight: 1, align: 'center' },
        { header: '告知卡（风险点）', weight: 4 },
        { header: '张贴位置', weight: 3 },
        { header: '风险等级', weight: 2, align: 'center' },
        { header: '责任岗位／责任人', weight: 4 }
      ],
      rows: index.riskPoints.map((point, position) => {
        const level = index.pointLevel(point)
        return [
          String(position + 1),
          pointLabel(point),
          cleanText(point.area) || cleanText(point.name),
          levelCell(level, level ? riskLevelInfo[level].word : undefined),
          index.ownerLabel(point.ownerPostId, point.ownerStaffId)
        ]
      })
    })
  ]
}

/** Writes 风险告知: the notice board, the post risk cards, signs and how notices are kept current. */
export function riskNoticeChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  const { terms } = index
  return [
    outline.chapter('风险告知'),
    outline.section('风险公告栏'),
    body(`${terms.unit}在校门口、教学楼大厅等醒目位置设置安全风险公告栏（公告文字见《安全风险公告栏》），公告下列内容：`),
    ...bodyLines(numberLines(noticeBoardContents(index))),
    ...boardTable(index, captions),
    outline.section('岗位风险告知卡'),
    ...cardTable(index, captions),
    outline.section('安全警示标志'),
    body(
      '在较大及以上风险的场所和设施设备处，按照GB 2894设置禁止、警告、指令和提示标志；配电室、锅炉房、危险化学品储存室、燃气使用场所等重点部位注明风险内容、危害程度和应急措施。'
    ),
    outline.section('告知内容的更新'),
    body(
      `风险点、风险等级或者管控措施发生变化时，双重预防工作办公室在一周内更新公告栏、告知卡、四色分布图和警示标志，旧版告知内容存档备查。新入职和调整岗位的教职员工上岗前学习本岗位的告知卡。`
    )
  ]
}
