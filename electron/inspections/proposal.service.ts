import { AppError } from '../../shared/errors'
import type { ProposedPlan } from '../../shared/contract/inspections'
import type { InspectionPlanRow } from '../../shared/domain/inspections'
import { listCheckItems } from '../checklist/check-items.service'
import { audit, write, type Db, type Executor } from '../db/transaction'
import { listPosts } from '../posts/posts.service'
import { defaultPlans, type DefaultPlan } from './default-plans'
import { insertPlan, listPlans } from './plans.service'

async function loadDefaults(db: Executor): Promise<DefaultPlan[]> {
  const points = await db.selectFrom('risk_point').select(['id', 'name']).execute()
  return defaultPlans({ items: await listCheckItems(db), posts: await listPosts(db), points })
}

/** Lists the plans proposed from the checklist; those whose name the school already uses are marked. */
export async function proposePlans(db: Executor): Promise<ProposedPlan[]> {
  const names = new Set((await db.selectFrom('inspection_plan').select('name').execute()).map((row) => row.name))
  return (await loadDefaults(db)).map((entry) => ({ ...entry.proposal, exists: names.has(entry.proposal.name) }))
}

/**
 * Adds the proposed plans the user ticked, worked out again from the checklist as it is now, in one
 * transaction: a key that no longer matches a proposal, or a name already used, changes nothing.
 */
export async function acceptProposedPlans(db: Db, keys: readonly string[], now = new Date()): Promise<InspectionPlanRow[]> {
  await write(db, async (trx) => {
    const defaults = await loadDefaults(trx)
    const chosen = keys.map((key) => {
      const entry = defaults.find((candidate) => candidate.proposal.key === key)
      if (!entry) throw new AppError({ code: 'not-found', field: '建议计划', detail: '排查清单已经改动，请关闭后重新打开“建议计划”' })
      return entry
    })

    const ids: number[] = []
    for (const entry of chosen) ids.push(await insertPlan(trx, entry.input, now))
    await audit(trx, { entity: 'inspection_plan', entityId: null, action: 'accept-proposal', after: { keys, ids } })
  })
  return listPlans(db)
}
