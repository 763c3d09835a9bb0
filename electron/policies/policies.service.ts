import { AppError } from '../../shared/errors'
import type { Policy, PolicyKind } from '../../shared/domain/entities'
import type { PolicyInput } from '../../shared/schemas/inputs'
import { audit, write, type Db, type Executor } from '../db/transaction'

export async function listPolicies(db: Executor): Promise<Policy[]> {
  const rows = await db.selectFrom('policy').selectAll().orderBy('sort_order').orderBy('id').execute()
  return rows.map((row) => ({ id: row.id, kind: row.kind as PolicyKind, title: row.title, body: row.body, sortOrder: row.sort_order }))
}

export async function savePolicy(db: Db, input: PolicyInput): Promise<Policy> {
  return write(db, async (trx) => {
    const before = (await listPolicies(trx)).find((policy) => policy.id === input.id)
    if (!before) throw new AppError({ code: 'not-found', field: '制度', detail: `编号 ${input.id}` })
    await trx.updateTable('policy').set({ title: input.title, body: input.body }).where('id', '=', input.id).execute()
    const after = { ...before, title: input.title, body: input.body }
    await audit(trx, { entity: 'policy', entityId: input.id, action: 'update', before, after })
    return after
  })
}
