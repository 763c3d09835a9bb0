import { statSync } from 'node:fs'
import { basename } from 'node:path'
import type { hazardChannels } from '../../shared/contract/hazards'
import { getMajorHazardCriteria, resetMajorHazardCriteria, saveMajorHazardCriteria } from '../hazards/criteria.service'
import { getHazardDetail } from '../hazards/hazard-detail'
import { ledgerCheckOf, verifyHazardLedger } from '../hazards/ledger-verify'
import { listHazards, listSupervision } from '../hazards/list.service'
import {
  acceptHazard,
  closeHazard,
  rejectHazard,
  reportHazard,
  saveHazardPlan,
  startRectification,
  submitForAcceptance,
  updateHazard
} from '../hazards/loop.service'
import { addHazardPhotos, getHazardPhoto, removeHazardPhoto } from '../hazards/photos.service'
import { recordOnTheSpot, registerHazard } from '../hazards/register.service'
import { chosenPath, rememberChoice, type HandlerContext, type HandlersFor } from './context'

/** Resolves the tokens of the photo dialog to their files; a stale or foreign token is rejected. */
function photoFiles(ctx: HandlerContext, tokens: readonly string[]): string[] {
  return tokens.map((token) => chosenPath(ctx, token, 'photo-file'))
}

function fileSize(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/** Handlers of the hazard ledger; photos are named by the tokens of the main-process dialog. */
export const hazardHandlers: HandlersFor<typeof hazardChannels> = {
  'hazards:list': (ctx, input) => listHazards(ctx.session.schoolDb.db, input),
  'hazards:supervision': (ctx) => listSupervision(ctx.session.schoolDb.db),
  'hazards:get': (ctx, input) => getHazardDetail(ctx.session.schoolDb.db, input.id),
  'hazards:register': (ctx, input) => registerHazard(ctx.session.schoolDb.db, input, { found: photoFiles(ctx, input.photoTokens), rectified: [] }),
  'hazards:update': (ctx, input) => updateHazard(ctx.session.schoolDb.db, input),
  'hazards:save-plan': (ctx, input) => saveHazardPlan(ctx.session.schoolDb.db, input),
  'hazards:start-rectification': (ctx, input) => startRectification(ctx.session.schoolDb.db, input),
  'hazards:report': (ctx, input) => reportHazard(ctx.session.schoolDb.db, input),
  'hazards:submit': (ctx, input) => submitForAcceptance(ctx.session.schoolDb.db, input, photoFiles(ctx, input.photoTokens)),
  'hazards:accept': (ctx, input) => acceptHazard(ctx.session.schoolDb.db, input),
  'hazards:reject': (ctx, input) => rejectHazard(ctx.session.schoolDb.db, input),
  'hazards:close': (ctx, input) => closeHazard(ctx.session.schoolDb.db, input),
  'hazards:on-the-spot': (ctx, input) =>
    recordOnTheSpot(ctx.session.schoolDb.db, input, {
      found: photoFiles(ctx, input.foundPhotoTokens),
      rectified: photoFiles(ctx, input.rectifiedPhotoTokens)
    }),
  'hazards:choose-photos': async (ctx) => {
    const files = await ctx.platform.choosePhotoFiles()
    if (files === null) return []
    return files.map((file) => ({ token: rememberChoice(ctx, 'photo-file', file), fileName: basename(file), bytes: fileSize(file) }))
  },
  'hazards:add-photos': (ctx, input) => addHazardPhotos(ctx.session.schoolDb.db, input.id, input.stage, photoFiles(ctx, input.photoTokens)),
  'hazards:remove-photo': (ctx, input) => removeHazardPhoto(ctx.session.schoolDb.db, input.photoId),
  'hazards:photo': (ctx, input) => getHazardPhoto(ctx.session.schoolDb.db, input.photoId),
  'hazards:ledger-check': async (ctx) => ledgerCheckOf(await verifyHazardLedger(ctx.session.schoolDb.db)),
  'hazard-criteria:get': (ctx) => getMajorHazardCriteria(ctx.session.schoolDb.db),
  'hazard-criteria:save': (ctx, input) => saveMajorHazardCriteria(ctx.session.schoolDb.db, input),
  'hazard-criteria:reset': (ctx) => resetMajorHazardCriteria(ctx.session.schoolDb.db)
}
