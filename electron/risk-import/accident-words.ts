import { accidentTypes } from '../../shared/domain/accident-types'
import { matchKey } from './normalise'

/**
 * Reads an accident-type cell ("触电、火灾事故", "高处坠落/物体打击") into the codes of
 * shared/domain/accident-types. Known names and common variants are taken out longest first, so
 * "中毒和窒息" is not split at 和. What is left over is reported for a question. Two words depend on
 * the row: 溺水 (in school 淹溺, outside 校外溺水) and 中毒 (食物中毒 when the row speaks of food).
 */

/** Variant → code. Written in `matchKey` form. */
const variants: [string, string][] = [
  ['触电伤害', '05'],
  ['触电事故', '05'],
  ['电击', '05'],
  ['漏电', '05'],
  ['火灾事故', '08'],
  ['火情', '08'],
  ['烫伤', '07'],
  ['烧伤', '07'],
  ['灼伤', '07'],
  ['高空坠落', '09'],
  ['坠落', '09'],
  ['倒塌', '10'],
  ['垮塌', '10'],
  ['压力容器爆炸', '17'],
  ['燃气爆炸', '18'],
  ['爆炸', '18'],
  ['窒息', '19'],
  ['其它伤害', '20'],
  ['跌倒', '20'],
  ['滑倒', '20'],
  ['摔伤', '20'],
  ['摔倒', '20'],
  ['踩踏事故', 'S01'],
  ['踩踏', 'S01'],
  ['挤压踩踏', 'S01'],
  ['食品中毒', 'S02'],
  ['集体食物中毒', 'S02'],
  ['传染病疫情', 'S03'],
  ['疫情', 'S03'],
  ['校园欺凌', 'S04'],
  ['欺凌', 'S04'],
  ['校园暴力', 'S04'],
  ['打架斗殴', 'S04'],
  ['外来人员侵害', 'S05'],
  ['治安事件', 'S05'],
  ['治安案件', 'S05'],
  ['暴力侵害', 'S05'],
  ['交通伤害', 'S06'],
  ['煤气中毒', 'S08'],
  ['地震', 'S09'],
  ['洪涝', 'S09'],
  ['雷击', 'S09'],
  ['暴雨', 'S09'],
  ['地质灾害', 'S09'],
  ['运动伤害', 'S10'],
  ['猝死', 'S10'],
  ['心理危机', 'S11'],
  ['自伤', 'S11'],
  ['自杀', 'S11'],
  ['走失', 'S12'],
  ['被冒领', 'S12'],
  ['冒领', 'S12'],
  ['异物窒息', 'S13'],
  ['误食', 'S13'],
  ['舆情事件', 'S14'],
  ['舆情', 'S14']
]

/** Names and variants together, longest first, so a longer name wins over a name it contains. */
const vocabulary: [string, string][] = [...accidentTypes.map((type): [string, string] => [matchKey(type.name), type.code]), ...variants].sort(
  (a, b) => b[0].length - a[0].length
)

const separators = /[、,，;；/\\|和及与或等\s()（）[\]【】.。:：\-—事故伤害类]+/g

const outsideWater = /校外|野外|河|湖|塘|水库|江|沟渠|私自|假期|暑假|寒假|放学后|上下学途中|途中/
const insideWater = /游泳池|泳池|游泳课|游泳馆|水池|校内|蓄水池|消防水池/
const foodWords = /食物|食品|饭菜|餐|食堂|厨房|饮食/
const gasWords = /一氧化碳|煤气|取暖|燃气|煤炉/

export interface AccidentReading {
  codes: string[]
  /** Left-over words that name no accident type, e.g. "意外". */
  unknown: string[]
  /** True when the row calls it 溺水 with no word that places it in or outside school. */
  drowningUnclear: boolean
}

function contextCode(word: '溺水' | '中毒', context: string): string | undefined {
  if (word === '中毒') {
    if (foodWords.test(context)) return 'S02'
    if (gasWords.test(context)) return 'S08'
    return '19'
  }
  const outside = outsideWater.test(context)
  const inside = insideWater.test(context)
  if (outside === inside) return undefined
  return outside ? 'S07' : '06'
}

/** Reads an accident-type cell; `context` is the row's point name and hazard, for 溺水 and 中毒. */
export function readAccidentTypes(text: string, context: string): AccidentReading {
  let rest = matchKey(text)
  const codes: string[] = []
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code)
  }

  for (const [name, code] of vocabulary) {
    if (!rest.includes(name)) continue
    add(code)
    rest = rest.split(name).join('、')
  }

  let drowningUnclear = false
  for (const word of ['溺水', '中毒'] as const) {
    if (!rest.includes(word)) continue
    rest = rest.split(word).join('、')
    const code = contextCode(word, matchKey(context))
    if (code) add(code)
    else drowningUnclear = true
  }

  const unknown = rest
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
  return { codes, unknown, drowningUnclear }
}
