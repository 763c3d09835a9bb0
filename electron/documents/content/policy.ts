import type { FileChild } from 'docx'
import type { PolicyKind } from '../../../shared/domain/entities'
import { fonts } from '../layout/styles'
import { body, plain } from '../layout/paragraphs'
import { cleanLines, cleanText, wideSpace } from '../layout/text'
import type { SchoolIndex } from '../school/school-index'

const chapterLine = /^第[一二三四五六七八九十百零]+章/
const articleLine = /^(第[一二三四五六七八九十百零]+条)\s*(.*)$/

/** Formats a policy line: chapter titles centred in 黑体, article numbers in 黑体 before their text, the rest as body. */
function policyParagraph(line: string): FileChild {
  if (chapterLine.test(line)) {
    return plain({ text: line, font: fonts.hei }, { align: 'center', keepNext: true })
  }
  const article = articleLine.exec(line)
  if (article) {
    return body({ text: article[1], font: fonts.hei }, `${wideSpace}${article[2]}`)
  }
  return body(line)
}

export function findPolicy(index: SchoolIndex, kind: PolicyKind): SchoolIndex['data']['policies'][number] | undefined {
  return [...index.data.policies].sort((a, b) => a.sortOrder - b.sortOrder).find((policy) => policy.kind === kind)
}

/** Returns the title of a policy as the school named it, or the given default. */
export function policyTitle(index: SchoolIndex, kind: PolicyKind, fallbackTitle: string): string {
  return cleanText(findPolicy(index, kind)?.title ?? '') || fallbackTitle
}

/**
 * Prints the text of one policy, one paragraph per line. When the school deleted the text, a sentence
 * reports that instead, so the chapter is not left empty.
 */
export function policyText(index: SchoolIndex, kind: PolicyKind, fallbackTitle: string): FileChild[] {
  const policy = findPolicy(index, kind)
  const lines = policy ? cleanLines(policy.body) : []
  if (lines.length === 0) {
    return [
      body(
        `${index.terms.unit}尚未制定《${fallbackTitle}》。请在“制度文本”中采用内置范本或录入本${index.terms.unit}的制度，经领导小组审定后重新生成本手册。`
      )
    ]
  }
  return lines.map(policyParagraph)
}
