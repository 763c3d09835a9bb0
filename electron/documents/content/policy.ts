import type { FileChild } from 'docx'
import type { PolicyKind } from '../../../shared/domain/entities'
import { fonts } from '../layout/styles'
import { body, plain } from '../layout/paragraphs'
import { cleanLines, cleanText, wideSpace } from '../layout/text'
import type { SchoolIndex } from '../school/school-index'

/** "第一章 总则"; the number and the title may be separated by any space or by none. */
const chapterLine = /^(第[一二三四五六七八九十百零〇两\d]+章)\s*(.*)$/
/** "第一条 为…"; `\s` covers the ASCII and the full-width space. */
const articleLine = /^(第[一二三四五六七八九十百零〇两\d]+条)\s*(.*)$/

/** Joins a number and its text with one full-width space, as Chinese regulations are set. */
function numbered(number: string, rest: string): string {
  return rest ? `${number}${wideSpace}${rest}` : number
}

/** Formats a policy line: chapter titles centred in 黑体, article numbers in 黑体 before their text, the rest as body. */
function policyParagraph(line: string): FileChild {
  const chapter = chapterLine.exec(line)
  if (chapter) {
    return plain({ text: numbered(chapter[1], chapter[2]), font: fonts.hei }, { align: 'center', keepNext: true })
  }
  const article = articleLine.exec(line)
  if (article) {
    return article[2] ? body({ text: `${article[1]}${wideSpace}`, font: fonts.hei }, article[2]) : body({ text: article[1], font: fonts.hei })
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
