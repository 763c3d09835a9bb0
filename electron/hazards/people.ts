import { AppError } from '../../shared/errors'
import type { PersonRef } from '../../shared/domain/hazards'
import type { Executor } from '../db/transaction'

/**
 * Returns a person as stored on a hazard. Someone on the roster gets the roster's current name, so a typo in
 * the window cannot disagree with the roster. Anyone else keeps the typed name, and an empty one stays empty.
 */
export async function resolvePerson(db: Executor, person: PersonRef, field: string): Promise<PersonRef> {
  if (person.staffId === null) return { staffId: null, name: person.name.trim() }
  const row = await db.selectFrom('staff').select(['id', 'name']).where('id', '=', person.staffId).executeTakeFirst()
  if (!row) throw new AppError({ code: 'not-found', field, detail: `教职工编号 ${person.staffId}` })
  return { staffId: row.id, name: row.name }
}
