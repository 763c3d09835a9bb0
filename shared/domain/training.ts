/** 安全教育培训 records: the kinds of session, the attachments kept with them, and their limits. */

export const trainingKinds = ['all-staff', 'induction', 'special', 'drill', 'safety-class', 'other'] as const
export type TrainingKind = (typeof trainingKinds)[number]

export const trainingKindLabels: Record<TrainingKind, string> = {
  'all-staff': '全员培训',
  induction: '新教职工岗前培训',
  special: '专项培训',
  drill: '应急演练',
  'safety-class': '安全教育课',
  other: '其他'
}

export const attachmentKinds = ['photo', 'document'] as const
export type AttachmentKind = (typeof attachmentKinds)[number]

/** Photos are stored re-encoded as JPEG; documents are kept as chosen. */
export const attachmentMimes = {
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const
export type AttachmentMime = (typeof attachmentMimes)[keyof typeof attachmentMimes]
export const attachmentMimeList = Object.values(attachmentMimes) as AttachmentMime[]

/** The file extension an attachment is written with, in the export package and when saved out. */
export const attachmentExtensions: Record<AttachmentMime, string> = {
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx'
}

/** Returns the entry of an attachment in the export package, attachments/<sha256>.<ext>: one entry per distinct file. */
export function attachmentEntryName(sha256: string, mime: AttachmentMime): string {
  return `attachments/${sha256}.${attachmentExtensions[mime]}`
}

const megabyte = 1024 * 1024

/**
 * Limits on the photos and files of one training. A phone photo is 3–8 MB before it is re-encoded to at
 * most 1,600 pixels (about 0.2–0.5 MB), so the per-training total is reached by documents, not photos.
 */
export const attachmentLimits = {
  /** Largest file that may be chosen, before re-encoding. */
  maxFileBytes: 20 * megabyte,
  /** Largest total of what one training stores. */
  maxTrainingBytes: 60 * megabyte,
  maxPerTraining: 30,
  /** Maximum long edge of a stored photo, in pixels. */
  maxPhotoEdge: 1600,
  /** Maximum long edge of a thumbnail, in pixels: sharp enough to print 4.5 cm wide at about 270 dpi. */
  thumbnailEdge: 480
} as const

/** Returns a byte count as people read it: 1.5 MB, 320 KB. */
export function formatFileSize(bytes: number): string {
  if (bytes >= megabyte) return `${(bytes / megabyte).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} 字节`
}

export interface TrainingAttachment {
  id: number
  trainingId: number
  /** The name of the file as the user chose it. */
  name: string
  kind: AttachmentKind
  mime: AttachmentMime
  /** Stored size in bytes. */
  size: number
  width: number | null
  height: number | null
  sha256: string
}

/** An attachment as the form shows it, with its thumbnail as a data: URL (null for a document). */
export interface TrainingAttachmentView extends TrainingAttachment {
  thumbnail: string | null
}

export interface Training {
  id: number
  heldOn: string
  topic: string
  kind: TrainingKind
  /** 主讲人, free text: a member of staff, or an outside trainer such as 消防救援站教官. */
  trainer: string
  location: string
  /** 培训对象, e.g. 全体教职工, 食堂从业人员, 七年级全体学生. */
  audience: string
  /** 学时, in hours, in half-hour steps. */
  hours: number
  /** 参加人数 when people off the roster took part; null when the attendees are the count. */
  headcount: number | null
  content: string
  /** 效果评估. */
  assessment: string
  /** Staff who signed in, in roster order. */
  attendeeIds: number[]
  attachments: TrainingAttachment[]
}

/** One training as the form edits it, with thumbnails. */
export interface TrainingDetail extends Omit<Training, 'attachments'> {
  attachments: TrainingAttachmentView[]
}

/** Returns the number of people who took part: the stated headcount, or the attendees on the roster. */
export function participantCount(training: Pick<Training, 'headcount' | 'attendeeIds'>): number {
  return training.headcount ?? training.attendeeIds.length
}

/** A file chosen in the open dialog and checked, waiting for the training to be saved. */
export interface ChosenAttachment {
  /** Opaque token the save names the file by; the window never sends a path. */
  token: string
  fileName: string
  kind: AttachmentKind
  /** Size of the chosen file on disk. */
  size: number
  /** data: URL of a thumbnail for a photo. */
  thumbnail: string | null
}
