import { cleanText } from '../layout/text'
import type { CardGeometry } from './card-geometry'

/** One list section of a card (hazards, measures, duties …) before it is fitted to the page. */
export interface CardList {
  label: string
  /** Every item, most important first, each one whole sentence. */
  items: string[]
  /** Most items the card shows of this list. */
  limit: number
  /** The document that has the whole list, named when the card shows only part of it. */
  source: string
  /** Printed when the list has no items. */
  empty: string
  /** Prints the items in one sentence joined with 、 instead of numbered lines (short names such as accident types). */
  joined?: boolean
  /**
   * Lists with a rank may lose even their first item on a card that is too full, lowest rank first. The row then
   * names only the count and the document with the whole list. Lists without a rank always show their first item.
   */
  dropRank?: number
}

/** A list as the card prints it: the items that fit, whole, and the count of all items. */
export interface FittedList {
  label: string
  shown: string[]
  total: number
  source: string
  empty: string
  joined: boolean
}

/** Trims a sentence's end punctuation, so numbering can add one full stop. */
export function cardItem(text: string): string {
  return cleanText(text).replace(/[。；;，,、\s]+$/, '')
}

/** Removes empty and repeated items, keeping the first of each. */
export function distinctItems(items: readonly string[]): string[] {
  return [...new Set(items.map(cardItem).filter((item) => item.length > 0))]
}

/** Measures a text in characters of card text: Latin letters, digits and ASCII marks take half a character. */
function widthOf(text: string): number {
  return [...text].reduce((sum, character) => sum + ((character.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1), 0)
}

/** Counts the lines a printed paragraph takes in the value column. */
function linesOf(paragraph: string, geometry: CardGeometry): number {
  return Math.max(1, Math.ceil(widthOf(paragraph) / geometry.charactersPerLine))
}

/** Counts the lines a list row takes: its items and "等 N 项" line, at least as many as its label wraps to, and the row's margins. */
function rowLines(list: FittedList, geometry: CardGeometry): number {
  const items = listParagraphs(list).reduce((lines, paragraph) => lines + linesOf(paragraph, geometry), 0)
  const labelLines = Math.ceil(widthOf(list.label) / geometry.labelCharactersPerLine)
  return Math.max(items, labelLines) + geometry.rowOverheadLines
}

function usedLines(lists: readonly FittedList[], geometry: CardGeometry): number {
  return lists.reduce((sum, list) => sum + rowLines(list, geometry), 0)
}

/**
 * Counts the lines the short rows (name, area, owner) take beyond one each when a long value wraps, so the
 * lists get that much less room.
 */
export function extraFactLines(rows: readonly [string, string][], geometry: CardGeometry): number {
  const [left, right] = geometry.factCharactersPerLine
  return rows.reduce((sum, [leftValue, rightValue]) => {
    const lines = Math.max(Math.ceil(widthOf(leftValue) / left), Math.ceil(widthOf(rightValue) / right), 1)
    return sum + lines - 1
  }, 0)
}

/**
 * Fits the lists of a card into its line budget, less `reservedLines`, without cutting any item. Every list
 * first gets its most important item, so no section is left out. When even that is too much, the lists with
 * a drop rank show only their count. Then the lists take further items in turns while the budget lasts, and
 * each shortened list keeps one line for "等 N 项".
 */
export function fitLists(lists: readonly CardList[], geometry: CardGeometry, reservedLines = 0): FittedList[] {
  const budget = geometry.lineBudget - reservedLines
  const fitted: FittedList[] = lists.map((list) => ({
    label: list.label,
    shown: list.items.slice(0, Math.min(1, list.limit)),
    total: list.items.length,
    source: list.source,
    empty: list.empty,
    joined: list.joined ?? false
  }))
  const droppable = lists
    .map((list, position) => ({ rank: list.dropRank, position }))
    .filter((entry): entry is { rank: number; position: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
  const dropped: number[] = []
  for (const { position } of droppable) {
    if (usedLines(fitted, geometry) <= budget) break
    fitted[position].shown = []
    dropped.push(position)
  }
  // Gives back the first item of the last lists dropped while it still fits, most important first.
  for (const position of [...dropped].reverse()) {
    fitted[position].shown = lists[position].items.slice(0, 1)
    if (usedLines(fitted, geometry) <= budget) dropped.splice(dropped.indexOf(position), 1)
    else fitted[position].shown = []
  }

  // A card that had to drop a list is full: the other lists take no more items, except the names of a joined
  // list that still fit on its line.
  const open = new Set(lists.map((_, position) => position).filter((position) => dropped.length === 0 || (lists[position].joined ?? false)))

  for (let round = 1; open.size > 0; round += 1) {
    for (const position of [...open]) {
      const list = lists[position]
      const next = list.items[round]
      if (next === undefined || round >= list.limit) {
        open.delete(position)
        continue
      }
      const target = fitted[position]
      const before = usedLines(fitted, geometry)
      target.shown.push(next)
      const after = usedLines(fitted, geometry)
      // An item that takes no extra line (a short name in a joined list) is always added.
      if (after > budget && after > before) {
        target.shown.pop()
        open.delete(position)
      }
    }
  }
  return fitted
}

/**
 * Writes the paragraphs of a fitted list: "1. …。" per item, then "等 N 项，详见《…》。" when shortened; a joined list is
 * one sentence with the same ending.
 */
export function listParagraphs(list: FittedList): string[] {
  if (list.total === 0) return [list.empty]
  const shortened = list.shown.length < list.total
  const more = `等 ${list.total} 项，详见《${list.source}》。`
  if (list.joined) return [`${list.shown.join('、')}${shortened ? more : '。'}`]
  if (list.shown.length === 0) return [`共 ${list.total} 项，详见《${list.source}》。`]
  const lines = list.shown.map((item, position) => `${position + 1}. ${item}。`)
  if (shortened) lines.push(more)
  return lines
}
