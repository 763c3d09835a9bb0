import sharp from 'sharp'

/**
 * Stand-in pictures for the sample school's training records: simple drawn scenes (no text, no real
 * people) rendered as JPEG like a phone photo, and a one-page PDF like a scanned sign-in sheet.
 */

function heads(count: number, columns: number, left: number, top: number, gap: number): string {
  const colours = ['#3b3b3b', '#5a4632', '#2f2f3a', '#6b5b4b']
  return Array.from({ length: count }, (_, position) => {
    const x = left + (position % columns) * gap
    const y = top + Math.floor(position / columns) * gap * 0.8
    return `<circle cx="${x}" cy="${y}" r="${gap * 0.28}" fill="${colours[position % colours.length]}"/><rect x="${x - gap * 0.35}" y="${y + gap * 0.25}" width="${gap * 0.7}" height="${gap * 0.4}" rx="8" fill="#4f6d8f"/>`
  }).join('')
}

/** Draws a meeting room: a projected slide at the front and rows of listeners seen from behind. */
function lectureScene(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <rect width="1200" height="900" fill="#d9d2c5"/>
  <rect y="620" width="1200" height="280" fill="#9c8b74"/>
  <rect x="330" y="90" width="540" height="320" fill="#f4f6f8" stroke="#555" stroke-width="6"/>
  <rect x="380" y="140" width="440" height="40" fill="#c0392b"/>
  <rect x="380" y="210" width="300" height="18" fill="#7f8c8d"/><rect x="380" y="250" width="360" height="18" fill="#7f8c8d"/><rect x="380" y="290" width="260" height="18" fill="#7f8c8d"/>
  <rect x="900" y="300" width="70" height="260" fill="#6d4c41"/>
  ${heads(24, 8, 180, 520, 120)}
</svg>`
}

/** Draws a playground drill: a school building, a running track and classes lined up on the field. */
function drillScene(classes: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <rect width="1200" height="900" fill="#bcd7ea"/>
  <rect x="80" y="120" width="620" height="300" fill="#e8dcc8" stroke="#8d7b68" stroke-width="4"/>
  ${Array.from({ length: 12 }, (_, position) => `<rect x="${110 + (position % 6) * 100}" y="${160 + Math.floor(position / 6) * 120}" width="60" height="70" fill="#7fa7c9"/>`).join('')}
  <rect y="420" width="1200" height="480" fill="#5f9e5a"/>
  <ellipse cx="700" cy="700" rx="520" ry="170" fill="none" stroke="#c65b3a" stroke-width="36"/>
  ${heads(classes * 10, 10, 260, 560, 70)}
  <rect x="1040" y="520" width="40" height="110" rx="12" fill="#d62d20"/>
</svg>`
}

async function photo(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

export function lecturePhoto(): Promise<Buffer> {
  return photo(lectureScene())
}

/** `classes` rows of pupils on the field, so two photos of one drill differ. */
export function drillPhoto(classes = 4): Promise<Buffer> {
  return photo(drillScene(classes))
}

/** Writes a one-page A4 PDF with a ruled table, in place of a scanned sign-in sheet. */
export function signInSheetPdf(): Buffer {
  const lines = Array.from({ length: 16 }, (_, row) => `60 ${760 - row * 40} m 535 ${760 - row * 40} l S`).join('\n')
  const columns = [60, 140, 300, 420, 535].map((x) => `${x} 760 m ${x} 160 l S`).join('\n')
  const stream = `0.5 w\n${lines}\n${columns}`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`
  ]

  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, position) => {
    offsets.push(Buffer.byteLength(body))
    body += `${position + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(body)
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n')
  body += `${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
