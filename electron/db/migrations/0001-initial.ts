import { sql, type Kysely } from 'kysely'

/**
 * The first schema. Frozen: never edit a released migration; add a new one instead. Every table is STRICT,
 * and foreign keys cascade only where the child has no meaning without its parent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
    sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
    sql`CREATE TABLE school (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL DEFAULT '',
      county TEXT NOT NULL DEFAULT '',
      scope TEXT NOT NULL DEFAULT '',
      nature TEXT NOT NULL DEFAULT '',
      category TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      principal TEXT NOT NULL DEFAULT '',
      principal_phone TEXT NOT NULL DEFAULT '',
      deputy TEXT NOT NULL DEFAULT '',
      deputy_phone TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '',
      contact_phone TEXT NOT NULL DEFAULT '',
      pupil_count INTEGER CHECK (pupil_count IS NULL OR pupil_count >= 0),
      staff_count INTEGER CHECK (staff_count IS NULL OR staff_count >= 0),
      class_count INTEGER CHECK (class_count IS NULL OR class_count >= 0),
      facilities TEXT NOT NULL DEFAULT '[]',
      surroundings TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      updated_at TEXT
    ) STRICT`,
    sql`CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      department TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE post (
      id INTEGER PRIMARY KEY,
      code TEXT UNIQUE,
      name TEXT NOT NULL UNIQUE,
      department TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE TABLE responsibility (
      id INTEGER PRIMARY KEY,
      post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('duty', 'risk', 'check', 'emergency', 'training')),
      content TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE INDEX responsibility_post ON responsibility(post_id)`,
    sql`CREATE TABLE staff_post (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
      PRIMARY KEY (staff_id, post_id)
    ) STRICT`,
    sql`CREATE INDEX staff_post_post ON staff_post(post_id)`,
    sql`CREATE TABLE leading_group_member (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL UNIQUE REFERENCES staff(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
      title TEXT NOT NULL DEFAULT '',
      duty TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE TABLE office (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      location TEXT NOT NULL DEFAULT '',
      director_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      contact_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      phone TEXT NOT NULL DEFAULT '',
      duties TEXT NOT NULL DEFAULT '',
      document_number TEXT NOT NULL DEFAULT '',
      issued_on TEXT
    ) STRICT`,
    sql`CREATE TABLE policy (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE TABLE risk_point (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      library_key TEXT,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('facility', 'activity')),
      area TEXT NOT NULL DEFAULT '',
      owner_post_id INTEGER REFERENCES post(id) ON DELETE SET NULL,
      owner_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      description TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE TABLE risk (
      id INTEGER PRIMARY KEY,
      risk_point_id INTEGER NOT NULL REFERENCES risk_point(id) ON DELETE CASCADE,
      library_key TEXT,
      hazard TEXT NOT NULL,
      factor_type TEXT NOT NULL,
      consequence TEXT NOT NULL DEFAULT '',
      accident_types TEXT NOT NULL DEFAULT '[]',
      method TEXT NOT NULL CHECK (method IN ('lec', 'ls', 'direct')),
      lec_l REAL,
      lec_e REAL,
      lec_c REAL,
      ls_l REAL,
      ls_s REAL,
      direct_level TEXT CHECK (direct_level IS NULL OR direct_level IN ('major', 'high', 'medium', 'low')),
      score REAL,
      level TEXT NOT NULL CHECK (level IN ('major', 'high', 'medium', 'low')),
      control_level TEXT NOT NULL CHECK (control_level IN ('school', 'department', 'grade', 'post')),
      owner_post_id INTEGER REFERENCES post(id) ON DELETE SET NULL,
      owner_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      value_tables_version TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE INDEX risk_risk_point ON risk(risk_point_id)`,
    sql`CREATE INDEX risk_level ON risk(level)`,
    sql`CREATE TABLE control_measure (
      id INTEGER PRIMARY KEY,
      risk_id INTEGER NOT NULL REFERENCES risk(id) ON DELETE CASCADE,
      category TEXT NOT NULL CHECK (category IN ('engineering', 'management', 'training', 'protective', 'emergency')),
      content TEXT NOT NULL,
      control_level TEXT NOT NULL CHECK (control_level IN ('school', 'department', 'grade', 'post')),
      owner_post_id INTEGER REFERENCES post(id) ON DELETE SET NULL,
      owner_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE INDEX control_measure_risk ON control_measure(risk_id)`,
    sql`CREATE TABLE check_item (
      id INTEGER PRIMARY KEY,
      risk_point_id INTEGER NOT NULL REFERENCES risk_point(id) ON DELETE CASCADE,
      measure_id INTEGER REFERENCES control_measure(id) ON DELETE CASCADE,
      content TEXT NOT NULL,
      standard TEXT NOT NULL DEFAULT '',
      method TEXT NOT NULL,
      inspection_type TEXT NOT NULL,
      frequency TEXT NOT NULL,
      responsible_post_id INTEGER REFERENCES post(id) ON DELETE SET NULL,
      edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
      dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
      sort_order INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE INDEX check_item_risk_point ON check_item(risk_point_id)`,
    sql`CREATE UNIQUE INDEX check_item_measure ON check_item(measure_id) WHERE measure_id IS NOT NULL`,
    sql`CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      action TEXT NOT NULL,
      before TEXT,
      after TEXT
    ) STRICT`,
    sql`CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)`
  ]

  for (const statement of statements) {
    await statement.execute(db)
  }
}
