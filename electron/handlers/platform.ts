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
  /** Asks for the school's plan image (PNG or JPEG) to draw the four-colour risk map on; null when cancelled. */
  chooseMapImage(): Promise<string | null>
  /** Asks for photos and documents (JPG, PNG, PDF, DOCX, XLSX) to keep with a training record; null when cancelled. */
  chooseAttachmentFiles(): Promise<string[] | null>
  /** Asks for photos (JPEG or PNG) of a hidden hazard, several at once; null when cancelled. */
  choosePhotoFiles(): Promise<string[] | null>
  /** Remembers the school file that is open now, to reopen it next time. */
  rememberSchoolFile(file: string): Promise<void>
  /** The school files opened most recently, newest first; the open one is first. */
  recentSchoolFiles(): Promise<string[]>
  /** The consultant's custom risk library in the user's data folder (the file may not exist yet). */
  customLibraryFile(): string
  /** Asks where to write an exported custom risk library (.json); null when cancelled. */
  chooseCustomLibraryExportFile(): Promise<string | null>
  /** Asks for a custom risk library file (.json) to import; null when cancelled. */
  chooseCustomLibraryImportFile(): Promise<string | null>
}
