import type BetterSqlite3 from 'better-sqlite3'

/**
 * Every row of every table as JSON text, in a stable order: compares the content of a school file before
 * and after an operation that must not change it.
 */
export function dumpContent(sqlite: BetterSqlite3.Database): string {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[]
  const content: Record<string, unknown[]> = {}
  for (const { name } of tables) {
    content[name] = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()
  }
  return JSON.stringify(content)
}
