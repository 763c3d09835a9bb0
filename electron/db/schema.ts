import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

/**
 * Kysely table types of the school file. Column names are snake_case as in the SQL; services map rows to
 * the camelCase entities in shared/domain. JSON columns hold arrays as text.
 */

export interface MetaTable {
  key: string
  value: string
}

export interface SettingsTable {
  key: string
  /** JSON text. */
  value: string
}

export interface SchoolTable {
  id: number
  name: string
  county: string
  scope: string
  nature: string
  category: string
  address: string
  principal: string
  principal_phone: string
  deputy: string
  deputy_phone: string
  contact_name: string
  contact_phone: string
  pupil_count: number | null
  staff_count: number | null
  class_count: number | null
  /** JSON array of facility keys. */
  facilities: string
  surroundings: string
  note: string
  updated_at: string | null
}

export interface StaffTable {
  id: Generated<number>
  name: string
  phone: string
  department: string
  note: string
  created_at: string
}

export interface PostTable {
  id: Generated<number>
  code: string | null
  name: string
  department: string
  sort_order: number
}

export interface ResponsibilityTable {
  id: Generated<number>
  post_id: number
  kind: string
  content: string
  sort_order: number
}

export interface StaffPostTable {
  staff_id: number
  post_id: number
}

export interface LeadingGroupMemberTable {
  id: Generated<number>
  staff_id: number
  role: string
  title: string
  duty: string
  sort_order: number
}

export interface OfficeTable {
  id: number
  name: string
  location: string
  director_staff_id: number | null
  contact_staff_id: number | null
  phone: string
  duties: string
  document_number: string
  issued_on: string | null
}

export interface PolicyTable {
  id: Generated<number>
  kind: string
  title: string
  body: string
  sort_order: number
}

export interface RiskPointTable {
  id: Generated<number>
  code: string
  library_key: string | null
  name: string
  kind: string
  area: string
  owner_post_id: number | null
  owner_staff_id: number | null
  description: string
  sort_order: number
}

export interface RiskTable {
  id: Generated<number>
  risk_point_id: number
  library_key: string | null
  hazard: string
  factor_type: string
  consequence: string
  /** JSON array of accident type codes. */
  accident_types: string
  method: string
  lec_l: number | null
  lec_e: number | null
  lec_c: number | null
  ls_l: number | null
  ls_s: number | null
  direct_level: string | null
  score: number | null
  level: string
  control_level: string
  owner_post_id: number | null
  owner_staff_id: number | null
  /** Version of the value tables the level was computed with. */
  value_tables_version: string
  sort_order: number
  /** The JHA step or SCL item that found this risk, if it came from an analysis record. */
  analysis_entry_id: number | null
}

export interface ControlMeasureTable {
  id: Generated<number>
  risk_id: number
  category: string
  content: string
  control_level: string
  owner_post_id: number | null
  owner_staff_id: number | null
  sort_order: number
}

export interface CheckItemTable {
  id: Generated<number>
  risk_point_id: number
  measure_id: number | null
  content: string
  standard: string
  method: string
  inspection_type: string
  frequency: string
  responsible_post_id: number | null
  /** 1 once a user edited the item; deriving again leaves it alone. */
  edited: number
  /** 1 for a derived item the user removed; deriving again does not bring it back. */
  dismissed: number
  sort_order: number
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  operator: string
  entity: string
  entity_id: number | null
  action: string
  /** JSON of the row before the change, or null for a creation. */
  before: string | null
  /** JSON of the row after the change, or null for a deletion. */
  after: string | null
}

export interface AnalysisEntryTable {
  id: Generated<number>
  risk_point_id: number
  /** 'jha' (工作危害分析, steps of an activity) or 'scl' (安全检查表, items of a facility). */
  method: string
  seq: number
  /** JHA: 工作步骤; SCL: 检查项目. */
  item: string
  /** SCL only: 检查标准. */
  standard: string
  /** JHA: 危险源或潜在事件; SCL: 不符合标准的情况及后果. */
  deviation: string
  existing_controls: string
}

export interface ValueTablesHistoryTable {
  id: Generated<number>
  version: string
  name: string
  /** JSON of the value tables as applied. */
  tables: string
  applied_at: string
  operator: string
  changed_risks: number
}

export interface MajorRiskPlanTable {
  risk_id: number
  objective: string
  measures: string
  funds: string
  responsible_staff_id: number | null
  deadline: string | null
  monitoring: string
  emergency: string
  reported_on: string | null
  report_to: string
  updated_at: string
}

export interface RiskMapTable {
  id: number
  title: string
  /** Drawing size in map units (the background image's pixels, or the blank grid's size). */
  width: number
  height: number
  /** The plan image as stored: PNG or JPEG, at most 4,000 px on its long side. */
  background: Buffer | null
  background_type: string | null
  /** Name of the file the image was loaded from, shown in the editor. */
  background_name: string
  /** SHA-256 of `background` as lower-case hex, '' without one: the image's version and its hash in the export. */
  background_sha256: string
  /** Degrees clockwise from the top of the drawing to north. */
  north_angle: number
  drawn_on: string | null
  updated_at: string
}

export interface MapAreaTable {
  id: Generated<number>
  shape: string
  /** JSON array of [x, y] pairs in map units: two corners for a rectangle, the vertices for a polygon. */
  points: string
  label: string
  sort_order: number
}

export interface MapAreaPointTable {
  area_id: number
  risk_point_id: number
}

export interface RiskReviewTable {
  id: Generated<number>
  /** 学期, e.g. 2026—2027学年第一学期. */
  term: string
  reviewed_on: string
  reviewer: string
  summary: string
  /** JSON of the risk list at the review, compared with the next review for the change record. */
  snapshot: string
  created_at: string
}

// Hidden-hazard governance (migration 0003).

export interface CalendarPeriodTable {
  id: Generated<number>
  /** 'term' 学期, 'holiday' 假期, 'flood-season' 汛期, 'heating-season' 供暖期, 'other'. */
  kind: string
  name: string
  starts_on: string
  ends_on: string
}

export interface InspectionPlanTable {
  id: Generated<number>
  name: string
  inspection_type: string
  frequency: string
  responsible_post_id: number | null
  responsible_staff_id: number | null
  /** 'all' check items, only some risk 'points', or chosen check 'items'. */
  scope: string
  /** For the before-holiday and before-season frequencies: the calendar period kind the plan is due before. */
  before_kind: string | null
  active: number
  starts_on: string | null
  ends_on: string | null
  note: string
  created_at: string
}

export interface InspectionPlanPointTable {
  plan_id: number
  risk_point_id: number
}

export interface InspectionPlanItemTable {
  plan_id: number
  check_item_id: number
}

export interface InspectionTable {
  id: Generated<number>
  plan_id: number | null
  inspection_type: string
  inspected_on: string
  inspector_staff_id: number | null
  inspector_name: string
  scope_label: string
  note: string
  created_at: string
}

export interface InspectionResultTable {
  id: Generated<number>
  inspection_id: number
  /** The item's number on the printed checklist, used to enter paper results quickly. */
  item_no: number
  check_item_id: number | null
  risk_point_id: number | null
  content: string
  standard: string
  result: string
  note: string
}

export interface HazardTable {
  id: Generated<number>
  /** 隐患编号, e.g. YH-2026-0001. */
  code: string
  description: string
  risk_point_id: number | null
  place: string
  found_on: string
  found_by_staff_id: number | null
  found_by_name: string
  source: string
  inspection_result_id: number | null
  /** 'basic' 基础管理类 or 'site' 现场类. */
  category: string
  /** 'general' 一般 or 'major' 重大. */
  grade: string
  /** JSON array of the major-hazard criteria codes ticked. */
  major_criteria: string
  state: string
  fixed_on_the_spot: number
  responsible_staff_id: number | null
  responsible_name: string
  measures: string
  funds: string
  deadline: string | null
  contingency: string
  governance_plan: string
  reported_on: string | null
  report_to: string
  report_note: string
  rectified_on: string | null
  rectifier_staff_id: number | null
  rectifier_name: string
  rectification_note: string
  accepted_on: string | null
  acceptor_staff_id: number | null
  acceptor_name: string
  acceptance_opinion: string
  closed_on: string | null
  /** Position in the chain of closures, 1 for the first hazard closed. */
  closure_seq: number | null
  closure_hash: string | null
  previous_hash: string | null
  /** Canonical JSON of what the closure hash covers, kept to name what changed if the hash stops matching. */
  closure_record: string | null
  created_at: string
  updated_at: string
}

export interface HazardEventTable {
  id: Generated<number>
  hazard_id: number
  at: string
  action: string
  from_state: string | null
  to_state: string | null
  operator: string
  note: string
}

export interface HazardPhotoTable {
  id: Generated<number>
  hazard_id: number
  /** 'found' 整改前 or 'rectified' 整改后. */
  stage: string
  mime: string
  width: number
  height: number
  bytes: Buffer
  thumbnail: Buffer
  sha256: string
  original_name: string
  created_at: string
}

export interface TrainingTable {
  id: Generated<number>
  held_on: string
  topic: string
  /** A `TrainingKind`: 'all-staff' 全员培训, 'induction' 新教职工岗前培训, 'drill' 应急演练 … */
  kind: string
  trainer: string
  location: string
  /** 培训对象 as printed on the record sheet, e.g. 全体教职工 or 七年级全体学生. */
  audience: string
  /** 学时, in hours. */
  hours: number
  /** 参加人数 when people off the staff roster took part (pupils); null counts the attendees. */
  headcount: number | null
  content: string
  assessment: string
  created_at: string
}

export interface TrainingAttendeeTable {
  training_id: number
  staff_id: number
}

export interface TrainingAttachmentTable {
  id: Generated<number>
  training_id: number
  /** The file name the user chose, for display. */
  name: string
  /** 'photo' (re-encoded JPEG) or 'document' (PDF, DOCX or XLSX kept as chosen). */
  kind: string
  mime: string
  /** Pixel size of a photo; null for a document. */
  width: number | null
  height: number | null
  bytes: Buffer
  /** Small JPEG of a photo; null for a document. */
  thumbnail: Buffer | null
  /** SHA-256 of `bytes`, lower-case hex. */
  sha256: string
  created_at: string
}

export interface IncentiveTable {
  id: Generated<number>
  kind: string
  target_kind: string
  staff_id: number | null
  target_name: string
  decided_on: string
  reason: string
  /** The policy clause the decision rests on. */
  basis: string
  measure: string
  approver: string
  hazard_id: number | null
  created_at: string
}

export interface SchemaMigrationTable {
  name: string
  applied_at: string
}

export interface Database {
  meta: MetaTable
  settings: SettingsTable
  school: SchoolTable
  staff: StaffTable
  post: PostTable
  responsibility: ResponsibilityTable
  staff_post: StaffPostTable
  leading_group_member: LeadingGroupMemberTable
  office: OfficeTable
  policy: PolicyTable
  risk_point: RiskPointTable
  risk: RiskTable
  control_measure: ControlMeasureTable
  check_item: CheckItemTable
  audit_log: AuditLogTable
  schema_migration: SchemaMigrationTable
  analysis_entry: AnalysisEntryTable
  value_tables_history: ValueTablesHistoryTable
  major_risk_plan: MajorRiskPlanTable
  risk_map: RiskMapTable
  map_area: MapAreaTable
  map_area_point: MapAreaPointTable
  risk_review: RiskReviewTable
  calendar_period: CalendarPeriodTable
  inspection_plan: InspectionPlanTable
  inspection_plan_point: InspectionPlanPointTable
  inspection_plan_item: InspectionPlanItemTable
  inspection: InspectionTable
  inspection_result: InspectionResultTable
  hazard: HazardTable
  hazard_event: HazardEventTable
  hazard_photo: HazardPhotoTable
  training: TrainingTable
  training_attendee: TrainingAttendeeTable
  training_attachment: TrainingAttachmentTable
  incentive: IncentiveTable
}

export type StaffRow = Selectable<StaffTable>
export type PostRow = Selectable<PostTable>
export type RiskPointRow = Selectable<RiskPointTable>
export type RiskRow = Selectable<RiskTable>
export type NewRisk = Insertable<RiskTable>
export type RiskUpdate = Updateable<RiskTable>
export type ControlMeasureRow = Selectable<ControlMeasureTable>
export type CheckItemRow = Selectable<CheckItemTable>
