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

  async rememberSchoolFile(file: string): Promise<void> {
    this.rememberedFiles.push(file)
  }

  private take(key: 'nextOpenFile' | 'nextNewFile' | 'nextSaveAsFile' | 'nextImportFile'): string | null {
    const value = this[key]
    this[key] = null
    return value
  }
}
