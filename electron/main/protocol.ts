import { readFile } from 'node:fs/promises'
import { extname, join, normalize, relative, isAbsolute } from 'node:path'
import { protocol } from 'electron'
import { appHost, appScheme } from './security'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** Must run before the app is ready: our scheme is standard and secure, so the CSP 'self' covers it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: false } }])
}

/**
 * Serves the built renderer from `root` under app://school/. Paths are resolved and checked with
 * path.relative, so no request can read outside the folder; only GET is answered.
 */
export function serveRenderer(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url)
    if (request.method !== 'GET' || url.host !== appHost) return new Response('Not found', { status: 404 })

    const requested = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
    const file = normalize(join(root, requested))
    const inside = relative(root, file)
    if (inside.startsWith('..') || isAbsolute(inside)) return new Response('Not found', { status: 404 })

    try {
      const body = await readFile(file)
      return new Response(body, { headers: { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' } })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
