import { calendarForSchoolYear } from '../../shared/inspections/calendar-proposal'
import { calendarAddInput, inspectionRecordInput } from '../../shared/schemas/inspection-inputs'
import { addCalendarPeriods } from '../inspections/calendar.service'
import { listPlans } from '../inspections/plans.service'
import { acceptProposedPlans, proposePlans } from '../inspections/proposal.service'
import { recordInspection } from '../inspections/record.service'
import type { Db } from '../db/transaction'

// NOTE: restored from tsx's compile cache (/tmp/tsx-0, 22:47) after this file was overwritten by mistake
// at 22:55; the code is as it was compiled, the types are re-added and the original comments were lost.

const plansAdoptedAt = new Date('2026-08-20T04:00:00.000Z')
const recordsAsOf = new Date('2026-12-04T04:00:00.000Z')

interface DemoInspection {
  plan: string
  on: string
  inspector: string
  notOk?: [number, string][]
  na?: number[]
  note?: string
}

const inspections: DemoInspection[] = [
  {
    plan: '开学前综合排查',
    on: '2026-08-27',
    inspector: '王建国',
    notOk: [
      [3, '东侧围墙一处砖块松动'],
      [12, '二楼饮水机滤芯超期未换']
    ],
    na: [40],
    note: '参加人员：王建国、张海涛、刘志强、孔令军'
  },
  { plan: '节假日前排查', on: '2026-09-29', inspector: '张海涛', note: '国庆节放假前检查' },
  { plan: '月度综合排查', on: '2026-09-25', inspector: '张海涛' },
  { plan: '月度综合排查', on: '2026-10-28', inspector: '张海涛', notOk: [[5, '配电室灭火器压力偏低']] },
  { plan: '月度综合排查', on: '2026-11-26', inspector: '张海涛' },
  { plan: '供暖期前季节性排查', on: '2026-11-10', inspector: '刘志强' },
  { plan: '门卫日常排查', on: '2026-11-30', inspector: '孔令军' },
  { plan: '门卫日常排查', on: '2026-12-01', inspector: '孔令军' },
  { plan: '门卫日常排查', on: '2026-12-02', inspector: '孔令军', notOk: [[2, '访客登记本缺 12 月 2 日下午两条离校时间']] },
  { plan: '门卫日常排查', on: '2026-12-03', inspector: '孔令军' }
]

export async function addDemoInspections(db: Db, staffIds: ReadonlyMap<string, number>): Promise<{ plans: number; inspections: number }> {
  await addCalendarPeriods(db, calendarAddInput.parse({ periods: calendarForSchoolYear(2026) }))
  const proposals = await proposePlans(db)
  const recommended = proposals.filter((proposal) => proposal.recommended).map((proposal) => proposal.key)
  await acceptProposedPlans(db, recommended, plansAdoptedAt)
  const plans = await listPlans(db)

  let recorded = 0
  for (const entry of inspections) {
    const plan = plans.find((candidate) => candidate.name === entry.plan)
    if (!plan) continue
    const marks = [
      ...(entry.notOk ?? []).filter(([itemNo]) => itemNo <= plan.itemCount).map(([itemNo, note]) => ({ itemNo, result: 'not-ok' as const, note })),
      ...(entry.na ?? []).filter((itemNo) => itemNo <= plan.itemCount).map((itemNo) => ({ itemNo, result: 'na' as const, note: '' }))
    ]
    const input = inspectionRecordInput.parse({ planId: plan.id, inspectedOn: entry.on, inspectorStaffId: staffIds.get(entry.inspector), version: '', marks, note: entry.note ?? '' })
    await recordInspection(db, input, recordsAsOf)
    recorded += 1
  }
  return { plans: plans.length, inspections: recorded }
}
