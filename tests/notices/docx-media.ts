import { unzipSync } from 'fflate'

/** Reads the pictures of a .docx by the relationship id each is embedded with. */
export function docxPictures(buffer: Buffer): Map<string, Buffer> {
  const entries = unzipSync(new Uint8Array(buffer))
  const rels = Buffer.from(entries['word/_rels/document.xml.rels'] ?? new Uint8Array()).toString('utf8')
  const pictures = new Map<string, Buffer>()
  for (const match of rels.matchAll(/<Relationship Id="(rId\d+)" Type="[^"]*\/image" Target="([^"]+)"\/>/g)) {
    const part = entries[`word/${match[2]}`]
    if (part) pictures.set(match[1], Buffer.from(part))
  }
  return pictures
}

/** Lists the relationship ids of the pictures in an XML fragment, in order. */
export function embeddedIds(xml: string): string[] {
  return [...xml.matchAll(/<a:blip r:embed="(rId\d+)"/g)].map((match) => match[1])
}

/** Paper size of every section: width and height in twips. */
export function pageSizes(documentXml: string): { width: number; height: number }[] {
  return [...documentXml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }))
}
