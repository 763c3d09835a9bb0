import type { IpcMainInvokeEvent, Session, WebContents } from 'electron'

/** The origin the window's pages are served from (see protocol.ts). */
export const appScheme = 'app'
export const appHost = 'school'
export const appOrigin = `${appScheme}://${appHost}`

/** Whether a URL belongs to our own pages, compared as parsed URLs, not string prefixes. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost
  } catch {
    return false
  }
}

interface FrameLike {
  url: string
  parent: unknown
}

/** IPC is accepted only from the top frame of our own page; subframes and other origins are refused. */
export function isTrustedSender(frame: FrameLike | null | undefined): boolean {
  if (!frame) return false
  return frame.parent === null && isAppUrl(frame.url)
}

export function isTrustedEvent(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isTrustedSender(event.senderFrame as FrameLike | null)
}

/** Denies navigation away from our pages, new windows and every permission request. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // Nothing in the app needs the network; any request that is not our own page is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools:')
    callback({ cancel: !allowed })
  })
}
