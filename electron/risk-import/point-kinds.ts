import { riskPointKindLabels, type RiskPointKind } from '../../shared/domain/entities'
import { columnLetter, type ParsedRiskRow } from '../../shared/risk-import'
import { headerText } from './header'
import { questionKey } from './questions'
import type { RawRow } from './raw-rows'
import { fieldCell, rowAsker, type SheetContext } from './sheet-context'
import { guessPointKind, readPointKind } from './value-words'

/**
 * Settles each risk point's kind (设施场所 or 作业活动) over the whole sheet: from the type column,
 * answered where a value is unknown or one name has two kinds, else guessed from the name and
 * reported. A type column whose values are categories (消防安全, 教学区) is not used as the kind.
 */

const kindOptions = (['facility', 'activity'] as const).map((value) => ({ value, label: riskPointKindLabels[value] }))

function typeColumnUsable(rows: readonly RawRow[]): boolean {
  const texts = rows.map((raw) => raw.values.pointType ?? '').filter((text) => text !== '')
  return texts.length > 0 && texts.some((text) => readPointKind(text) !== undefined)
}

function kindFromColumn(context: SheetContext, raw: RawRow, parsed: ParsedRiskRow): void {
  const text = raw.values.pointType ?? ''
  if (!text) return
  const read = readPointKind(text)
  if (read) {
    parsed.pointKind = read
    parsed.pointKindSource = 'column'
    return
  }

  const cell = fieldCell(context, 'pointType', raw.row)
  const answer = rowAsker(context.book, parsed.questionIds)({
    id: `point-type-value:${questionKey(text)}`,
    kind: 'point-type-value',
    cell,
    row: raw.row,
    value: text,
    prompt: `${cell} 的风险点类型“${text}”无法识别。表中所有“${text}”应按哪一类导入？`,
    options: kindOptions
  })
  if (answer) {
    parsed.pointKind = answer as RiskPointKind
    parsed.pointKindSource = 'answered'
  }
}

/** Asks once, for all its rows, about a name typed with two kinds. */
function settleDuplicates(context: SheetContext, rows: ParsedRiskRow[]): void {
  const byName = new Map<string, ParsedRiskRow[]>()
  for (const parsed of rows) byName.set(parsed.pointName, [...(byName.get(parsed.pointName) ?? []), parsed])

  for (const [name, group] of byName) {
    const kinds = new Set(group.flatMap((parsed) => (parsed.pointKind && parsed.pointKindSource !== 'guessed' ? [parsed.pointKind] : [])))
    if (kinds.size < 2) continue

    let answer: string | undefined
    for (const parsed of group) {
      answer = rowAsker(context.book, parsed.questionIds)({
        id: `point-kind:${questionKey(name)}`,
        kind: 'point-kind',
        cell: fieldCell(context, 'pointType', parsed.row),
        row: parsed.row,
        value: name,
        prompt: `风险点“${name}”在表中既填为“设施场所”又填为“作业活动”。它应是哪一类？`,
        options: kindOptions
      })
    }
    for (const parsed of group) {
      parsed.pointKind = answer ? (answer as RiskPointKind) : null
      parsed.pointKindSource = answer ? 'answered' : null
    }
  }
}

/** Rows without a kind take the kind another row of the same point has, else a guess from the name. */
function fillGuesses(context: SheetContext, rows: ParsedRiskRow[], usable: boolean): void {
  const known = new Map<string, RiskPointKind>()
  for (const parsed of rows) if (parsed.pointKind && parsed.pointKindSource !== 'guessed') known.set(parsed.pointName, parsed.pointKind)

  const guessed = new Map<string, RiskPointKind>()
  for (const parsed of rows) {
    if (parsed.pointKind || parsed.questionIds.some((id) => id.startsWith('point-type-value:') || id.startsWith('point-kind:'))) continue
    const kind = known.get(parsed.pointName) ?? guessPointKind(parsed.pointName)
    parsed.pointKind = kind
    parsed.pointKindSource = known.has(parsed.pointName) ? 'column' : 'guessed'
    if (!known.has(parsed.pointName)) guessed.set(parsed.pointName, kind)
  }
  if (guessed.size === 0) return

  const list = (kind: RiskPointKind) => [...guessed].filter(([, value]) => value === kind).map(([name]) => name)
  const shown = (names: string[]) => (names.length > 8 ? `${names.slice(0, 8).join('、')} 等 ${names.length} 个` : names.join('、'))
  const parts = (['activity', 'facility'] as const).filter((kind) => list(kind).length > 0).map((kind) => `${riskPointKindLabels[kind]}：${shown(list(kind))}`)
  const column = context.fields.get('pointType')
  let why = '这些行的类型为空'
  if (column === undefined) why = '表中没有“类型”列'
  else if (!usable) why = `${columnLetter(column)} 列“${headerText(context.band, column)}”的内容不是风险点类型（设施场所/作业活动）`
  context.warnings.add({
    code: 'point-kind-guessed',
    message: `${why}，${guessed.size} 个风险点的类型是按名称推断的（${parts.join('；')}），导入后请核对。`
  })
}

export function settlePointKinds(context: SheetContext, raws: readonly RawRow[], rows: ParsedRiskRow[]): void {
  const usable = context.fields.has('pointType') && typeColumnUsable(raws)
  if (usable) {
    const byRow = new Map(raws.map((raw) => [raw.row, raw]))
    for (const parsed of rows) {
      const raw = byRow.get(parsed.row)
      if (raw) kindFromColumn(context, raw, parsed)
    }
    settleDuplicates(context, rows)
  }
  fillGuesses(context, rows, usable)
}
