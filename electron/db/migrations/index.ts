import type { Kysely } from 'kysely'
import * as initial from './0001-initial'
import * as riskDepth from './0002-risk-depth'
import * as hazardGovernance from './0003-hazard-governance'

export interface Migration {
  /** Unique, ordered name; stored in schema_migration once applied. */
  name: string
  up(db: Kysely<unknown>): Promise<void>
}

/**
 * Every migration, in order. Registered statically so the packaged app never scans folders inside its
 * archive. Append only: a released migration is never edited, renamed or removed.
 */
export const migrations: readonly Migration[] = [
  { name: '0001-initial', up: initial.up },
  { name: '0002-risk-depth', up: riskDepth.up },
  { name: '0003-hazard-governance', up: hazardGovernance.up }
]
