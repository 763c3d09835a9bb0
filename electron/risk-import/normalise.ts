/**
 * Text normalisation for reading school spreadsheets. Two forms: `cleanText` keeps the user's words
 * for storing (only full-width digits, letters and spaces become half-width); `matchKey` folds a text
 * for comparing with keywords (half-width, simplified, upper case, no white space).
 */

/**
 * Traditional characters that occur in the words the importer recognises (levels, colours, field names,
 * measure categories, accident types), with their simplified forms. Texts are stored as written.
 */
const traditionalToSimplified: Record<string, string> = {
  較: '较', 風: '风', 險: '险', 級: '级', 紅: '红', 藍: '蓝', 黃: '黄', 輕: '轻', 類: '类', 別: '别', 點: '点', 設: '设', 備: '备',
  場: '场', 動: '动', 業: '业', 處: '处', 應: '应', 護: '护', 個: '个', 體: '体', 術: '术', 訓: '训', 練: '练', 層: '层', 責: '责',
  門: '门', 崗: '岗', 後: '后', 導: '导', 觸: '触', 電: '电', 災: '灾', 墜: '坠', 傷: '伤', 擊: '击', 評: '评', 價: '价', 號: '号',
  區: '区', 說: '说', 註: '注', 計: '计', 簽: '签', 審: '审', 準: '准', 編: '编', 製: '制', 據: '据', 範: '范', 隱: '隐', 車: '车',
  輛: '辆', 機: '机', 燙: '烫', 擁: '拥', 擠: '挤', 傳: '传', 舉: '举', 數: '数', 錄: '录', 單: '单', 稱: '称', 總: '总', 員: '员',
  與: '与', 為: '为', 檢: '检', 項: '项', 發: '发', 標: '标', 際: '际', 圍: '围', 牆: '墙', 樓: '楼', 驗: '验', 務: '务', 職: '职',
  負: '负', 組: '组', 劃: '划', 顏: '颜', 屬: '属', 庫: '库', 礙: '碍', 違: '违', 規: '规', 預: '预', 積: '积', 環: '环', 濕: '湿',
  衛: '卫', 這: '这', 壞: '坏', 錯: '错', 誤: '误'
}

/** Full-width digits, Latin letters and the ideographic space as half-width (FF10–FF19, FF21–FF3A, FF41–FF5A, 3000). */
export function toHalfWidthAlphanumerics(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/** Every full-width ASCII form (FF01–FF5E) as half-width, and the ideographic space as a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** The keys of `traditionalToSimplified` as one character class, so texts without them are left untouched. */
const traditionalCharacters = new RegExp(`[${Object.keys(traditionalToSimplified).join('')}]`, 'g')

export function toSimplified(text: string): string {
  // One replace over a character class, because matchKey runs for every cell of every row: building the
  // string one character at a time was about a quarter of the parse time of the 3,000-row list of bench/risk-list.ts.
  return text.replace(traditionalCharacters, (char) => traditionalToSimplified[char] ?? char)
}

/** C0 and C1 control characters other than tab and line feed, and lone surrogates; XML and Word reject them. */
// eslint-disable-next-line no-control-regex
const unprintable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A cell text as it will be stored: line ends unified, the `_x000D_` escape Excel leaves for carriage
 * returns and unprintable characters removed, full-width digits and letters made half-width, trimmed.
 * Chinese punctuation stays as written.
 */
export function cleanText(raw: string): string {
  return toHalfWidthAlphanumerics(raw)
    .replace(/_x000[dD]_/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ')
    .replace(unprintable, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim()
}

/** A text folded for keyword comparison: half-width, simplified, upper case, without white space. */
export function matchKey(text: string): string {
  return toSimplified(toHalfWidth(text)).toUpperCase().replace(/\s+/g, '')
}

/** A one-line rendering of a text for messages. */
export function oneLine(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}
