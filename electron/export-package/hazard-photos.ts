import { photoStageLabels } from '../../shared/domain/hazards'
import { photoEntryName } from '../../shared/exchange/hazards'
import type { SchoolData } from '../../shared/exchange/school-data'
import type { StoredFiles } from '../outputs/stored-files'
import type { PackageEntry } from './attachments'

const maxTitleLength = 200

/**
 * Lists the hazard photos as package entries photos/<sha256>.jpg, one per distinct picture, in ledger
 * order. school.json keeps only their metadata. A photo the snapshot names but the stored files lack is a
 * programming error, so it throws.
 */
export function hazardPhotoEntries(data: SchoolData, files: StoredFiles): PackageEntry[] {
  const entries: PackageEntry[] = []
  const seen = new Set<string>()

  for (const hazard of data.hazards ?? []) {
    for (const photo of hazard.photos) {
      if (seen.has(photo.sha256)) continue
      seen.add(photo.sha256)
      const stored = files.get(photo.sha256)
      if (!stored) throw new Error(`photo ${photo.sha256} of hazard ${hazard.code} is not among the stored files`)
      const title = [...`隐患照片：${hazard.code} ${photoStageLabels[photo.stage]}／${photo.originalName}`].slice(0, maxTitleLength).join('')
      entries.push({ path: photoEntryName(photo.sha256), title, kind: 'jpeg', content: stored.content })
    }
  }
  return entries
}

/** A problem the verifier reports about the hazard photos of a package. */
export interface PhotoProblem {
  code: 'hazard-photo-missing' | 'hazard-photo-mismatch'
  entry: string
  message: string
}

/** Every photo school.json names must be a listed entry photos/<sha256>.jpg whose SHA-256 is that name. */
export function hazardPhotoProblems(data: SchoolData, listed: readonly { path: string; sha256: string }[]): PhotoProblem[] {
  const byPath = new Map(listed.map((file) => [file.path, file.sha256]))
  const problems: PhotoProblem[] = []
  const seen = new Set<string>()

  for (const hazard of data.hazards ?? []) {
    for (const photo of hazard.photos) {
      const entry = photoEntryName(photo.sha256)
      if (seen.has(entry)) continue
      seen.add(entry)
      const sha256 = byPath.get(entry)
      if (sha256 === undefined) {
        problems.push({ code: 'hazard-photo-missing', entry, message: `导出包的学校数据引用了隐患 ${hazard.code} 的照片“${entry}”，但清单（manifest.json）中没有这个文件。` })
      } else if (sha256 !== photo.sha256) {
        problems.push({ code: 'hazard-photo-mismatch', entry, message: `导出包中隐患 ${hazard.code} 的照片“${entry}”的内容与它的校验值（SHA-256）不一致，照片已被替换或损坏。` })
      }
    }
  }
  return problems
}
