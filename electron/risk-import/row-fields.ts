import { accidentTypeName, accidentTypes } from '../../shared/domain/accident-types'
import type { HazardFactorType } from '../../shared/domain/entities'
import { controlLevelLabels, controlLevels, type ControlLevel } from '../../shared/domain/levels'
import { hazardFactorTypes } from '../../shared/domain/entities'
import type { MeasureCategory } from '../../shared/domain/measures'
import type { ImportField, ImportedMeasure } from '../../shared/risk-import'
import { readAccidentTypes } from './accident-words'
import { splitMeasures } from './measure-split'
import { questionKey } from './questions'
import type { RawRow } from './raw-rows'
import { fieldCell, type RowAsk, type SheetContext } from './sheet-context'
import { guessFactorType, readControlLevel, readFactorType } from './value-words'

/** Reads a row's accident types, measures, control level and factor type, asking where a value is not known. */

const accidentOptions = [
  ...accidentTypes.filter((type) => !type.hidden).map((type) => ({ value: type.code, label: type.name })),
  { value: 'ignore', label: '不导入这个词' }
]

export function readRowAccidentTypes(context: SheetContext, raw: RawRow, ask: RowAsk): string[] {
  const text = raw.values.accidentTypes ?? ''
  if (!text) return []
  const cell = fieldCell(context, 'accidentTypes', raw.row)
  const reading = readAccidentTypes(text, `${raw.values.pointName ?? ''} ${raw.values.hazard ?? ''} ${raw.values.consequence ?? ''}`)
  const codes = [...reading.codes]

  if (reading.drowningUnclear) {
    const answer = ask({
      id: 'accident-type:溺水',
      kind: 'accident-type',
      cell,
      row: raw.row,
      value: text,
      prompt: `${cell} 的事故类型“溺水”没有说明是在校内（如游泳池）还是校外。表中这些“溺水”应按哪一类导入？`,
      options: [
        { value: '06', label: '淹溺（校内，如游泳池、水池）' },
        { value: 'S07', label: '校外溺水' }
      ]
    })
    if (answer && !codes.includes(answer)) codes.push(answer)
  }

  for (const word of reading.unknown) {
    const answer = ask({
      id: `accident-type:${questionKey(word)}`,
      kind: 'accident-type',
      cell,
      row: raw.row,
      value: word,
      prompt: `${cell} 的事故类型“${word}”不是可识别的事故类别。表中所有“${word}”应按哪一类导入？`,
      options: accidentOptions
    })
    if (answer && answer !== 'ignore' && !codes.includes(answer)) codes.push(answer)
  }
  return codes
}

const measureColumns: [ImportField, MeasureCategory | undefined][] = [
  ['measures', undefined],
  ['measureEngineering', 'engineering'],
  ['measureManagement', 'management'],
  ['measureTraining', 'training'],
  ['measureProtective', 'protective'],
  ['measureEmergency', 'emergency']
]

export function readRowMeasures(raw: RawRow): ImportedMeasure[] {
  const measures: ImportedMeasure[] = []
  for (const [field, category] of measureColumns) {
    const text = raw.values[field]
    if (!text) continue
    for (const measure of splitMeasures(text, category)) {
      if (!measures.some((known) => known.category === measure.category && known.content === measure.content)) measures.push(measure)
    }
  }
  return measures
}

export function readRowControlLevel(context: SheetContext, raw: RawRow, ask: RowAsk): ControlLevel | null {
  const text = raw.values.controlLevel
  if (!text) return null
  const level = readControlLevel(text)
  if (level) return level

  const cell = fieldCell(context, 'controlLevel', raw.row)
  const answer = ask({
    id: `control-level:${questionKey(text)}`,
    kind: 'control-level',
    cell,
    row: raw.row,
    value: text,
    prompt: `${cell} 的管控层级“${text}”无法识别。表中所有“${text}”应按哪个层级导入？`,
    options: [
      ...controlLevels.map((value) => ({ value, label: controlLevelLabels[value] })),
      { value: 'default', label: '按风险等级取默认层级（重大—学校级，较大—部门级，一般—年级组级，低—岗位级）' }
    ]
  })
  if (answer === undefined || answer === 'default') return null
  return answer as ControlLevel
}

export interface FactorTypeReading {
  factorType: HazardFactorType
  source: 'column' | 'guessed' | 'answered'
}

export function readRowFactorType(context: SheetContext, raw: RawRow, hazard: string, ask: RowAsk): FactorTypeReading {
  const text = raw.values.factorType
  if (!text) return { factorType: guessFactorType(hazard), source: 'guessed' }
  const read = readFactorType(text)
  if (read) return { factorType: read, source: 'column' }

  const cell = fieldCell(context, 'factorType', raw.row)
  const answer = ask({
    id: `factor-type:${questionKey(text)}`,
    kind: 'factor-type',
    cell,
    row: raw.row,
    value: text,
    prompt: `${cell} 的因素类别“${text}”无法识别。表中所有“${text}”应按哪一类导入？`,
    options: hazardFactorTypes.map((value) => ({ value, label: value }))
  })
  if (answer === undefined) return { factorType: guessFactorType(hazard), source: 'guessed' }
  return { factorType: answer as HazardFactorType, source: 'answered' }
}

/** Accident type names for messages, e.g. "触电、火灾". */
export function accidentNames(codes: readonly string[]): string {
  return codes.map(accidentTypeName).join('、')
}
