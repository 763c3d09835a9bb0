import { z } from 'zod'
import { facilityKeys, schoolCategories, type FacilityKey, type SchoolCategory } from '../domain/school'
import { codeList, id, name, text } from './fields'

/** Inputs of the custom risk library channels. */

const entryKey = text('自定义风险库条目', { required: true, max: 80 })
// codeList has checked every value against the list, so the casts only narrow the element type.
const categories = codeList('适用学校类别', schoolCategories).transform((list) => list as SchoolCategory[])
const facilities = codeList('所需设施', facilityKeys).transform((list) => list as FacilityKey[])

/** Saves a school's risk point as a custom entry; empty categories mean every kind of school. */
export const saveAsCustomInput = z.object({
  riskPointId: id('风险点'),
  name: name('条目名称', true, 60),
  categories,
  facilities
})
export type SaveAsCustomInput = z.output<typeof saveAsCustomInput>

export const customEntryInput = z.object({
  key: entryKey,
  name: name('条目名称', true, 60),
  area: text('所在区域', { max: 60 }),
  description: text('风险点描述', { max: 1000, multiline: true }),
  categories,
  facilities
})
export type CustomEntryInput = z.output<typeof customEntryInput>

export const customEntryKeyInput = z.object({ key: entryKey })

export const customMetaInput = z.object({
  name: name('风险库名称', true, 60),
  author: name('作者', false, 50)
})
export type CustomMetaInput = z.output<typeof customMetaInput>

export const customLibraryTokenInput = z.object({ token: z.string().min(1).max(100) })
