import { z } from 'zod'
import { analysisFieldLabels, analysisMethodLabels, analysisMethods, maxAnalysisEntries, type AnalysisMethod } from '../domain/analysis'
import { choice, id, idList, optionalId, text } from './fields'

/** Input schemas of the identification records (JHA steps and SCL items). */

/**
 * The text fields of a record with the labels of its method, so a message names 工作步骤 for a JHA and 检查项目
 * for an SCL. The window's form runs the same schemas.
 */
export function analysisTextFields(method: AnalysisMethod) {
  const labels = analysisFieldLabels[method]
  return {
    item: text(labels.item, { required: true, max: 60 }),
    standard: text(labels.standard || '检查标准', { max: 1000, multiline: true }),
    deviation: text(labels.deviation, { max: 500, multiline: true }),
    existingControls: text(labels.existingControls, { max: 2000, multiline: true })
  }
}

type TextFieldName = keyof ReturnType<typeof analysisTextFields>
const textFieldNames: readonly TextFieldName[] = ['item', 'standard', 'deviation', 'existingControls']

const analysisEntryShape = z.object({
  id: optionalId('辨识记录'),
  riskPointId: id('所属风险点'),
  method: choice('辨识方法', analysisMethods, analysisMethodLabels),
  item: z.unknown().optional(),
  standard: z.unknown().optional(),
  deviation: z.unknown().optional(),
  existingControls: z.unknown().optional()
})

/**
 * A JHA step or an SCL item. The text fields are checked once the method is known, with that method's labels;
 * a JHA step keeps no standard.
 */
export const analysisEntryInput = analysisEntryShape.transform((value, ctx) => {
  const fields = analysisTextFields(value.method)
  const texts = { item: '', standard: '', deviation: '', existingControls: '' }

  for (const name of textFieldNames) {
    const result = fields[name].safeParse(value[name])
    if (result.success) {
      texts[name] = result.data
      continue
    }
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [name, ...issue.path] } as Parameters<typeof ctx.addIssue>[0])
  }

  return {
    id: value.id,
    riskPointId: value.riskPointId,
    method: value.method,
    ...texts,
    standard: value.method === 'jha' ? '' : texts.standard
  }
})
export type AnalysisEntryInput = z.output<typeof analysisEntryInput>

export const analysisListInput = z.object({ riskPointId: id('风险点') })

/** The new order of one point's records of one method: every id of that list, first to last. */
export const analysisReorderInput = z.object({
  riskPointId: id('风险点'),
  method: choice('辨识方法', analysisMethods, analysisMethodLabels),
  ids: idList('记录顺序', maxAnalysisEntries)
})
export type AnalysisReorderInput = z.output<typeof analysisReorderInput>
