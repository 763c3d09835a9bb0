import { basename } from 'node:path'
import type { customLibraryChannels } from '../../shared/contract/custom-library'
import {
  deleteCustomEntry,
  exportCustomLibrary,
  getCustomLibraryInfo,
  importCustomLibrary,
  saveCustomLibraryMeta,
  saveSchoolPointAsCustom,
  updateCustomEntry
} from '../custom-library/custom-library.service'
import { chosenPath, rememberChoice, type HandlersFor } from './context'

/**
 * Handlers of the custom risk library. The library file comes from the platform (the user's data folder),
 * export and import files from main-process dialogs by token; the window never names a path.
 */
export const customLibraryHandlers: HandlersFor<typeof customLibraryChannels> = {
  'custom-library:get': async (ctx) => getCustomLibraryInfo(ctx.platform.customLibraryFile()),
  'custom-library:save-point': (ctx, input) => saveSchoolPointAsCustom(ctx.session.schoolDb.db, ctx.platform.customLibraryFile(), input),
  'custom-library:update-entry': async (ctx, input) => updateCustomEntry(ctx.platform.customLibraryFile(), input),
  'custom-library:delete-entry': async (ctx, input) => deleteCustomEntry(ctx.platform.customLibraryFile(), input.key),
  'custom-library:save-meta': async (ctx, input) => saveCustomLibraryMeta(ctx.platform.customLibraryFile(), input),

  'custom-library:choose-export': async (ctx) => {
    const file = await ctx.platform.chooseCustomLibraryExportFile()
    if (file === null) return null
    return { token: rememberChoice(ctx, 'custom-library-export', file), fileName: basename(file) }
  },
  'custom-library:export': async (ctx, input) =>
    exportCustomLibrary(ctx.platform.customLibraryFile(), chosenPath(ctx, input.token, 'custom-library-export')),
  'custom-library:choose-import': async (ctx) => {
    const file = await ctx.platform.chooseCustomLibraryImportFile()
    if (file === null) return null
    return { token: rememberChoice(ctx, 'custom-library-import', file), fileName: basename(file) }
  },
  'custom-library:import': async (ctx, input) =>
    importCustomLibrary(ctx.platform.customLibraryFile(), chosenPath(ctx, input.token, 'custom-library-import'))
}
