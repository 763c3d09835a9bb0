/**
 * Reduces a text to the characters that carry its meaning: whitespace and punctuation go, so "①设置护栏；"
 * and "设置护栏。" compare equal.
 */
function comparable(text: string): string {
  return text.replace(/[\s\p{P}\p{S}①-⑳]/gu, '')
}

/**
 * Returns the measures not yet among a record's existing controls: the 建议改进措施 of a JHA or SCL row.
 * A measure counts as existing when its text, without punctuation, appears in the existing controls.
 */
export function measuresBeyondControls<T extends { content: string }>(existingControls: string, measures: readonly T[]): T[] {
  const existing = comparable(existingControls)
  return measures.filter((measure) => {
    const content = comparable(measure.content)
    return content !== '' && !existing.includes(content)
  })
}
