import { sql, type Kysely } from 'kysely'

/**
 * Hidden-hazard investigation and governance: the school calendar, inspection plans and records, hazards
 * with their closed loop, photos and history, and the training and incentive records. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE calendar_period (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('term', 'holiday', 'flood-season', 'heating-season', 'other')),
      name TEXT NOT NULL,
      starts_on TEXT NOT NULL,
      ends_on TEXT NOT NULL,
      CHECK (starts_on <= ends_on)
    ) STRICT`,
    sql`CREATE TABLE inspection_plan (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      inspection_type TEXT NOT NULL CHECK (inspection_type IN ('daily', 'comprehensive', 'special', 'seasonal', 'holiday', 'accident', 'change')),
      frequency TEXT NOT NULL,
      responsible_post_id INTEGER REFERENCES post(id) ON DELETE SET NULL,
      responsible_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      scope TEXT NOT NULL CHECK (scope IN ('all', 'points', 'items')),
      -- For the "before" frequencies: the kind of calendar period whose 7 days before are the due window.
      before_kind TEXT CHECK (before_kind IN ('term', 'holiday', 'flood-season', 'heating-season', 'other')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      starts_on TEXT,
      ends_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE inspection_plan_point (
      plan_id INTEGER NOT NULL REFERENCES inspection_plan(id) ON DELETE CASCADE,
      risk_point_id INTEGER NOT NULL REFERENCES risk_point(id) ON DELETE CASCADE,
      PRIMARY KEY (plan_id, risk_point_id)
    ) STRICT`,
    sql`CREATE TABLE inspection_plan_item (
      plan_id INTEGER NOT NULL REFERENCES inspection_plan(id) ON DELETE CASCADE,
      check_item_id INTEGER NOT NULL REFERENCES check_item(id) ON DELETE CASCADE,
      PRIMARY KEY (plan_id, check_item_id)
    ) STRICT`,
    sql`CREATE TABLE inspection (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER REFERENCES inspection_plan(id) ON DELETE SET NULL,
      inspection_type TEXT NOT NULL,
      inspected_on TEXT NOT NULL,
      inspector_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      inspector_name TEXT NOT NULL,
      scope_label TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX inspection_plan_date ON inspection(plan_id, inspected_on)`,
    sql`CREATE INDEX inspection_date ON inspection(inspected_on)`,
    sql`CREATE TABLE inspection_result (
      id INTEGER PRIMARY KEY,
      inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
      item_no INTEGER NOT NULL,
      check_item_id INTEGER REFERENCES check_item(id) ON DELETE SET NULL,
      risk_point_id INTEGER REFERENCES risk_point(id) ON DELETE SET NULL,
      content TEXT NOT NULL,
      standard TEXT NOT NULL DEFAULT '',
      result TEXT NOT NULL CHECK (result IN ('ok', 'not-ok', 'na')),
      note TEXT NOT NULL DEFAULT '',
      UNIQUE (inspection_id, item_no)
    ) STRICT`,
    sql`CREATE TABLE hazard (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      description TEXT NOT NULL,
      risk_point_id INTEGER REFERENCES risk_point(id) ON DELETE SET NULL,
      place TEXT NOT NULL DEFAULT '',
      found_on TEXT NOT NULL,
      found_by_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      found_by_name TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL CHECK (source IN ('inspection', 'report', 'bureau')),
      inspection_result_id INTEGER UNIQUE REFERENCES inspection_result(id) ON DELETE SET NULL,
      category TEXT NOT NULL CHECK (category IN ('basic', 'site')),
      grade TEXT NOT NULL CHECK (grade IN ('general', 'major')),
      major_criteria TEXT NOT NULL DEFAULT '[]',
      state TEXT NOT NULL CHECK (state IN ('reported', 'rectifying', 'awaiting-acceptance', 'closed')),
      fixed_on_the_spot INTEGER NOT NULL DEFAULT 0 CHECK (fixed_on_the_spot IN (0, 1)),
      responsible_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      responsible_name TEXT NOT NULL DEFAULT '',
      measures TEXT NOT NULL DEFAULT '',
      funds TEXT NOT NULL DEFAULT '',
      deadline TEXT,
      contingency TEXT NOT NULL DEFAULT '',
      governance_plan TEXT NOT NULL DEFAULT '',
      reported_on TEXT,
      report_to TEXT NOT NULL DEFAULT '',
      report_note TEXT NOT NULL DEFAULT '',
      rectified_on TEXT,
      rectifier_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      rectifier_name TEXT NOT NULL DEFAULT '',
      rectification_note TEXT NOT NULL DEFAULT '',
      accepted_on TEXT,
      acceptor_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      acceptor_name TEXT NOT NULL DEFAULT '',
      acceptance_opinion TEXT NOT NULL DEFAULT '',
      closed_on TEXT,
      closure_seq INTEGER UNIQUE,
      closure_hash TEXT,
      previous_hash TEXT,
      closure_record TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    // The ledger list filters by state, grade, risk point or found date and sorts by found date; overdue
    // and 督办 read the open hazards by deadline.
    sql`CREATE INDEX hazard_state ON hazard(state, found_on)`,
    sql`CREATE INDEX hazard_grade ON hazard(grade, found_on)`,
    sql`CREATE INDEX hazard_found_on ON hazard(found_on)`,
    sql`CREATE INDEX hazard_deadline ON hazard(deadline) WHERE state != 'closed'`,
    sql`CREATE INDEX hazard_risk_point ON hazard(risk_point_id, found_on)`,
    sql`CREATE TABLE hazard_event (
      id INTEGER PRIMARY KEY,
      hazard_id INTEGER NOT NULL REFERENCES hazard(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      action TEXT NOT NULL,
      from_state TEXT,
      to_state TEXT,
      operator TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    sql`CREATE INDEX hazard_event_hazard ON hazard_event(hazard_id)`,
    sql`CREATE TABLE hazard_photo (
      id INTEGER PRIMARY KEY,
      hazard_id INTEGER NOT NULL REFERENCES hazard(id) ON DELETE CASCADE,
      stage TEXT NOT NULL CHECK (stage IN ('found', 'rectified')),
      mime TEXT NOT NULL CHECK (mime IN ('image/jpeg')),
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      bytes BLOB NOT NULL,
      thumbnail BLOB NOT NULL,
      sha256 TEXT NOT NULL,
      original_name TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX hazard_photo_hazard ON hazard_photo(hazard_id, stage)`,
    sql`CREATE TABLE training (
      id INTEGER PRIMARY KEY,
      held_on TEXT NOT NULL,
      topic TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('all-staff', 'induction', 'special', 'drill', 'safety-class', 'other')),
      trainer TEXT NOT NULL DEFAULT '',
      location TEXT NOT NULL DEFAULT '',
      audience TEXT NOT NULL DEFAULT '',
      hours REAL NOT NULL CHECK (hours > 0 AND hours <= 40),
      headcount INTEGER CHECK (headcount > 0),
      content TEXT NOT NULL DEFAULT '',
      assessment TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX training_held_on ON training(held_on)`,
    sql`CREATE TABLE training_attendee (
      training_id INTEGER NOT NULL REFERENCES training(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      PRIMARY KEY (training_id, staff_id)
    ) STRICT`,
    sql`CREATE INDEX training_attendee_staff ON training_attendee(staff_id)`,
    sql`CREATE TABLE training_attachment (
      id INTEGER PRIMARY KEY,
      training_id INTEGER NOT NULL REFERENCES training(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('photo', 'document')),
      mime TEXT NOT NULL,
      width INTEGER,
      height INTEGER,
      bytes BLOB NOT NULL,
      thumbnail BLOB,
      sha256 TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (training_id, sha256)
    ) STRICT`,
    sql`CREATE TABLE incentive (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('reward', 'penalty')),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('person', 'department')),
      staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
      target_name TEXT NOT NULL,
      decided_on TEXT NOT NULL,
      reason TEXT NOT NULL,
      basis TEXT NOT NULL DEFAULT '',
      measure TEXT NOT NULL,
      approver TEXT NOT NULL DEFAULT '',
      hazard_id INTEGER REFERENCES hazard(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX incentive_decided_on ON incentive(decided_on)`
  ]

  for (const statement of statements) {
    await statement.execute(db)
  }
}
