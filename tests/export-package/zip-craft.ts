import { crc32, deflateRawSync } from 'node:zlib'
import { unzipSync } from 'fflate'

/**
 * Writes zip archives byte by byte, so tests can make what no zip library will: duplicate names, names
 * with `..` or a drive letter, symlink entries, and entries whose declared size is a lie (zip bombs).
 */
export interface CraftEntry {
  name: string | Buffer
  data?: Uint8Array
  /** 0 stored, 8 deflated (default for .json and .txt, stored otherwise). */
  method?: 0 | 8
  /** Uncompressed size written in the headers instead of the real one. */
  declaredSize?: number
  /** Unix mode put in the upper half of the external attributes (made-by OS becomes Unix). */
  unixMode?: number
}

export function craftZip(entries: readonly CraftEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0

  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name
    const data = Buffer.from(entry.data ?? new Uint8Array())
    const method = entry.method ?? (/\.(json|txt)$/.test(name.toString('latin1')) ? 8 : 0)
    const stored = method === 8 ? deflateRawSync(data) : data
    const crc = crc32(data)
    const size = entry.declaredSize ?? data.length
    const flags = name.some((byte) => byte >= 0x80) ? 0x0800 : 0
    const dosTime = 0
    const dosDate = (2026 - 1980) << 9 | (12 << 5) | 4

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(dosTime, 10)
    local.writeUInt16LE(dosDate, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(((entry.unixMode !== undefined ? 3 : 0) << 8) | 20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(dosTime, 12)
    central.writeUInt16LE(dosDate, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(0, 30)
    central.writeUInt16LE(0, 32)
    central.writeUInt16LE(0, 34)
    central.writeUInt16LE(0, 36)
    central.writeUInt32LE(entry.unixMode !== undefined ? ((entry.unixMode << 16) >>> 0) : 0, 38)
    central.writeUInt32LE(offset, 42)

    locals.push(local, name, stored)
    centrals.push(central, name)
    offset += local.length + name.length + stored.length
  }

  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The entries of a zip in order, as crafting input, so a test can change one thing and zip it again. */
export function entriesOf(zip: Uint8Array): CraftEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }))
}
