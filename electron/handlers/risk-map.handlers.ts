import { basename } from 'node:path'
import type { riskMapChannels } from '../../shared/contract/risk-map'
import {
  addArea,
  createBlankMap,
  deleteArea,
  deleteRiskMap,
  getBackgroundImage,
  getRiskMapState,
  removeBackground,
  reshapeArea,
  saveArea,
  saveMapSettings,
  setBackground
} from '../risk-map/risk-map.service'
import { chosenPath, rememberChoice, type HandlersFor } from './context'

/** Handlers of the four-colour risk map editor; the plan image is named by the token of its dialog. */
export const riskMapHandlers: HandlersFor<typeof riskMapChannels> = {
  'risk-map:get': (ctx) => getRiskMapState(ctx.session.schoolDb.db),
  'risk-map:background-image': (ctx) => getBackgroundImage(ctx.session.schoolDb.db),
  'risk-map:create-blank': (ctx, input) => createBlankMap(ctx.session.schoolDb.db, input),
  'risk-map:choose-background': async (ctx) => {
    const file = await ctx.platform.chooseMapImage()
    if (file === null) return null
    return { token: rememberChoice(ctx, 'map-image', file), fileName: basename(file) }
  },
  'risk-map:set-background': (ctx, input) => setBackground(ctx.session.schoolDb.db, chosenPath(ctx, input.token, 'map-image')),
  'risk-map:remove-background': (ctx) => removeBackground(ctx.session.schoolDb.db),
  'risk-map:save-settings': (ctx, input) => saveMapSettings(ctx.session.schoolDb.db, input),
  'risk-map:add-area': (ctx, input) => addArea(ctx.session.schoolDb.db, input),
  'risk-map:save-area': (ctx, input) => saveArea(ctx.session.schoolDb.db, input),
  'risk-map:reshape-area': (ctx, input) => reshapeArea(ctx.session.schoolDb.db, input),
  'risk-map:delete-area': (ctx, input) => deleteArea(ctx.session.schoolDb.db, input.id),
  'risk-map:delete': (ctx) => deleteRiskMap(ctx.session.schoolDb.db)
}
