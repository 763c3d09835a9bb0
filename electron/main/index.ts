import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu } from 'electron'
import { describeError } from '../../shared/errors'
import { AppError } from '../../shared/errors'
import { productName } from '../app-version'
import { createSchoolFile, openSchoolFile, takeAutomaticBackup, type SchoolDb } from '../db/school-file'
import type { HandlerContext } from '../handlers/handlers'
import { SchoolSession } from '../handlers/session'
import { JobRegistry } from '../jobs/job-registry'
import { outputsJobInWorker } from '../jobs/worker-job'
import { addLogSink, createLogger, rotatingFileSink } from '../logging/logger'
import { registerIpc } from './ipc'
import { electronPlatform, readState } from './platform'
import { registerAppScheme, serveRenderer } from './protocol'
import { appOrigin, hardenSession, hardenWebContents } from './security'

const log = createLogger('main')
let mainWindow: BrowserWindow | null = null

registerAppScheme()

function defaultSchoolFile(): string {
  return join(app.getPath('userData'), '学校文件', '我的学校.school')
}

/** Opens the last school file; on a fresh install, or if it cannot be opened, the default one. */
async function openInitialSchoolFile(): Promise<SchoolDb> {
  const last = readState().lastSchoolFile
  if (last && existsSync(last)) {
    try {
      return await openSchoolFile(last)
    } catch (error) {
      const message = error instanceof AppError ? describeError(error.data) : String(error)
      log.warn(`could not reopen ${last}`, error)
      dialog.showErrorBox(productName, `${message}\n\n将打开默认的学校文件。`)
    }
  }
  const fallback = defaultSchoolFile()
  return existsSync(fallback) ? openSchoolFile(fallback) : createSchoolFile(fallback)
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: productName,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  hardenWebContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(`${appOrigin}/index.html`)
  return window
}

async function start(): Promise<void> {
  addLogSink(rotatingFileSink({ folder: join(app.getPath('userData'), 'logs'), baseName: 'app', maxBytes: 2_000_000, keep: 5 }))
  log.info(`starting ${productName} ${app.getVersion()}`)
  Menu.setApplicationMenu(null)
  hardenSession((await import('electron')).session.defaultSession)
  serveRenderer(join(import.meta.dirname, '../renderer'))

  const schoolDb = await openInitialSchoolFile()
  await takeAutomaticBackup(schoolDb).catch((error: unknown) => log.warn('automatic backup failed', error))
  const platform = electronPlatform(() => mainWindow)
  await platform.rememberSchoolFile(schoolDb.file)

  const ctx: HandlerContext = {
    session: new SchoolSession(schoolDb),
    platform,
    jobs: new JobRegistry(),
    outputsJob: outputsJobInWorker(join(import.meta.dirname, 'job-worker.js')),
    harness: false,
    chosen: new Map()
  }
  registerIpc(ctx)

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  mainWindow = createWindow()
  app.on('before-quit', () => {
    void ctx.session.close()
  })
}

app.on('window-all-closed', () => app.quit())
app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    log.error('start-up failed', error)
    dialog.showErrorBox(productName, `程序启动失败：${error instanceof AppError ? describeError(error.data) : String(error)}`)
    app.quit()
  })
