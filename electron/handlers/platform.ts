/**
 * What the handlers need from the desktop around them. Electron's main process implements it with native
 * dialogs; the loopback test harness and the command-line tool implement it with fixed folders. Every
 * path a handler writes to comes from here, never from the window.
 */
export interface Platform {
  /** Asks where to write the outputs; null when the user cancels. */
  chooseOutputFolder(): Promise<string | null>
  /** Shows a folder in the system file manager. */
  openFolder(folder: string): Promise<void>
  /** Asks for an existing school file to open; null when cancelled. */
  chooseSchoolFileToOpen(): Promise<string | null>
  /** Asks where to create a new school file; null when cancelled. */
  chooseNewSchoolFile(): Promise<string | null>
  /** Asks where to save a copy of the current school file; null when cancelled. */
  chooseSaveAsFile(): Promise<string | null>
  /** Asks for an Excel file (.xlsx) to import a risk list from; null when cancelled. */
  chooseImportFile(): Promise<string | null>
  /** Remembers the school file that is open now, to reopen it next time. */
  rememberSchoolFile(file: string): Promise<void>
}
