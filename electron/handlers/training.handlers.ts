import { basename } from 'node:path'
import type { ChosenAttachment } from '../../shared/domain/training'
import { AppError } from '../../shared/errors'
import type { ChosenAttachments, trainingChannels } from '../../shared/contract/training'
import { createLogger } from '../logging/logger'
import { prepareAttachment, type PreparedAttachment } from '../training/attachment-file'
import { trainingSummary } from '../training/summary.service'
import { deleteTraining, getAttachmentPhoto, getTrainingDetail, listTrainings, saveTraining } from '../training/training.service'
import { chosenPath, rememberChoice, type HandlerContext, type HandlersFor } from './context'

const log = createLogger('training')

/**
 * Checks each chosen file at once, so a wrong file is rejected while the form is still open. The files that
 * pass get tokens and are read again when the training is saved.
 */
async function chooseAttachments(ctx: HandlerContext): Promise<ChosenAttachments | null> {
  const files = await ctx.platform.chooseAttachmentFiles()
  if (files === null) return null

  const result: ChosenAttachments = { accepted: [], rejected: [] }
  for (const file of files) {
    try {
      const prepared = await prepareAttachment(file)
      const chosen: ChosenAttachment = {
        token: rememberChoice(ctx, 'attachment-file', file),
        fileName: prepared.name,
        kind: prepared.kind,
        size: prepared.sourceSize,
        thumbnail: prepared.thumbnail ? `data:image/jpeg;base64,${prepared.thumbnail.toString('base64')}` : null
      }
      result.accepted.push(chosen)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      log.info(`rejected attachment ${basename(file)}: ${error.message}`)
      result.rejected.push({ fileName: basename(file), error: error.data })
    }
  }
  return result
}

/** Reads the files named by tokens again, one after the other, so at most one is decoded at a time. */
async function prepareChosen(ctx: HandlerContext, tokens: readonly string[]): Promise<PreparedAttachment[]> {
  const prepared: PreparedAttachment[] = []
  for (const token of tokens) prepared.push(await prepareAttachment(chosenPath(ctx, token, 'attachment-file')))
  return prepared
}

/** Handlers of the 安全教育培训 records. */
export const trainingHandlers: HandlersFor<typeof trainingChannels> = {
  'trainings:list': (ctx) => listTrainings(ctx.session.schoolDb.db),
  'trainings:get': (ctx, input) => getTrainingDetail(ctx.session.schoolDb.db, input.id),
  'trainings:save': async (ctx, input) => {
    const files = await prepareChosen(ctx, input.addAttachments)
    const saved = await saveTraining(ctx.session.schoolDb.db, input, files)
    for (const token of input.addAttachments) ctx.chosen.delete(token)
    return saved
  },
  'trainings:delete': (ctx, input) => deleteTraining(ctx.session.schoolDb.db, input.id),
  'trainings:choose-attachments': (ctx) => chooseAttachments(ctx),
  'trainings:attachment-preview': async (ctx, input) => {
    const photo = await getAttachmentPhoto(ctx.session.schoolDb.db, input.id)
    return { name: photo.name, dataUrl: `data:image/jpeg;base64,${photo.content.toString('base64')}` }
  },
  'trainings:summary': (ctx, input) => trainingSummary(ctx.session.schoolDb.db, input.on)
}
