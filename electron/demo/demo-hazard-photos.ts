import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'

/**
 * Stand-in photos for the sample school's hazards: a coloured scene with a caption band naming what the
 * photo shows, rendered as JPEG like a phone photo. Before-photos are drawn in warning colours, after-photos
 * in calm ones, so the two stages are told apart at a glance.
 */

export type PhotoStageKind = 'found' | 'rectified'

const palettes: Record<PhotoStageKind, { sky: string; ground: string; band: string; mark: string }> = {
  found: { sky: '#d8c3a5', ground: '#8e8d8a', band: '#c0392b', mark: '#e98074' },
  rectified: { sky: '#c9e4ca', ground: '#87bba2', band: '#2e7d32', mark: '#55828b' }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function scene(label: string, stage: PhotoStageKind, variant: number): string {
  const colours = palettes[stage]
  const x = 260 + (variant % 3) * 180
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <rect width="1200" height="900" fill="${colours.sky}"/>
  <rect y="560" width="1200" height="340" fill="${colours.ground}"/>
  <rect x="120" y="180" width="520" height="380" fill="#f2efe9" stroke="#5d5c61" stroke-width="6"/>
  <rect x="${x}" y="320" width="160" height="240" rx="18" fill="${colours.mark}" stroke="#3b3b3b" stroke-width="5"/>
  <circle cx="${x + 80}" cy="290" r="46" fill="${colours.mark}" stroke="#3b3b3b" stroke-width="5"/>
  <rect x="760" y="240" width="300" height="320" fill="#ffffff" stroke="#5d5c61" stroke-width="4"/>
  <rect y="760" width="1200" height="140" fill="${colours.band}"/>
  <text x="600" y="850" font-size="56" text-anchor="middle" fill="#ffffff" font-family="Noto Sans CJK SC, Microsoft YaHei, SimHei, sans-serif">${escapeText(label)}</text>
</svg>`
}

/** Draws one photo as JPEG bytes. */
export function hazardPhoto(label: string, stage: PhotoStageKind, variant = 0): Promise<Buffer> {
  return sharp(Buffer.from(scene(label, stage, variant))).jpeg({ quality: 82 }).toBuffer()
}

/**
 * A folder of photo files for the hazard services, which read chosen files by path like the window's
 * dialog gives them. `remove` deletes the folder when the sample is built.
 */
export class PhotoFolder {
  private readonly folder = mkdtempSync(join(tmpdir(), 'demo-hazard-photos-'))
  private count = 0

  async write(label: string, stage: PhotoStageKind, fileName: string): Promise<string> {
    this.count += 1
    // One folder per photo, so two photos may share a file name, as photos from two phones do.
    const folder = join(this.folder, String(this.count))
    mkdirSync(folder)
    const file = join(folder, fileName)
    writeFileSync(file, await hazardPhoto(label, stage, this.count))
    return file
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true })
  }
}
