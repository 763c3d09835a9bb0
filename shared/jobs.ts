/** A long job (documents, package) as the window polls it. */
export type JobState = 'running' | 'done' | 'failed'

export interface OutputFile {
  /** File name inside the output folder. */
  name: string
  title: string
  kind: 'docx' | 'xlsx' | 'zip'
  bytes: number
}

export interface OutputsResult {
  folder: string
  files: OutputFile[]
  packageFile: string
  elapsedMs: number
}

export interface JobStatus {
  jobId: string
  state: JobState
  /** 0–100. */
  percent: number
  /** What the job is doing now, in Chinese. */
  step: string
  result?: OutputsResult
  error?: import('./errors').AppErrorData
}
