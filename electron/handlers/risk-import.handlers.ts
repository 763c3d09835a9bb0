import { basename } from 'node:path'
import type { riskImportChannels } from '../../shared/contract/risk-import'
import { applyRiskImport } from '../risk-import/apply'
import { saveImportMapping } from '../risk-import/mappings.service'
import { previewRiskImport } from '../risk-import/preview'
import { chosenPath, rememberChoice, type HandlersFor } from './context'

/** Handlers of the Excel risk-list import; the file is named by the token of its dialog. */
export const riskImportHandlers: HandlersFor<typeof riskImportChannels> = {
  'risk-import:choose-file': async (ctx) => {
    const file = await ctx.platform.chooseImportFile()
    if (file === null) return null
    return { token: rememberChoice(ctx, 'import-file', file), fileName: basename(file) }
  },
  // The window's preview reports a required field without a column instead of failing, so the column can be picked.
  'risk-import:preview': (ctx, input) =>
    previewRiskImport(ctx.session.schoolDb.db, {
      file: chosenPath(ctx, input.token, 'import-file'),
      sheet: input.sheet,
      mapping: input.mapping,
      answers: input.answers,
      reportMissingFields: true
    }),
  'risk-import:apply': (ctx, input) =>
    applyRiskImport(ctx.session.schoolDb.db, { file: chosenPath(ctx, input.token, 'import-file'), sheet: input.sheet, mapping: input.mapping, answers: input.answers }),
  'risk-import:save-mapping': (ctx, input) => saveImportMapping(ctx.session.schoolDb.db, input.signature, input.mapping ?? {})
}
