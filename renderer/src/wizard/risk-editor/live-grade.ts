import { AppError, describeError } from '@shared/errors'
import { grade, type Evaluation, type Grade } from '@shared/grading/grade'
import type { ValueTables } from '@shared/grading/value-tables'

export interface LiveGrade {
  /** The grade, when every factor of the method is chosen and on the scale. */
  grade?: Grade
  /** Chinese reason the factors cannot be graded; absent while factors are merely missing. */
  problem?: string
}

/** Grades the factors as entered so far, for the live preview; missing factors are not an error here. */
export function liveGrade(evaluation: Evaluation, tables: ValueTables): LiveGrade {
  try {
    return { grade: grade(evaluation, tables) }
  } catch (caught) {
    if (caught instanceof AppError && caught.data.code !== 'required-choice') return { problem: describeError(caught.data) }
    return {}
  }
}
