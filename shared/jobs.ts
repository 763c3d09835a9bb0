/** A long job (documents, package) as the window polls it. */
export type JobState = 'running' | 'done' | 'failed'

export interface OutputFile {
  /** File name inside the output folder. */
  name: string
  title: string
  kind: 'docx' | 'xlsx' | 'png' | 'zip'
  bytes: number
}

/** An output left out of a run, with the reason shown to the user. */
export interface SkippedOutput {
  title: string
  /** The file kind, which distinguishes two outputs of one title (the map's Word poster and its PNG picture). */
  kind: 'docx' | 'xlsx' | 'png'
  reason: string
}

export interface OutputsResult {
  folder: string
  files: OutputFile[]
  /** Outputs that do not apply to this school yet, e.g. the four-colour map poster before a map is drawn. */
  skipped: SkippedOutput[]
  /** Earlier runs' outputs in the folder that could not be removed (usually open in Word or WPS). */
  leftovers: string[]
  /** The reason the hazard ledger's closure chain is broken (a closed record was changed), or '' when intact. */
  ledgerWarning: string
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
