import { randomUUID } from 'node:crypto'
import { AppError, type AppErrorData } from '../../shared/errors'
import type { JobStatus, OutputsResult } from '../../shared/jobs'
import { createLogger } from '../logging/logger'

const log = createLogger('jobs')

export type ProgressReporter = (percent: number, step: string) => void
export type JobBody = (report: ProgressReporter) => Promise<OutputsResult>

/** Finished jobs kept for polling, oldest dropped first. */
const finishedJobsKept = 20

/**
 * Long jobs the window polls with `jobs:status`. The body runs wherever its caller decides (a worker
 * thread in the app, inline in the harness and the command-line tool); the registry only tracks state.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobStatus>()

  start(body: JobBody, onDone?: (result: OutputsResult) => Promise<void>): string {
    const jobId = randomUUID()
    const status: JobStatus = { jobId, state: 'running', percent: 0, step: '准备中' }
    this.jobs.set(jobId, status)

    const report: ProgressReporter = (percent, step) => {
      status.percent = Math.max(status.percent, Math.min(100, Math.round(percent)))
      status.step = step
    }

    body(report)
      .then(async (result) => {
        if (onDone) await onDone(result)
        Object.assign(status, { state: 'done', percent: 100, step: '完成', result })
      })
      .catch((error: unknown) => {
        log.error(`job ${jobId} failed`, error)
        const data: AppErrorData = error instanceof AppError ? error.data : { code: 'job-failed', detail: (error as Error).message }
        Object.assign(status, { state: 'failed', step: '失败', error: data })
      })
      .finally(() => this.prune())

    return jobId
  }

  status(jobId: string): JobStatus {
    const status = this.jobs.get(jobId)
    if (!status) throw new AppError({ code: 'job-not-found' })
    return { ...status }
  }

  /** Resolves when the job has finished, for the command-line tool and tests. */
  async wait(jobId: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const status = this.status(jobId)
      if (status.state !== 'running') return status
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== 'running')
    for (const job of finished.slice(0, Math.max(0, finished.length - finishedJobsKept))) this.jobs.delete(job.jobId)
  }
}
