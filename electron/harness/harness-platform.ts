import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Platform } from '../handlers/platform'

/**
 * The platform of the loopback test harness: instead of dialogs it answers with paths the test set up,
 * and records what the app asked for.
 */
export class HarnessPlatform implements Platform {
  outputFolder: string | null
  nextOpenFile: string | null = null
  nextNewFile: string | null = null
  nextSaveAsFile: string | null = null
  nextImportFile: string | null = null
  nextMapImage: string | null = null
  /** Files the next "add photos or attachments" dialog answers with. */
  nextAttachmentFiles: string[] | null = null
  /** Files the next "choose hazard photos" dialog answers with. */
  nextPhotoFiles: string[] | null = null
  /** File the next "export custom library" dialog answers with. */
  nextCustomLibraryExportFile: string | null = null
  /** File the next "import custom library" dialog answers with. */
  nextCustomLibraryImportFile: string | null = null
  /**
   * The custom risk library of this harness. The default is a fresh name in the temporary folder, so a test
   * never reads or writes the real user's library. The file appears only when a test saves to it.
   */
  customLibraryPath: string = join(tmpdir(), `sdp-custom-library-${randomUUID()}.json`)
  readonly openedFolders: string[] = []
  readonly rememberedFiles: string[] = []

  constructor(outputFolder: string | null) {
    this.outputFolder = outputFolder
  }

  async chooseOutputFolder(): Promise<string | null> {
    return this.outputFolder
  }

  async openFolder(folder: string): Promise<void> {
    this.openedFolders.push(folder)
  }

  async chooseSchoolFileToOpen(): Promise<string | null> {
    return this.take('nextOpenFile')
  }

  async chooseNewSchoolFile(): Promise<string | null> {
    return this.take('nextNewFile')
  }

  async chooseSaveAsFile(): Promise<string | null> {
    return this.take('nextSaveAsFile')
  }

  async chooseImportFile(): Promise<string | null> {
    return this.take('nextImportFile')
  }

  async chooseMapImage(): Promise<string | null> {
    return this.take('nextMapImage')
  }

  async chooseAttachmentFiles(): Promise<string[] | null> {
    const files = this.nextAttachmentFiles
    this.nextAttachmentFiles = null
    return files
  }

  async choosePhotoFiles(): Promise<string[] | null> {
    const files = this.nextPhotoFiles
    this.nextPhotoFiles = null
    return files
  }

  async rememberSchoolFile(file: string): Promise<void> {
    this.rememberedFiles.push(file)
  }

  /** Returns the remembered files newest first and each once, as the desktop app keeps them. */
  async recentSchoolFiles(): Promise<string[]> {
    return [...new Set([...this.rememberedFiles].reverse())].slice(0, 10)
  }

  customLibraryFile(): string {
    return this.customLibraryPath
  }

  async chooseCustomLibraryExportFile(): Promise<string | null> {
    return this.take('nextCustomLibraryExportFile')
  }

  async chooseCustomLibraryImportFile(): Promise<string | null> {
    return this.take('nextCustomLibraryImportFile')
  }

  private take(
    key: 'nextOpenFile' | 'nextNewFile' | 'nextSaveAsFile' | 'nextImportFile' | 'nextMapImage' | 'nextCustomLibraryExportFile' | 'nextCustomLibraryImportFile'
  ): string | null {
    const value = this[key]
    this[key] = null
    return value
  }
}
