import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../shared/errors'
import { addLogSink } from '../logging/logger'
import { generateOutputs } from '../outputs/generate-outputs'
import type { WorkerMessage, WorkerRequest } from './worker-messages'

/**
 * Worker-thread entry for the outputs job in the desktop app: the same job code the command-line tool
 * runs inline, here off the main thread so the window stays responsive.
 */
async function run(): Promise<void> {
  const port = parentPort
  if (!port) return
  const post = (message: WorkerMessage) => port.postMessage(message)
  addLogSink((record) => post({ type: 'log', record }))

  const request = workerData as WorkerRequest
  try {
    const result = await generateOutputs(request.schoolFile, request.folder, (percent, step) => post({ type: 'progress', percent, step }))
    post({ type: 'done', result })
  } catch (error) {
    const data = error instanceof AppError ? error.data : { code: 'job-failed' as const, detail: (error as Error).message }
    post({ type: 'failed', error: data, stack: (error as Error).stack ?? String(error) })
  }
}

void run()
