import { builtinModules } from 'node:module'
import { dirname, relative, resolve, sep } from 'node:path'

/**
 * Keeps the process layers apart:
 * - renderer/ may import renderer/ and shared/ only (plus browser packages);
 * - shared/ may import shared/ and zod only: no Node, DOM or Electron;
 * - only electron/main and electron/preload may import `electron`.
 */

const root = resolve(import.meta.dirname, '..', '..')
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
const nodeOnlyPackages = ['electron', 'better-sqlite3', 'kysely', 'docx', 'exceljs', 'fflate', 'yauzl']

function layerOf(file) {
  const path = relative(root, file).split(sep).join('/')
  if (path.startsWith('renderer/')) return 'renderer'
  if (path.startsWith('shared/')) return 'shared'
  if (path.startsWith('electron/main/') || path.startsWith('electron/preload/')) return 'electron-shell'
  if (path.startsWith('electron/')) return 'node'
  return 'other'
}

function packageName(specifier) {
  if (specifier.startsWith('@')) return specifier.split('/').slice(0, 2).join('/')
  return specifier.split('/')[0]
}

function problem(layer, file, specifier) {
  const isRelative = specifier.startsWith('.')
  const target = isRelative ? resolve(dirname(file), specifier) : undefined
  const targetLayer = target ? layerOf(target) : undefined
  const bare = isRelative ? undefined : packageName(specifier)

  if (layer === 'renderer') {
    if (specifier.startsWith('@shared/')) return undefined
    if (targetLayer && targetLayer !== 'renderer' && targetLayer !== 'shared') return 'renderer/ may import only renderer/ and shared/'
    if (bare && (nodeBuiltins.has(specifier) || nodeBuiltins.has(bare) || nodeOnlyPackages.includes(bare))) {
      return `renderer/ must not import the Node-side package "${specifier}"; call the Node side through the channel table`
    }
  }

  if (layer === 'shared') {
    if (targetLayer && targetLayer !== 'shared') return 'shared/ may import only shared/'
    if (bare && bare !== 'zod') return `shared/ must stay free of Node, DOM and Electron; "${specifier}" is not allowed`
  }

  if (layer === 'node' && bare === 'electron') {
    return 'only electron/main and electron/preload may import electron; keep features plain Node so they run in tests and the CLI'
  }

  return undefined
}

const rule = {
  meta: { type: 'problem', docs: { description: 'enforce process layering' }, schema: [] },
  create(context) {
    const file = context.filename
    const layer = layerOf(file)
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return
      const message = problem(layer, file, specifier)
      if (message) context.report({ node, message: `Bad layering: ${message}.` })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value)
    }
  }
}

export default { rules: { imports: rule } }
