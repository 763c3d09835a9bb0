import { attachmentEntryName } from '../../shared/domain/training'
import type { ExchangeIncentive, ExchangeTraining } from '../../shared/exchange/records'
import type { Executor } from '../db/transaction'
import { listIncentives } from '../incentives/incentives.service'
import { loadTrainings } from './training.repository'

/** Loads the training records as the snapshot carries them: each attachment names the package entry of its bytes. */
export async function loadExchangeTrainings(db: Executor): Promise<ExchangeTraining[]> {
  const trainings = await loadTrainings(db)
  return trainings.map((training) => ({
    ...training,
    attachments: training.attachments.map((attachment) => ({ ...attachment, entry: attachmentEntryName(attachment.sha256, attachment.mime) }))
  }))
}

export function loadExchangeIncentives(db: Executor): Promise<ExchangeIncentive[]> {
  return listIncentives(db)
}
