import { z } from 'zod'
import { checkFrequencies, checkFrequencyLabels, checkMethods, inspectionTypeLabels, inspectionTypes } from '../domain/checks'
import { hazardFactorTypes, policyKinds, riskPointKindLabels, riskPointKinds } from '../domain/entities'
import { accidentTypeCodes } from '../domain/accident-types'
import { controlLevelLabels, controlLevels, riskLevels } from '../domain/levels'
import { measureCategories, measureCategoryLabels } from '../domain/measures'
import { leadingGroupRoleLabels, leadingGroupRoles, responsibilityKinds } from '../domain/posts'
import { facilityKeys, jiaozuoCounties, schoolCategories, schoolNatures, schoolScopes } from '../domain/school'
import { gradingMethodLabels, gradingMethods } from '../grading/grade'
import { choice, codeList, date, decimal, id, idList, integer, name, optionalChoice, optionalId, phone, text } from './fields'

/** Input schemas of every write, with the Chinese field labels used in messages. */

export const schoolInput = z.object({
  name: name('学校名称', true, 60),
  county: optionalChoice('县（市、区）', jiaozuoCounties),
  scope: optionalChoice('所在范围', schoolScopes),
  nature: optionalChoice('办学性质', schoolNatures),
  category: optionalChoice('所属类别', schoolCategories),
  address: text('学校地址', { max: 200 }),
  principal: name('校(园)长', false),
  principalPhone: phone('校(园)长电话'),
  deputy: name('主管双重预防体系建设副校(园)长', false),
  deputyPhone: phone('副校(园)长电话'),
  contactName: name('联系人姓名', false),
  contactPhone: phone('联系人电话'),
  pupilCount: integer('学生（幼儿）人数', { min: 0, max: 100000 }),
  staffCount: integer('教职工人数', { min: 0, max: 20000 }),
  classCount: integer('班级数', { min: 0, max: 2000 }),
  facilities: codeList('学校设施', facilityKeys),
  surroundings: text('周边环境', { max: 2000, multiline: true }),
  note: text('备注', { max: 500, multiline: true })
})
export type SchoolInput = z.output<typeof schoolInput>

export const staffInput = z.object({
  id: optionalId('教职工'),
  name: name('姓名'),
  phone: phone('联系电话'),
  department: text('部门', { max: 50, plainName: true }),
  note: text('备注', { max: 200 })
})
export type StaffInput = z.output<typeof staffInput>

export const responsibilityInput = z.object({
  kind: choice('责任类别', responsibilityKinds),
  content: text('责任内容', { required: true, max: 1000, multiline: true })
})

export const postInput = z.object({
  id: optionalId('岗位'),
  name: name('岗位名称', true, 40),
  department: text('所属部门', { max: 50, plainName: true }),
  responsibilities: z.array(responsibilityInput).max(200),
  staffIds: idList('岗位人员')
})
export type PostInput = z.output<typeof postInput>

export const seedPostsInput = z.object({
  codes: z.array(z.string().max(60)).max(200)
})

export const leadingGroupMemberInput = z.object({
  id: optionalId('领导小组成员'),
  staffId: id('成员姓名'),
  role: choice('组内职务', leadingGroupRoles, leadingGroupRoleLabels),
  title: text('行政职务', { max: 40, plainName: true }),
  duty: text('分工', { max: 500, multiline: true })
})
export type LeadingGroupMemberInput = z.output<typeof leadingGroupMemberInput>

export const officeInput = z.object({
  name: text('办公室名称', { required: true, max: 60, plainName: true }),
  location: text('办公室地点', { max: 100 }),
  directorStaffId: optionalId('办公室主任'),
  contactStaffId: optionalId('联络员'),
  phone: phone('办公室电话'),
  duties: text('办公室职责', { max: 2000, multiline: true }),
  documentNumber: text('发文字号', { max: 40 }),
  issuedOn: date('发文日期')
})
export type OfficeInput = z.output<typeof officeInput>

export const policyInput = z.object({
  id: id('制度'),
  title: text('制度名称', { required: true, max: 60 }),
  body: text('制度正文', { required: true, max: 30000, multiline: true })
})
export type PolicyInput = z.output<typeof policyInput>

export const policyKindSchema = z.enum(policyKinds)

export const riskPointInput = z.object({
  id: optionalId('风险点'),
  name: name('风险点名称', true, 60),
  kind: choice('风险点类型', riskPointKinds, riskPointKindLabels),
  area: text('所在区域', { max: 60 }),
  ownerPostId: optionalId('责任岗位'),
  ownerStaffId: optionalId('责任人'),
  description: text('风险点描述', { max: 1000, multiline: true })
})
export type RiskPointInput = z.output<typeof riskPointInput>

export const addFromLibraryInput = z.object({
  keys: z.array(z.string().max(80)).min(1).max(500)
})

export const riskInput = z.object({
  id: optionalId('风险'),
  riskPointId: id('所属风险点'),
  hazard: text('危险有害因素', { required: true, max: 500, multiline: true }),
  factorType: choice('因素类别', hazardFactorTypes),
  consequence: text('可能导致的后果', { max: 500, multiline: true }),
  accidentTypes: codeList('事故类型', accidentTypeCodes, { min: 1, max: 8 }),
  method: choice('评价方法', gradingMethods, gradingMethodLabels),
  lecL: decimal('L（事故发生的可能性）'),
  lecE: decimal('E（暴露于危险环境的频繁程度）'),
  lecC: decimal('C（发生事故可能造成的后果）'),
  lsL: decimal('L（事故发生的可能性）'),
  lsS: decimal('S（后果严重性）'),
  directLevel: optionalChoice('风险等级', riskLevels),
  controlLevel: optionalChoice('管控层级', controlLevels),
  ownerPostId: optionalId('责任岗位'),
  ownerStaffId: optionalId('责任人'),
  /**
   * The JHA step or SCL item that found the risk. Left out, an edit keeps the link the risk has; null
   * clears it. Inputs written before the field existed stay valid.
   */
  analysisEntryId: optionalId('辨识记录').optional()
})
export type RiskInput = z.output<typeof riskInput>

export const measureInput = z.object({
  id: optionalId('管控措施'),
  riskId: id('所属风险'),
  category: choice('措施类别', measureCategories, measureCategoryLabels),
  content: text('措施内容', { required: true, max: 1000, multiline: true }),
  controlLevel: choice('管控层级', controlLevels, controlLevelLabels),
  ownerPostId: optionalId('责任岗位'),
  ownerStaffId: optionalId('责任人')
})
export type MeasureInput = z.output<typeof measureInput>

export const checkItemInput = z.object({
  id: optionalId('排查项'),
  riskPointId: id('风险点'),
  measureId: optionalId('对应管控措施'),
  content: text('排查内容', { required: true, max: 500, multiline: true }),
  standard: text('排查标准', { max: 500, multiline: true }),
  method: choice('排查方法', checkMethods),
  inspectionType: choice('排查类型', inspectionTypes, inspectionTypeLabels),
  frequency: choice('排查频次', checkFrequencies, checkFrequencyLabels),
  responsiblePostId: optionalId('排查责任岗位')
})
export type CheckItemInput = z.output<typeof checkItemInput>

export const settingsInput = z.object({
  operatorName: name('操作人姓名', false, 30)
})
export type SettingsInput = z.output<typeof settingsInput>

export const idInput = z.object({ id: id('记录') })
export const emptyInput = z.object({}).optional()
