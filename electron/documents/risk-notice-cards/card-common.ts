import { riskLevelInfo, type RiskLevel } from '../../../shared/domain/levels'
import { measureCategories } from '../../../shared/domain/measures'
import { wideSpace } from '../layout/text'
import { bureauPhone, dutyPhone, phoneBlank } from '../school/phones'
import type { DataRisk, SchoolIndex } from '../school/school-index'
import { cardItem, distinctItems } from './card-lists'
import { fitQrText, qrPng, type QrContent } from './qr-code'

/** The document whose rows carry the whole risk, measure and emergency lists a card shortens. */
export const riskListSource = '风险分级管控清单'

/** The 应急电话 lines of a card: the public numbers, the school's duty phone and the county bureau's phone. */
export function emergencyPhoneLines(index: SchoolIndex): string[] {
  return [
    ['火警 119', '急救 120', '报警 110'].join(wideSpace),
    `${index.terms.unit}值班电话 ${dutyPhone(index) || phoneBlank}`,
    `县（市、区）教育局 ${bureauPhone(index) || phoneBlank}`
  ]
}

/** The same numbers on one line for the QR text, leaving out the ones not known yet. */
export function qrPhoneLine(index: SchoolIndex): string {
  const duty = dutyPhone(index)
  const bureau = bureauPhone(index)
  const parts = ['火警119', '急救120', '报警110', duty ? `值班电话${duty}` : '', bureau ? `教育局${bureau}` : '']
  return `应急电话：${parts.filter(Boolean).join(' ')}`
}

export function levelLine(level: RiskLevel | undefined): string {
  if (!level) return '风险等级：尚未评价'
  const info = riskLevelInfo[level]
  return `风险等级：${info.word}（${info.colourName}）`
}

export function signatureOf(index: SchoolIndex): string {
  return [index.schoolName, '双重预防工作办公室'].join(wideSpace)
}

/**
 * Takes prevention measures in turns from each risk, engineering first within a risk, so every hazard keeps
 * its main control when the list is shortened. `preferred` measures come first within each risk.
 */
export function preventionMeasures(risks: readonly DataRisk[], preferred: (ownerPostId: number | null) => boolean = () => false): string[] {
  const queues = risks.map((risk) => {
    const ordered = measureCategories
      .filter((category) => category !== 'emergency')
      .flatMap((category) => risk.measures.filter((measure) => measure.category === category))
    const mine = ordered.filter((measure) => preferred(measure.ownerPostId))
    const others = ordered.filter((measure) => !preferred(measure.ownerPostId))
    return [...mine, ...others].map((measure) => cardItem(measure.content))
  })
  const picked: string[] = []
  for (let round = 0; queues.some((queue) => round < queue.length); round += 1) {
    for (const queue of queues) {
      const next = queue[round]
      if (next !== undefined) picked.push(next)
    }
  }
  return distinctItems(picked)
}

export function emergencyMeasures(risks: readonly DataRisk[]): string[] {
  return distinctItems(risks.flatMap((risk) => risk.measures.filter((measure) => measure.category === 'emergency').map((measure) => measure.content)))
}

/** The QR text and picture of a card, or undefined when QR codes are off or the text cannot fit. */
export async function cardQr(content: QrContent, enabled: boolean): Promise<{ text: string; png: Buffer } | undefined> {
  if (!enabled) return undefined
  const text = fitQrText(content)
  if (text === undefined) return undefined
  return { text, png: await qrPng(text) }
}
