import { open } from 'node:fs/promises'

/**
 * Reads at most `cap` bytes of a file. A caller that measured the file first passes its limit plus one, so a
 * file that grew past the limit after it was measured is seen as too large instead of being read whole.
 */
export async function readCapped(file: string, cap: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(cap)
    let filled = 0
    while (filled < cap) {
      const { bytesRead } = await handle.read(buffer, filled, cap - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
