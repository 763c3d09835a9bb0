import type { Executor } from '../db/transaction'

/** A file kept inside the school file (a training photo or document), found by the SHA-256 the snapshot names. */
export interface StoredFile {
  sha256: string
  mime: string
  content: Buffer
  /** Small JPEG of a photo, for printing it small; null for a document. */
  thumbnail: Buffer | null
}

/**
 * The stored files of one snapshot. The snapshot (`SchoolData`) carries only their metadata, so the
 * documents that print photos and the export package that carries the files read them from here.
 */
export class StoredFiles {
  static readonly none = new StoredFiles(new Map())

  private constructor(private readonly files: ReadonlyMap<string, StoredFile>) {}

  static of(files: readonly StoredFile[]): StoredFiles {
    return new StoredFiles(new Map(files.map((file) => [file.sha256, file])))
  }

  get(sha256: string): StoredFile | undefined {
    return this.files.get(sha256)
  }

  get size(): number {
    return this.files.size
  }
}

/**
 * Reads every training attachment and hazard photo once per distinct SHA-256.
 * NOTE: all of them are held in memory while the outputs are written, because the package is zipped in
 * memory. That is 60 MB per training at most, and the package's 1 GB limit bounds the whole.
 */
export async function loadStoredFiles(db: Executor): Promise<StoredFiles> {
  const attachments = await db.selectFrom('training_attachment').select(['sha256', 'mime', 'bytes', 'thumbnail']).orderBy('id').execute()
  // Hazard photos (re-encoded JPEGs, 1,600 px at most, a few hundred KB each) travel the same way.
  const photos = await db.selectFrom('hazard_photo').select(['sha256', 'mime', 'bytes', 'thumbnail']).orderBy('id').execute()
  const files = new Map<string, StoredFile>()
  for (const row of [...attachments, ...photos]) {
    if (!files.has(row.sha256)) files.set(row.sha256, { sha256: row.sha256, mime: row.mime, content: row.bytes, thumbnail: row.thumbnail })
  }
  return StoredFiles.of([...files.values()])
}
