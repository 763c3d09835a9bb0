import { sql, type Kysely } from 'kysely'

/**
 * Risk identification at full depth: JHA/SCL analysis records feeding risks, the history of value tables,
 * control plans of major risks, the four-colour risk map and the termly risk reviews. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE analysis_entry (
      id INTEGER PRIMARY KEY,
      risk_point_id INTEGER NOT NULL REFERENCES risk_point(id) ON DELETE CASCADE,
      method TEXT NOT NULL CHECK (method IN ('jha', 'scl')),
      seq INTEGER NOT NULL,
      item TEXT NOT NULL,
      standard TEXT NOT NULL DEFAULT '',
      deviation TEXT NOT NULL DEFAULT '',
      existing_controls TEXT NOT NULL DEFAULT '',
      UNIQUE (risk_point_id, method, seq)
    ) STRICT`,
    sql`CREATE INDEX analysis_entry_point ON analysis_entry(risk_point_id)`,
    sql`ALTER TABLE risk ADD COLUMN analysis_entry_id INTEGER REFERENCES analysis_entry(id) ON DELETE SET NULL`,
    sql`CREATE INDEX risk_analysis_entry ON risk(analysis_entry_id)`,
    sql`CREATE TABLE value_tables_history (
      id INTEGER PRIMARY KEY,
      version TEXT NOT NULL,
      name TEXT NOT NULL,
      tables TEXT NOT NULL,
      applied_at TEXT NOT NULL,
      operator TEXT NOT NULL,
      changed_risks INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE TABLE major_risk_plan (
      risk_id INTEGER PRIMARY KEY REFERENCES risk(id) ON DELETE CASCADE,
      objective TEXT NOT NULL DEFAULT '',
      measures TEXT NOT NULL DEFAULT '',
      funds TEXT NOT NULL DEFAULT '',
      responsible_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      deadline TEXT,
      monitoring TEXT NOT NULL DEFAULT '',
      emergency TEXT NOT NULL DEFAULT '',
      reported_on TEXT,
      report_to TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE risk_map (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      title TEXT NOT NULL,
      width REAL NOT NULL,
      height REAL NOT NULL,
      background BLOB,
      background_type TEXT CHECK (background_type IS NULL OR background_type IN ('png', 'jpeg')),
      background_name TEXT NOT NULL DEFAULT '',
      background_sha256 TEXT NOT NULL DEFAULT '',
      north_angle REAL NOT NULL DEFAULT 0,
      drawn_on TEXT,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE map_area (
      id INTEGER PRIMARY KEY,
      shape TEXT NOT NULL CHECK (shape IN ('rect', 'polygon')),
      points TEXT NOT NULL,
      label TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE TABLE map_area_point (
      area_id INTEGER NOT NULL REFERENCES map_area(id) ON DELETE CASCADE,
      risk_point_id INTEGER NOT NULL REFERENCES risk_point(id) ON DELETE CASCADE,
      PRIMARY KEY (area_id, risk_point_id)
    ) STRICT`,
    sql`CREATE INDEX map_area_point_point ON map_area_point(risk_point_id)`,
    sql`CREATE TABLE risk_review (
      id INTEGER PRIMARY KEY,
      term TEXT NOT NULL,
      reviewed_on TEXT NOT NULL,
      reviewer TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL DEFAULT '',
      snapshot TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`
  ]

  for (const statement of statements) {
    await statement.execute(db)
  }
}
