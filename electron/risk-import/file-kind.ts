/**
 * Recognises what a file that is not a zip archive probably is, so the error message can explain how
 * to turn it into an .xlsx workbook.
 */

const zipSignature = 0x04034b50
/** Compound File Binary header: Excel 97-2003 (.xls) files, and also .xlsx files protected by a password. */
const compoundFileSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

export function startsLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === zipSignature
}

function looksLikeText(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096)
  if (head.includes(0)) return false
  let printable = 0
  for (const byte of head) {
    if (byte === 9 || byte === 10 || byte === 13 || byte >= 32) printable += 1
  }
  return printable / Math.max(1, head.length) > 0.95
}

/** Chinese explanation of what a non-zip file is and what to do, used as the error's detail. */
export function describeNonZipFile(buffer: Buffer): string {
  if (buffer.length === 0) return '文件是空的（0 字节）。请确认文件已完整保存或复制'
  if (buffer.subarray(0, 8).equals(compoundFileSignature)) {
    return '这是旧版 Excel 97-2003 格式（.xls）或加了打开密码的文件。请在 Excel 或 WPS 中打开它，去掉打开密码，另存为“Excel 工作簿（*.xlsx）”后再导入'
  }

  const head = buffer.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase()
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('<?xml') || head.startsWith('<table')) {
    return '这是网页或 XML 格式的表格，只是扩展名改成了 Excel 的。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”后再导入'
  }
  if (looksLikeText(buffer)) {
    return '这是文本或 CSV 文件，不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”后再导入'
  }
  return '它不是 Excel 工作簿（.xlsx），也可能已经损坏。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”后再导入'
}
