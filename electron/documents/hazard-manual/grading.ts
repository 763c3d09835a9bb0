import type { FileChild } from 'docx'
import { numberLines } from '../layout/numbering'
import type { Outline } from '../layout/outline'
import { body, bodyLines } from '../layout/paragraphs'
import type { SchoolIndex } from '../school/school-index'

/** The areas the 教育系统重大事故隐患判定指南 covers, in its order. */
const majorHazardAreas = [
  '校园消防安全',
  '校舍安全',
  '食品安全',
  '实验室和实训场所安全',
  '校车及校园交通安全',
  '大型活动和人员密集场所的拥挤踩踏防范',
  '特种设备安全',
  '水、电、气、热等设施运行安全'
]

const fireExamples = [
  '未建立消防安全责任制，未明确各级、各岗位消防安全职责的；',
  '学生宿舍、幼儿园儿童用房设置在地下室或者半地下室，或者幼儿园儿童用房设置在四层及以上的；',
  '教学楼、图书馆、食堂、宿舍内使用或者储存易燃易爆危险品的；',
  '按规定应当设置的火灾自动报警、自动喷水灭火、消火栓和防排烟系统缺失或者不能正常使用，学生宿舍、午休室未设置火灾自动报警系统或者联网型独立式感烟火灾探测报警器的；',
  '电动自行车或者其蓄电池进入建筑物内停放、充电，或者私拉乱接电线充电的；',
  '人员密集场所的门窗被铁栅栏、防盗网、广告牌等遮挡，影响逃生和灭火救援的。'
]

/** Writes 隐患分级与分类: 一般 and 重大 by definition, 基础管理类 and 现场类, and the Ministry's major-hazard areas. */
export function gradingChapter(index: SchoolIndex, outline: Outline): FileChild[] {
  const { terms } = index
  return [
    outline.chapter('隐患分级与分类'),
    outline.section('隐患分级'),
    body('事故隐患分为一般事故隐患和重大事故隐患：'),
    body({ text: '一般事故隐患：', bold: true }, '危害和整改难度较小，发现后能够立即整改排除的隐患。'),
    body(
      { text: '重大事故隐患：', bold: true },
      `危害和整改难度较大，需要全部或者局部停止使用、停课，并经过一定时间整改治理方能排除的隐患，或者因外部因素影响致使${terms.unit}自身难以排除的隐患。`
    ),
    outline.section('隐患分类'),
    body({ text: '基础管理类隐患：', bold: true }, '安全责任制、管理制度、操作规程、教育培训、应急管理、证照资质、档案记录等方面存在的缺陷。'),
    body({ text: '现场类隐患：', bold: true }, '设施设备、场所环境、消防、用电用气、食品卫生、交通等现场的不安全状态和人员的不安全行为。'),
    outline.section('重大事故隐患判定'),
    body(`依据教育部办公厅《教育系统重大事故隐患判定指南》（教发厅函〔2024〕20号），下列领域存在该指南所列情形之一的，判定为重大事故隐患：`),
    ...bodyLines(numberLines(majorHazardAreas.map((area) => `${area}；`))),
    body('以校园消防安全为例，存在下列情形之一的，直接判定为重大事故隐患：'),
    ...bodyLines(fireExamples.map((line, position) => `（${position + 1}）${line}`)),
    body(`其他领域的判定情形以该指南原文为准。排查中发现符合判定情形的，直接按重大事故隐患登记，立即采取管控措施并报告${terms.head}。`)
  ]
}
