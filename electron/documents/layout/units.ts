/** Page geometry in twips (1/20 pt, the DXA unit of Word), for A4 and the margins of GB/T 9704 documents. */

export function cm(value: number): number {
  return Math.round((value * 1440) / 2.54)
}

export function pt(value: number): number {
  return Math.round(value * 20)
}

/** A4 portrait, 210 × 297 mm. */
export const a4 = { width: 11906, height: 16838 }

/** Paper sizes in portrait, in twips: A5 148 × 210 mm, A4, A3 297 × 420 mm. */
export const papers = {
  A5: { width: 8391, height: 11906 },
  A4: a4,
  A3: { width: 16838, height: 23811 }
} as const
export type Paper = keyof typeof papers

export interface Margins {
  top: number
  bottom: number
  left: number
  right: number
}

/** GB/T 9704: top 37 mm, binding (left) 28 mm, which leaves a 156 × 225 mm text block. */
export const portraitMargins: Margins = { top: cm(3.7), bottom: cm(3.5), left: cm(2.8), right: cm(2.6) }

/**
 * Landscape pages keep the portrait margins turned with the page: the binding edge (2.8 cm) becomes the top,
 * so a bound manual opens its wide tables with the header row at the spine, as GB/T 9704 practice expects.
 */
export const landscapeMargins: Margins = { top: cm(2.8), bottom: cm(2.6), left: cm(3.5), right: cm(3.7) }

export const portraitTextWidth = a4.width - portraitMargins.left - portraitMargins.right
export const landscapeTextWidth = a4.height - landscapeMargins.left - landscapeMargins.right

/** Width of one character of 三号 (16 pt) body text: the unit of "indent 2 characters". */
export const bodyCharacter = pt(16)
