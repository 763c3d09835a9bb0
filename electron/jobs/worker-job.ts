import { Worker } from 'node:worker_threads'
import { AppError } from '../../shared/errors'
import { createLogger } from '../logging/logger'
import type { JobBody } from './job-registry'
import type { WorkerMessage, WorkerRequest } from './worker-messages'

const log = createLogger('worker')

/** Builds an outputs job body that runs in a worker thread started from `workerFile`. */
export function outputsJobInWorker(workerFile: string) {
  return (schoolFile: string, folder: string): JobBody =>
    (report) =>
      new Promise((resolve, reject) => {
        const request: WorkerRequest = { schoolFile, folder }
        const worker = new Worker(workerFile, { workerData: request })
        let settled = false

        worker.on('message', (message: WorkerMessage) => {
          switch (message.type) {
            case 'progress':
              report(message.percent, message.step)
              break
            case 'log':
              createLogger(`worker:${message.record.name}`)[message.record.level](message.record.message)
              break
            case 'done':
              settled = true
              resolve(message.result)
              break
            case 'failed':
              settled = true
              log.error(`outputs job failed: ${message.stack}`)
              reject(new AppError(message.error))
              break
          }
        })
        worker.on('error', (error) => {
          settled = true
          reject(error)
        })
        worker.on('exit', (code) => {
          if (!settled) reject(new AppError({ code: 'job-failed', detail: `工作线程意外退出（${code}）` }))
        })
      })
}
