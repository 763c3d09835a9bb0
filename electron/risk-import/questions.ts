import type { ImportAnswers, ImportOption, ImportQuestion, ImportQuestionKind, ImportWarning } from '../../shared/risk-import'
import { matchKey } from './normalise'

/**
 * Collects the questions of one parse and looks up their answers. A question is asked once per id;
 * asking again with the same id adds the cell to it. An answer counts only when it is one of the
 * question's options; any other answer leaves the question open and is reported as a warning.
 */

/** Characters of a cell value kept in a question id, so ids stay short enough to send back as answers. */
const maxKeyLength = 60

/** Turns a cell value into the part of a question id that names it: folded, at most 60 characters. */
export function questionKey(text: string): string {
  return [...matchKey(text)].slice(0, maxKeyLength).join('')
}

export interface QuestionSpec {
  id: string
  groupId?: string
  kind: ImportQuestionKind
  cell: string
  row: number
  value: string
  prompt: string
  options: ImportOption[]
}

export class QuestionBook {
  private readonly open = new Map<string, ImportQuestion>()
  private readonly used = new Set<string>()
  private readonly rejected = new Set<string>()

  constructor(private readonly answers: ImportAnswers) {}

  /** Returns the chosen option value, or records the question as open and returns undefined. */
  ask(spec: QuestionSpec): string | undefined {
    const answer = this.answerFor(spec)
    if (answer !== undefined) return answer

    const existing = this.open.get(spec.id)
    if (existing) {
      if (!existing.cells.includes(spec.cell)) existing.cells.push(spec.cell)
      if (!existing.rows.includes(spec.row)) existing.rows.push(spec.row)
      return undefined
    }

    const question: ImportQuestion = {
      id: spec.id,
      kind: spec.kind,
      cell: spec.cell,
      cells: [spec.cell],
      rows: [spec.row],
      value: spec.value,
      prompt: spec.prompt,
      options: spec.options
    }
    if (spec.groupId) question.groupId = spec.groupId
    this.open.set(spec.id, question)
    return undefined
  }

  private answerFor(spec: QuestionSpec): string | undefined {
    for (const key of [spec.id, spec.groupId]) {
      if (key === undefined || !(key in this.answers)) continue
      const value = this.answers[key]
      if (spec.options.some((option) => option.value === value)) {
        this.used.add(key)
        return value
      }
      this.rejected.add(key)
    }
    return undefined
  }

  questions(): ImportQuestion[] {
    return [...this.open.values()]
  }

  /** Warnings for answers that match no question or name no offered option. */
  answerWarnings(): ImportWarning[] {
    const warnings: ImportWarning[] = []
    for (const [key, value] of Object.entries(this.answers)) {
      if (this.used.has(key)) continue
      if (this.rejected.has(key)) {
        warnings.push({ code: 'answer-not-an-option', answer: key, message: `对问题“${key}”的回答“${value}”不是可选项之一，该问题仍未回答。` })
      } else {
        warnings.push({ code: 'answer-unused', answer: key, message: `回答“${key}”没有对应的问题（表格或列对应关系可能已改变），已忽略。` })
      }
    }
    return warnings
  }
}
