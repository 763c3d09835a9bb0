import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path'
import { createSchoolFile, openSchoolFile } from '../db/school-file'
import { dispatch } from '../handlers/dispatch'
import type { HandlerContext } from '../handlers/handlers'
import { SchoolSession } from '../handlers/session'
import { JobRegistry } from '../jobs/job-registry'
import { createLogger } from '../logging/logger'
import { generateOutputs } from '../outputs/generate-outputs'
import { HarnessPlatform } from './harness-platform'

const log = createLogger('harness')

/** Largest request body accepted, in bytes; the biggest legitimate input is a policy text. */
const maxBodyBytes = 2 * 1024 * 1024

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json'
}

export interface HarnessOptions {
  schoolFile: string
  /** Folder the "choose folder" dialog answers with. */
  outputFolder: string | null
  /** Built renderer folder (out/renderer). */
  rendererRoot?: string
  /** The consultant's custom risk library; by default a new file name in the temporary folder. */
  customLibraryFile?: string
  port?: number
}

export interface Harness {
  url: string
  ctx: HandlerContext
  platform: HarnessPlatform
  close(): Promise<void>
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        reject(new Error('request body too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  response.end(body)
}

async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const requested = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
  const file = normalize(join(root, requested))
  const inside = relative(root, file)
  if (inside.startsWith('..') || isAbsolute(inside)) return send(response, 404, 'text/plain', 'not found')
  try {
    send(response, 200, contentTypes[extname(file)] ?? 'application/octet-stream', await readFile(file))
  } catch {
    send(response, 404, 'text/plain', 'not found')
  }
}

/**
 * Starts the loopback development server: it serves the built window and answers the channel table over
 * HTTP (POST /api/<channel>), so browser tests drive the real UI against the real services. Test use
 * only; it listens on 127.0.0.1 and is never part of the packaged app.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const schoolDb = existsSync(options.schoolFile) ? await openSchoolFile(options.schoolFile) : await createSchoolFile(options.schoolFile)
  const platform = new HarnessPlatform(options.outputFolder)
  if (options.customLibraryFile) platform.customLibraryPath = options.customLibraryFile
  const ctx: HandlerContext = {
    session: new SchoolSession(schoolDb),
    platform,
    jobs: new JobRegistry(),
    outputsJob: (schoolFile, folder) => (report) => generateOutputs(schoolFile, folder, report),
    harness: true,
    chosen: new Map()
  }
  const rendererRoot = resolve(options.rendererRoot ?? 'out/renderer')

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const host = (request.headers.host ?? '').split(':')[0]
    if (host !== '127.0.0.1' && host !== 'localhost') return send(response, 403, 'text/plain', 'loopback only')

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only')
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      readBody(request)
        .then((body) => dispatch(ctx, channel, body.length > 0 ? (JSON.parse(body) as unknown) : {}))
        .then((result) => send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result)))
        .catch((error: unknown) => {
          log.warn(`bad request to ${channel}`, error)
          send(response, 400, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: { code: 'invalid-input' } }))
        })
      return
    }

    void serveStatic(rendererRoot, url.pathname, response)
  })

  await new Promise<void>((resolvePromise) => server.listen(options.port ?? 0, '127.0.0.1', resolvePromise))
  const { port } = server.address() as AddressInfo
  log.info(`harness listening on http://127.0.0.1:${port}`)

  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    platform,
    close: async () => {
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()))
      await ctx.session.close()
    }
  }
}
