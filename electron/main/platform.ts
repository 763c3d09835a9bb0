import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { Platform } from '../handlers/platform'
import { writeFileAtomic } from '../outputs/write-file'

const schoolFileFilters = [
  { name: '学校文件', extensions: ['school'] },
  { name: '所有文件', extensions: ['*'] }
]

const mapImageFilters = [
  { name: '图片（PNG、JPG）', extensions: ['png', 'jpg', 'jpeg'] },
  { name: '所有文件', extensions: ['*'] }
]

const importFileFilters = [
  { name: 'Excel 工作簿', extensions: ['xlsx'] },
  { name: '所有文件', extensions: ['*'] }
]

const attachmentFileFilters = [
  { name: '照片和文档', extensions: ['jpg', 'jpeg', 'png', 'pdf', 'docx', 'xlsx'] },
  { name: '所有文件', extensions: ['*'] }
]

const photoFileFilters = [
  { name: '照片（JPEG、PNG）', extensions: ['jpg', 'jpeg', 'png'] },
  { name: '所有文件', extensions: ['*'] }
]

const customLibraryFilters = [
  { name: '自定义风险库（JSON）', extensions: ['json'] },
  { name: '所有文件', extensions: ['*'] }
]

interface State {
  lastSchoolFile?: string
  recentSchoolFiles?: string[]
}

const recentFilesKept = 10

function stateFile(): string {
  return join(app.getPath('userData'), 'state.json')
}

export function readState(): State {
  try {
    return existsSync(stateFile()) ? (JSON.parse(readFileSync(stateFile(), 'utf8')) as State) : {}
  } catch {
    return {}
  }
}

/** The platform of the desktop app: native dialogs owned by the main process. */
export function electronPlatform(getWindow: () => BrowserWindow | null): Platform {
  const parent = () => getWindow() ?? undefined

  return {
    async chooseOutputFolder() {
      const window = parent()
      const options = { title: '选择成果文件的保存位置', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async openFolder(folder) {
      await shell.openPath(folder)
    },
    async chooseSchoolFileToOpen() {
      const window = parent()
      const options = { title: '打开学校文件', filters: schoolFileFilters, properties: ['openFile'] as 'openFile'[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async chooseNewSchoolFile() {
      const window = parent()
      const options = { title: '新建学校文件', defaultPath: '新学校.school', filters: schoolFileFilters }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseSaveAsFile() {
      const window = parent()
      const options = { title: '学校文件另存为', defaultPath: '学校文件副本.school', filters: schoolFileFilters }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseImportFile() {
      const window = parent()
      const options = { title: '选择要导入的风险清单（Excel 文件）', filters: importFileFilters, properties: ['openFile'] as 'openFile'[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async chooseMapImage() {
      const window = parent()
      const options = { title: '选择校园平面图（PNG 或 JPG 图片）', filters: mapImageFilters, properties: ['openFile'] as 'openFile'[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async chooseAttachmentFiles() {
      const window = parent()
      const options = { title: '选择培训照片或附件', filters: attachmentFileFilters, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
    },
    async choosePhotoFiles() {
      const window = parent()
      const options = { title: '选择隐患照片', filters: photoFileFilters, properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
    },
    async rememberSchoolFile(file) {
      const state = readState()
      const recent = [file, ...(state.recentSchoolFiles ?? []).filter((item) => item !== file)].slice(0, recentFilesKept)
      writeFileAtomic(stateFile(), Buffer.from(JSON.stringify({ ...state, lastSchoolFile: file, recentSchoolFiles: recent }, null, 2)))
    },
    async recentSchoolFiles() {
      const recent = readState().recentSchoolFiles
      return Array.isArray(recent) ? recent.filter((item): item is string => typeof item === 'string') : []
    },
    customLibraryFile() {
      return join(app.getPath('userData'), 'custom-library.json')
    },
    async chooseCustomLibraryExportFile() {
      const window = parent()
      const options = { title: '导出自定义风险库', defaultPath: '自定义风险库.json', filters: customLibraryFilters }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseCustomLibraryImportFile() {
      const window = parent()
      const options = { title: '导入自定义风险库', filters: customLibraryFilters, properties: ['openFile'] as 'openFile'[] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    }
  }
}
