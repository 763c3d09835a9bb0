/**
 * Error codes that cross the process boundary, and the one place that turns each code into the
 * Chinese sentence a school administrator reads: what was wrong, with which value, and what to do.
 */

export const errorCodes = [
  'required',
  'too-long',
  'invalid-phone',
  'invalid-characters',
  'emoji-not-allowed',
  'angle-brackets-not-allowed',
  'invalid-choice',
  'invalid-number',
  'out-of-range',
  'factor-not-on-scale',
  'invalid-date',
  'invalid-input',
  'not-found',
  'duplicate-name',
  'in-use',
  'school-file-newer',
  'not-a-school-file',
  'school-file-damaged',
  'file-not-found',
  'file-not-writable',
  'folder-not-chosen',
  'job-not-found',
  'job-failed',
  'package-invalid',
  'import-file-not-chosen',
  'import-file-invalid',
  'import-sheet-not-found',
  'import-header-not-found',
  'import-nothing-to-import',
  'import-questions-open',
  'unknown-channel',
  'untrusted-sender',
  'internal'
] as const

export type ErrorCode = (typeof errorCodes)[number]

/** A failure as data. `field` is the Chinese label of the input field, never a code name. */
export interface AppErrorData {
  code: ErrorCode
  field?: string
  value?: string
  /** Length of the rejected text, for `too-long`. */
  length?: number
  limit?: number
  allowed?: string[]
  file?: string
  detail?: string
}

/** An error thrown inside the Node side and converted to `AppErrorData` at the boundary. */
export class AppError extends Error {
  readonly data: AppErrorData

  constructor(data: AppErrorData) {
    super(`${data.code}${data.field ? ` (${data.field})` : ''}${data.detail ? `: ${data.detail}` : ''}`)
    this.name = 'AppError'
    this.data = data
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (errorCodes as readonly string[]).includes((value as { code: string }).code)
  )
}

const maxShownValueLength = 30

/** Shortens a value for display, so a 40,000-character paste does not flood the message. */
export function shownValue(value: string | undefined): string {
  if (value === undefined) return ''
  const flat = value.replace(/\s+/g, ' ')
  return flat.length > maxShownValueLength ? `${flat.slice(0, maxShownValueLength)}…` : flat
}

function quoteField(field: string | undefined): string {
  return field ? `「${field}」` : '该项'
}

function quoteValue(value: string | undefined): string {
  return value === undefined || value === '' ? '' : `“${shownValue(value)}”`
}

/** Returns the Chinese sentence for an error: what is wrong and what the user should do. */
export function describeError(error: AppErrorData): string {
  const field = quoteField(error.field)
  const value = quoteValue(error.value)

  switch (error.code) {
    case 'required':
      return `${field}不能为空，请填写后再保存。`
    case 'too-long':
      return `${field}太长（${error.length ?? 0} 个字），最多 ${error.limit ?? 0} 个字，请精简后再保存。`
    case 'invalid-phone':
      return `${field}${value}不是有效的电话号码。请填写 11 位手机号（如 13912345678），或带区号的固定电话（如 0391-1234567）。`
    case 'invalid-characters':
      return `${field}含有无法打印的控制字符，请删除后重新输入（可从记事本中复制纯文本）。`
    case 'emoji-not-allowed':
      return `${field}${value}含有表情符号，打印的手册无法显示，请删除表情符号后再保存。`
    case 'angle-brackets-not-allowed':
      return `${field}${value}含有 < 或 > 符号，名称中不能使用，请删除后再保存。`
    case 'invalid-choice':
      return `${field}${value}不在可选范围内，请从下拉列表中选择${error.allowed?.length ? `（可选：${error.allowed.join('、')}）` : ''}。`
    case 'invalid-number':
      return `${field}${value}不是有效的数字，请填写数字。`
    case 'out-of-range':
      return `${field}${value}超出范围，${error.detail ?? '请检查后重新填写'}。`
    case 'factor-not-on-scale':
      return `${field}的取值${value}不在评价标准的分值表中，请从下列分值中选择：${error.allowed?.join('、') ?? ''}。`
    case 'invalid-date':
      return `${field}${value}不是有效的日期，请按“2026-09-01”的格式填写。`
    case 'invalid-input':
      return `${field}${value}填写有误${error.detail ? `：${error.detail}` : ''}，请检查后重新填写。`
    case 'not-found':
      return `找不到${field}${error.detail ? `（${error.detail}）` : ''}，它可能已被删除，请刷新页面后再试。`
    case 'duplicate-name':
      return `${field}${value}已经存在，请换一个名称。`
    case 'in-use':
      return `${field}${value}仍在使用中${error.detail ? `（${error.detail}）` : ''}，请先解除关联后再删除。`
    case 'school-file-newer':
      return `学校文件“${error.file ?? ''}”是由更新版本的本软件保存的，当前版本无法打开。请升级本软件后再打开，文件未作任何改动。`
    case 'not-a-school-file':
      return `“${error.file ?? ''}”不是本软件的学校文件，无法打开，文件未作任何改动。请选择扩展名为 .school 或 .sqlite 的学校文件。`
    case 'school-file-damaged':
      return `学校文件“${error.file ?? ''}”已损坏，无法打开。请用自动备份恢复（备份位于同一文件夹的“备份”目录），或联系技术支持。`
    case 'file-not-found':
      return `找不到文件“${error.file ?? ''}”，它可能已被移动或删除，请重新选择。`
    case 'file-not-writable':
      return `无法写入“${error.file ?? ''}”${error.detail ? `（${error.detail}）` : ''}。请确认磁盘有空间、文件未被 Word 或 WPS 打开，或换一个文件夹。`
    case 'folder-not-chosen':
      return '没有选择保存位置，成果文件未生成。请点击“选择文件夹”后再生成。'
    case 'job-not-found':
      return '找不到这项任务，它可能已经结束。请重新开始。'
    case 'job-failed':
      return `生成失败${error.detail ? `：${error.detail}` : ''}。已生成的文件不受影响，请检查后重试。`
    case 'package-invalid':
      return `导出包“${error.file ?? ''}”校验未通过${error.detail ? `：${error.detail}` : ''}。请向学校索取原始导出包。`
    case 'import-file-not-chosen':
      return '没有选择要导入的 Excel 文件，或这次选择已失效。请点击“选择文件”重新选择。'
    case 'import-file-invalid':
      return `“${error.file ?? ''}”无法导入：${error.detail ?? '不是可读取的 Excel 工作簿'}。学校文件未作任何改动。`
    case 'import-sheet-not-found':
      return `“${error.file ?? ''}”中没有名为${value || '“”'}的工作表，请从以下工作表中选择：${error.allowed?.join('、') ?? ''}。`
    case 'import-header-not-found':
      return `在“${error.file ?? ''}”的工作表${value}中找不到风险清单的表头${error.detail ? `（${error.detail}）` : ''}。请确认选择了正确的工作表，或指定各列对应的内容后再导入。`
    case 'import-nothing-to-import':
      return `“${error.file ?? ''}”的工作表${value}中没有可导入的风险：表头下方的行都被跳过了。请查看“跳过的行”及其原因。`
    case 'import-questions-open':
      return `“${error.file ?? ''}”还有 ${error.detail ?? ''} 个问题没有回答，风险清单未导入，学校文件未作任何改动。请回答全部问题后再导入。`
    case 'unknown-channel':
    case 'untrusted-sender':
      return `程序内部请求被拒绝（${error.code}），请重新启动本软件。`
    case 'internal':
      return `程序出现内部错误，操作未完成，已保存的数据不受影响。请重试；如仍出现，请把日志文件发给技术支持（参考：${error.detail ?? error.code}）。`
  }
}
