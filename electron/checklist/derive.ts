import { defaultCheckMethod, type CheckFrequency, type CheckMethod, type InspectionType } from '../../shared/domain/checks'
import type { ControlMeasure, Risk } from '../../shared/domain/entities'
import type { RiskLevel } from '../../shared/domain/levels'
import type { LibraryCheck } from '../../shared/domain/library'

/** The fields of a check item that deriving from a measure fills in. */
export interface DerivedCheck {
  content: string
  standard: string
  method: CheckMethod
  inspectionType: InspectionType
  frequency: CheckFrequency
  responsiblePostId: number | null
}

/**
 * How often a measure is checked when the library gives no frequency: the higher the risk, the more
 * often its on-site measures are looked at. Training and emergency measures are records checked in the
 * comprehensive inspection.
 */
const frequencyByLevel: Record<RiskLevel, CheckFrequency> = {
  major: 'daily',
  high: 'weekly',
  medium: 'monthly',
  low: 'term'
}

function inspectionTypeFor(frequency: CheckFrequency): InspectionType {
  return ['perLesson', 'perShift', 'perTrip', 'daily', 'weekly'].includes(frequency) ? 'daily' : 'comprehensive'
}

/** Turns a measure statement into the question an inspector answers on site. */
export function checkQuestion(measureContent: string): string {
  const statement = measureContent.replace(/[。；;，,\s]+$/u, '')
  return `${statement}，是否落实到位`
}

/**
 * Derives a check item from a measure. A library check, when the measure came from the library, gives
 * the wording, method and frequency; otherwise they follow from the measure category and the risk level.
 */
export function deriveCheck(
  measure: ControlMeasure,
  risk: Pick<Risk, 'level' | 'ownerPostId'>,
  libraryCheck?: LibraryCheck,
  libraryCheckPostId?: number | null
): DerivedCheck {
  const responsiblePostId = libraryCheckPostId ?? measure.ownerPostId ?? risk.ownerPostId

  if (libraryCheck) {
    return {
      content: libraryCheck.content,
      standard: libraryCheck.standard,
      method: libraryCheck.method,
      inspectionType: libraryCheck.inspectionType,
      frequency: libraryCheck.frequency,
      responsiblePostId
    }
  }

  const recordsOnly = measure.category === 'training' || measure.category === 'emergency'
  const frequency: CheckFrequency = recordsOnly ? 'term' : frequencyByLevel[risk.level]
  return {
    content: checkQuestion(measure.content),
    standard: measure.content,
    method: defaultCheckMethod[measure.category],
    inspectionType: recordsOnly ? 'comprehensive' : inspectionTypeFor(frequency),
    frequency,
    responsiblePostId
  }
}
