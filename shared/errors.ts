/**
 * Error codes that cross the process boundary, and the one place that turns each code into the
 * Chinese sentence a school administrator reads: what was wrong, with which value, and what to do.
 */

export const errorCodes = [
  'required',
  'required-choice',
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
  'hazard-closed',
  'hazard-action-not-allowed',
  'hazard-major-incomplete',
  'hazard-acceptor-is-rectifier',
  'hazard-result-registered',
  'photo-not-chosen',
  'photo-invalid',
  'photo-too-large',
  'photo-limit',
  'risk-map-missing',
  'risk-map-exists',
  'map-image-not-chosen',
  'map-image-invalid',
  'map-image-too-large',
  'value-tables-off-scale',
  'attachment-not-chosen',
  'attachment-invalid',
  'attachment-too-large',
  'attachment-limit',
  'custom-library-damaged',
  'custom-library-file-not-chosen',
  'custom-entry-no-risks',
  'recent-file-missing',
  'calendar-overlap',
  'item-numbers-invalid',
  'item-numbers-out-of-range',
  'item-numbers-conflict',
  'inspection-checklist-changed',
  'inspection-plan-empty',
  'inspection-has-hazards',
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
  /** Length of the rejected text, for `too-long`; a count of photos or files for the photo and attachment errors. */
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

/** Says that a refused photo stopped its whole batch, because a write stores all its photos or none. */
function noneOfBatch(count: number): string {
  return `本次的 ${count} 张照片都没有添加，学校文件未作任何改动。`
}

export interface DescribeOptions {
  /**
   * The verb of the button that submits the form, e.g. 退回整改, for the sentences that end "…后再保存". A
   * dialog whose button is not 保存 passes its own, so the message names the button on screen.
   */
  action?: string
}

/** Returns the Chinese sentence for an error: what is wrong and what the user should do. */
export function describeError(error: AppErrorData, options: DescribeOptions = {}): string {
  const field = quoteField(error.field)
  const value = quoteValue(error.value)
  const save = options.action ?? '保存'

  switch (error.code) {
    case 'required':
      return `${field}不能为空，请填写后再${save}。`
    case 'required-choice':
      return `请选择${field}后再${save}。`
    case 'too-long':
      return `${field}太长（${error.length ?? 0} 个字），最多 ${error.limit ?? 0} 个字，请精简后再${save}。`
    case 'invalid-phone':
      return `${field}${value}不是有效的电话号码。请填写 11 位手机号（如 13912345678），或带区号的固定电话（如 0391-1234567）。`
    case 'invalid-characters':
      return `${field}含有无法打印的控制字符，请删除后重新输入（可从记事本中复制纯文本）。`
    case 'emoji-not-allowed':
      return `${field}${value}含有表情符号，打印的手册无法显示，请删除表情符号后再${save}。`
    case 'angle-brackets-not-allowed':
      return `${field}${value}含有 < 或 > 符号，名称中不能使用，请删除后再${save}。`
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
    case 'value-tables-off-scale': {
      const more = Number(error.detail ?? '1') > 1 ? `，共 ${error.detail} 项风险有此问题` : ''
      return `评价标准未应用：${field}的取值${value}不在修改后的分值表中${more}。请在分值表中保留这些分值，或先在“风险评价”中改评这些风险，然后重新预览。`
    }
    case 'attachment-not-chosen':
      return '没有选择要添加的照片或附件，或这次选择已失效。请点击“添加照片或附件”重新选择后再保存。'
    case 'attachment-invalid':
      return `“${error.file ?? ''}”不能作为培训附件添加：${error.detail ?? '文件无法识别'}。请选择其他文件，已保存的培训记录不受影响。`
    case 'attachment-too-large':
      return `“${error.file ?? ''}”无法添加：${error.detail ?? ''}，超过 ${error.limit ?? 0} MB 的上限。请先缩小照片或压缩文档后再添加，已保存的培训记录不受影响。`
    case 'attachment-limit':
      return `每次培训最多保存 ${error.limit ?? 0} 个照片和附件，这次培训将有 ${error.length ?? 0} 个。请少选几个，或先删去不需要的附件后再保存，已保存的培训记录不受影响。`
    case 'risk-map-missing':
      return '还没有建立安全风险四色分布图。请先选择校园平面图，或使用空白网格开始绘制。'
    case 'risk-map-exists':
      return '安全风险四色分布图已经建立，不能再新建一张。如需重新绘制，请先删除现有的四色分布图。'
    case 'map-image-not-chosen':
      return '没有选择校园平面图，或这次选择已失效。请点击“选择平面图”重新选择。'
    case 'map-image-invalid':
      return `“${error.file ?? ''}”无法用作校园平面图：${error.detail ?? '不是 PNG 或 JPEG 图片'}。平面图未更换，请选择清晰的 PNG 或 JPG 格式校园平面图（其他格式可先用画图软件另存为 PNG 或 JPG）。`
    case 'map-image-too-large':
      return `“${error.file ?? ''}”有 ${error.detail ?? ''}，超过 ${error.limit ?? 15} MB 的上限，平面图未更换。请先缩小图片（如用画图软件调整大小或另存为 JPG）后再选择。`
    case 'hazard-closed':
      return `隐患${value}已销号，记录已锁定，不能再修改、增删照片或办理其他操作。如需更正，请另行登记一条隐患并在描述中注明原编号。`
    case 'hazard-action-not-allowed':
      return `隐患${value}不能办理${field}：${error.detail ?? '当前状态不允许'}`
    case 'hazard-major-incomplete':
      return `重大事故隐患${value}还缺少：${error.allowed?.join('、') ?? ''}。重大事故隐患须落实整改责任人、措施、资金、时限和应急预案，编制治理方案并上报后，才能进入整改及以后的环节，请补齐后再保存。`
    case 'hazard-acceptor-is-rectifier':
      return `验收人${value}就是该隐患的整改人。验收须由整改人以外的人员办理，请另选验收人。`
    case 'hazard-result-registered':
      return `这条排查结果已登记为隐患${value}，不能重复登记。请在隐患治理页打开该隐患继续办理。`
    case 'photo-not-chosen':
      return '没有选择照片，或这次选择已失效。请点击“选择照片”重新选择。'
    case 'photo-invalid':
      if (error.length !== undefined && error.length > 1) {
        return `“${error.file ?? ''}”不能作为照片添加${error.detail ? `：${error.detail}` : ''}。${noneOfBatch(error.length)}只能添加 JPEG（.jpg）或 PNG（.png）格式的图片，请去掉这个文件后再试。`
      }
      return `“${error.file ?? ''}”不能作为照片添加${error.detail ? `：${error.detail}` : ''}。只能添加 JPEG（.jpg）或 PNG（.png）格式的图片，请重新选择。`
    case 'photo-too-large': {
      const batch = error.length !== undefined && error.length > 1 ? noneOfBatch(error.length) : ''
      return `照片“${error.file ?? ''}”有 ${error.detail ?? ''}，超过每张 ${error.limit ?? 0} MB 的上限。${batch}请先用手机相册或画图软件缩小后再添加。`
    }
    case 'photo-limit':
      return `${field}照片最多 ${error.limit ?? 0} 张，该隐患已有 ${error.length ?? 0} 张，这次又选了 ${error.detail ?? ''} 张。请少选几张，或先删去不需要的照片。`
    case 'custom-library-damaged':
      return `自定义风险库文件“${error.file ?? ''}”无法读取${error.detail ? `：${error.detail}` : ''}。为避免覆盖其中的条目，自定义风险库暂不能修改。请把该文件移到别处保存后重试，再用“导入”从导出的备份恢复条目。`
    case 'custom-library-file-not-chosen':
      return '没有选择自定义风险库文件，或这次选择已失效。请重新点击“导出”或“导入”选择文件。'
    case 'custom-entry-no-risks':
      return `风险点${value}还没有风险，不能保存为自定义条目。请先在“风险辨识”中为它添加风险。`
    case 'recent-file-missing':
      return `最近打开的学校文件“${error.file ?? ''}”已不存在，可能已被移动、改名或删除。请用“打开”重新选择该文件。`
    case 'calendar-overlap':
      return `学期「${error.field ?? ''}」与已有的学期${value}（${error.detail ?? ''}）日期重叠。同一天只能属于一个学期，请调整起止日期。`
    case 'item-numbers-invalid':
      return `${field}中的${value}无法识别${error.detail ? `：${error.detail}` : ''}。`
    case 'item-numbers-out-of-range':
      return `${field}中的${value}超出范围：本检查表共 ${error.limit ?? 0} 项，序号应在 1 到 ${error.limit ?? 0} 之间，请对照纸质检查表改正。`
    case 'item-numbers-conflict':
      return `序号 ${error.value ?? ''} 既填在“不合格”中又填在“不适用”中，每项只能有一个结论，请改正。`
    case 'inspection-checklist-changed':
      return `排查计划的检查项已经改动（纸质检查表版本 ${error.value ?? ''}，现在是 ${error.detail ?? ''}），序号可能对不上，排查记录未保存。请重新打开录入窗口，按屏幕上的序号和内容核对后再录入，以后请打印新的检查表。`
    case 'inspection-plan-empty':
      return `排查计划${value}没有排查项，无法录入排查记录。请先编辑该计划的排查范围，或在“隐患排查清单”中添加排查项。`
    case 'inspection-has-hazards':
      return `这次排查记录中已有 ${error.length ?? 0} 项登记为隐患（${error.value ?? ''}），为保证隐患台账可以追溯到排查记录，不能删除。`
    case 'unknown-channel':
    case 'untrusted-sender':
      return `程序内部请求被拒绝（${error.code}），请重新启动本软件。`
    case 'internal':
      return `程序出现内部错误，操作未完成，已保存的数据不受影响。请重试；如仍出现，请把日志文件发给技术支持（参考：${error.detail ?? error.code}）。`
  }
}
