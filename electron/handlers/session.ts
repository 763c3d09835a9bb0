import { createLogger } from '../logging/logger'
import { createSchoolFile, openSchoolFile, takeAutomaticBackup, type SchoolDb } from '../db/school-file'

const log = createLogger('session')

/**
 * The school file open in this window. Switching files opens the new one first, so a file that cannot
 * be opened leaves the current one open and untouched.
 */
export class SchoolSession {
  private current: SchoolDb

  constructor(initial: SchoolDb) {
    this.current = initial
  }

  get schoolDb(): SchoolDb {
    return this.current
  }

  get file(): string {
    return this.current.file
  }

  async open(file: string): Promise<SchoolDb> {
    const next = await openSchoolFile(file)
    await this.replace(next)
    return next
  }

  async create(file: string): Promise<SchoolDb> {
    const next = await createSchoolFile(file)
    await this.replace(next)
    return next
  }

  async close(): Promise<void> {
    await this.current.close()
  }

  private async replace(next: SchoolDb): Promise<void> {
    const previous = this.current
    this.current = next
    await previous.close()
    try {
      await takeAutomaticBackup(next)
    } catch (error) {
      // A failed automatic backup must not stop the user from working; it is logged for support.
      log.warn(`automatic backup of ${next.file} failed`, error)
    }
  }
}
