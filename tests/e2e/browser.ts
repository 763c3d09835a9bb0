import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startHarness, type Harness } from '../../electron/harness/server'

/** Debian's Chromium; playwright's own browser downloads are not used. */
const chromiumPath = '/usr/bin/chromium'
const rendererRoot = resolve('out/renderer')
export const artifactsFolder = resolve('test-artifacts/e2e')

/** Fails early, with the fix, when the window has not been built. */
export function assertRendererBuilt(): void {
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error(`${rendererRoot}/index.html is missing: run \`npm run build\` before the browser tests.`)
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** A school file and an output folder in a fresh temporary folder, served by the loopback harness. */
export interface TestSchool {
  harness: Harness
  folder: string
  outputFolder: string
  close(): Promise<void>
}

export async function startTestSchool(): Promise<TestSchool> {
  const folder = mkdtempSync(join(tmpdir(), 'wizard-e2e-'))
  const outputFolder = join(folder, '成果')
  mkdirSync(outputFolder)
  const harness = await startHarness({ schoolFile: join(folder, '测试学校.school'), outputFolder, rendererRoot, port: 0 })
  return {
    harness,
    folder,
    outputFolder,
    close: async () => {
      await harness.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

/** Problems the page reported: uncaught exceptions, console errors and requests the guard blocked. */
export interface PageProblems {
  errors: string[]
  blockedRequests: string[]
  dialogs: string[]
}

/**
 * Opens a page whose requests may only go to the loopback harness; anything else is aborted and
 * recorded. Dialogs (alert, confirm) are recorded and dismissed.
 */
export async function openGuardedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const problems: PageProblems = { errors: [], blockedRequests: [], dialogs: [] }
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname
    if (host === '127.0.0.1' || host === 'localhost') return route.continue()
    problems.blockedRequests.push(route.request().url())
    return route.abort()
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`)
  })
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return { context, page, problems }
}

/**
 * Saves a full-page screenshot; toasts are left out, because they would cover the page content. An open
 * modal sits in a fixed layer, so then the window is made tall enough for the modal and only the window
 * is captured.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsFolder, { recursive: true })
  // Opening and closing animations of modals and lists (rc-motion's *-active classes) would catch them half drawn.
  const moving = ['.ant-modal', '.ant-modal-mask', '.ant-select-dropdown', '.ant-popover']
    .flatMap((part) => ['appear', 'enter', 'leave'].map((phase) => `${part}[class*="-${phase}-active"]:visible`))
    .join(', ')
  await page.locator(moving).first().waitFor({ state: 'hidden' })

  const path = join(artifactsFolder, `${name}.png`)
  const hideToasts = '.ant-message { display: none !important; }'
  const openModal = page.locator('.ant-modal:visible').first()
  const box = (await openModal.count()) > 0 ? await openModal.boundingBox() : null
  const viewport = page.viewportSize()
  if (!box || !viewport) {
    await page.screenshot({ path, fullPage: true, style: hideToasts })
    return
  }

  const height = Math.max(viewport.height, Math.ceil(box.y + box.height + 40))
  await page.setViewportSize({ width: viewport.width, height })
  await page.screenshot({ path, style: hideToasts })
  await page.setViewportSize(viewport)
}
