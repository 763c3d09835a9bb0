import type { AppErrorData } from '../errors'
import type { ChosenAttachment, Training, TrainingDetail } from '../domain/training'
import type { TrainingSummary } from '../domain/training-summary'
import { emptyInput, idInput } from '../schemas/inputs'
import { trainingInput, trainingSummaryInput } from '../schemas/training-inputs'
import { channel } from './channel-def'

/** Channels of the 安全教育培训 records. */

export interface ChosenAttachments {
  /** Files that passed the checks; the save names them by their tokens. */
  accepted: ChosenAttachment[]
  /** Files refused at once, each with the reason. */
  rejected: { fileName: string; error: AppErrorData }[]
}

export interface AttachmentPreview {
  name: string
  /** data: URL of the stored photo. */
  dataUrl: string
}

export const trainingChannels = {
  'trainings:list': channel<Training[]>()(emptyInput),
  'trainings:get': channel<TrainingDetail>()(idInput),
  'trainings:save': channel<Training>()(trainingInput),
  'trainings:delete': channel<void>()(idInput),
  'trainings:choose-attachments': channel<ChosenAttachments | null>()(emptyInput),
  'trainings:attachment-preview': channel<AttachmentPreview>()(idInput),
  'trainings:summary': channel<TrainingSummary>()(trainingSummaryInput)
} as const
