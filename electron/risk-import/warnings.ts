import type { ImportWarning } from '../../shared/risk-import'

/** The warnings of one parse, each message once, in the order found. */
export class WarningList {
  private readonly items = new Map<string, ImportWarning>()

  add(warning: ImportWarning): void {
    const key = `${warning.code}\u0000${warning.message}`
    if (!this.items.has(key)) this.items.set(key, warning)
  }

  list(): ImportWarning[] {
    return [...this.items.values()]
  }
}
