import type { SchoolIndex } from '../school/school-index'

/** Laws, rules and standards the manuals are written on, as a Chinese safety consultant cites them. */
const commonBasis = [
  '《中华人民共和国安全生产法》',
  '《河南省安全生产风险管控与隐患治理办法》（河南省人民政府令第191号）',
  '《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》（国办发〔2017〕35号）',
  '《河南省人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》（豫政办〔2018〕7号）',
  '教育部《中小学校岗位安全工作指南》',
  '教育部办公厅《教育系统重大事故隐患判定指南》（教发厅函〔2024〕20号）',
  '《焦作市中小学幼儿园2020年全面推进安全风险隐患双重预防体系建设方案》（焦教文〔2020〕18号）'
]

const riskStandards = [
  'GB 6441《企业职工伤亡事故分类》',
  'GB/T 13861《生产过程危险和有害因素分类与代码》',
  'GB 2894《安全标志及其使用导则》'
]

const hazardRules = [
  '《安全生产事故隐患排查治理暂行规定》（原国家安全生产监督管理总局令第16号）',
  '《河南省中小学校安全“十必须十不准”（试行）》'
]

/** Lists the basis of the risk-control manual, with 《校车安全管理条例》 when the school runs a bus. */
export function riskManualBasis(index: SchoolIndex): string[] {
  return [...commonBasis, ...busRules(index), ...riskStandards]
}

/** Lists the basis of the hazard manual. */
export function hazardManualBasis(index: SchoolIndex): string[] {
  return [...commonBasis, ...hazardRules, ...busRules(index), 'GB 6441《企业职工伤亡事故分类》']
}

function busRules(index: SchoolIndex): string[] {
  return index.data.school.facilities.includes('schoolBus') ? ['《校车安全管理条例》'] : []
}
