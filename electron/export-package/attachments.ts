import type { SchoolData } from '../../shared/exchange/school-data'
import type { StoredFiles } from '../outputs/stored-files'
import type { ManifestFile } from './manifest'

/** A file of the package besides the data, the documents and the sheets. */
export interface PackageEntry {
  path: string
  /** Chinese title shown to people; the manifest allows 200 characters. */
  title: string
  kind: ManifestFile['kind']
  content: Uint8Array
}

const maxTitleLength = 200

function title(text: string): string {
  return [...text].slice(0, maxTitleLength).join('')
}

/**
 * Lists the training attachments as package entries, one per distinct file (entries are named by SHA-256),
 * oldest training first, so a file kept with two trainings is titled by the first. A file the snapshot
 * names but the school file lacks is a programming error, so it throws.
 */
export function attachmentEntries(data: SchoolData, files: StoredFiles): PackageEntry[] {
  const entries: PackageEntry[] = []
  const seen = new Set<string>()
  const oldestFirst = [...(data.trainings ?? [])].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id)

  for (const training of oldestFirst) {
    for (const attachment of training.attachments) {
      if (seen.has(attachment.entry)) continue
      seen.add(attachment.entry)
      const stored = files.get(attachment.sha256)
      if (!stored) throw new Error(`attachment ${attachment.sha256} of training ${training.id} is not among the stored files`)
      entries.push({ path: attachment.entry, title: title(`培训附件：${training.heldOn} ${training.topic}／${attachment.name}`), kind: 'attachment', content: stored.content })
    }
  }
  return entries
}

/** A problem the verifier reports about the training attachments of a package. */
export interface AttachmentProblem {
  code: 'attachment-missing' | 'attachment-mismatch'
  entry: string
  message: string
}

/** Every attachment school.json names must be a listed entry whose SHA-256 is the attachment's. */
export function attachmentProblems(data: SchoolData, listed: readonly { path: string; sha256: string }[]): AttachmentProblem[] {
  const byPath = new Map(listed.map((file) => [file.path, file.sha256]))
  const problems: AttachmentProblem[] = []
  const seen = new Set<string>()

  for (const training of data.trainings ?? []) {
    for (const attachment of training.attachments) {
      if (seen.has(attachment.entry)) continue
      seen.add(attachment.entry)
      const what = `培训“${training.heldOn} ${training.topic}”的附件“${attachment.name}”（${attachment.entry}）`
      const sha256 = byPath.get(attachment.entry)
      if (sha256 === undefined) {
        problems.push({ code: 'attachment-missing', entry: attachment.entry, message: `导出包的学校数据引用了${what}，但清单（manifest.json）中没有这个文件。` })
      } else if (sha256 !== attachment.sha256) {
        problems.push({ code: 'attachment-mismatch', entry: attachment.entry, message: `导出包中${what}的校验值（SHA-256）与学校数据记录的不一致，附件已被替换或损坏。` })
      }
    }
  }
  return problems
}
