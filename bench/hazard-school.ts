import { hazardStates, type HazardState } from '../shared/domain/hazards'
import { riskPointInput, staffInput } from '../shared/schemas/inputs'
import { createSchoolFile, type SchoolDb } from '../electron/db/school-file'
import { saveRiskPoint } from '../electron/risks/risk-points.service'
import { saveStaff } from '../electron/staff/staff.service'

/**
 * A school file with a large hazard ledger for workloads P4 and P5 and the large-ledger test: ten risk
 * points in six areas, five staff and `count` hazards (20,000 by default) with the history a real loop
 * leaves, inserted with prepared statements in one transaction. A seeded generator makes every run write
 * the same ledger. Closed hazards get closure sequence numbers but no hashes, so `verify-ledger` is not
 * meant to pass on this file.
 */

export const largeLedgerSize = 20_000

const areas: [string, string][] = [
  ['学生食堂', '食堂楼'],
  ['食堂燃气间', '食堂楼'],
  ['教学楼楼梯间', '教学楼'],
  ['教学楼走廊', '教学楼'],
  ['配电室', '后勤区'],
  ['锅炉房', '后勤区'],
  ['学生宿舍', '宿舍区'],
  ['化学实验室', '实验楼'],
  ['操场', '运动区'],
  ['学校大门', '校门口']
]
const places = ['一楼东侧', '二楼西侧', '后厨操作间', '配电柜', '东侧围栏', '2 号楼三层', '药品室']
const problems = ['灭火器压力不足', '应急照明灯不亮', '插座面板松动', '护栏螺丝缺失', '地面湿滑无警示标志', '电动车在楼道内充电', '危化品柜未双人双锁']
const measures = ['更换合格灭火器并张贴检查卡', '维修应急照明并做放电试验', '更换插座面板，检查线路', '补齐护栏螺丝并加固', '设置防滑警示牌，铺设防滑垫']
const people = ['张志强', '刘德福', '王建国', '李红梅', '赵敏']

/** A small seeded generator, so every run builds the same ledger. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

function isoDay(from: string, offsetDays: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

interface Refs {
  points: number[]
  staff: number[]
}

async function addRefs(schoolDb: SchoolDb): Promise<Refs> {
  const points: number[] = []
  for (const [name, area] of areas) points.push((await saveRiskPoint(schoolDb.db, riskPointInput.parse({ name, kind: 'facility', area }))).id)
  const staff: number[] = []
  for (const name of people) staff.push((await saveStaff(schoolDb.db, staffInput.parse({ name, phone: '13903910000', department: '总务处' }))).id)
  return { points, staff }
}

/** The states a hazard passed through to reach `state`, for its history lines. */
const passedStates: Record<HazardState, HazardState[]> = {
  reported: ['reported'],
  rectifying: ['reported', 'rectifying'],
  'awaiting-acceptance': ['reported', 'rectifying', 'awaiting-acceptance'],
  closed: ['reported', 'rectifying', 'awaiting-acceptance', 'closed']
}

/**
 * Writes `count` hazards found between 2024-01-01 and 2026-12-04 into a new school file. As in a real
 * ledger, hazards found before October 2026 are nearly all closed; about 4 % are 重大.
 */
export async function buildLargeLedgerSchool(file: string, count = largeLedgerSize): Promise<SchoolDb> {
  const schoolDb = await createSchoolFile(file, { operatorName: '刘德福' })
  const refs = await addRefs(schoolDb)
  const random = seeded(20261204)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const insertHazard = schoolDb.sqlite.prepare(`
    INSERT INTO hazard (id, code, description, risk_point_id, place, found_on, found_by_name, source, category, grade, state,
      responsible_staff_id, responsible_name, measures, funds, deadline, contingency, rectified_on, rectifier_name,
      accepted_on, acceptor_name, acceptance_opinion, closed_on, closure_seq, created_at, updated_at)
    VALUES (@id, @code, @description, @riskPointId, @place, @foundOn, '刘德福', 'inspection', 'site', @grade, @state,
      @responsibleId, @responsibleName, @measures, @funds, @deadline, @contingency, @rectifiedOn, @rectifierName,
      @acceptedOn, @acceptorName, @opinion, @closedOn, @closureSeq, @stamp, @stamp)`)
  const insertEvent = schoolDb.sqlite.prepare(`
    INSERT INTO hazard_event (hazard_id, at, action, from_state, to_state, operator, note) VALUES (?, ?, ?, ?, ?, '刘德福', ?)`)
  const actions: Record<HazardState, string> = { reported: 'register', rectifying: 'start-rectification', 'awaiting-acceptance': 'submit', closed: 'close' }

  const perYear = new Map<string, number>()
  let closures = 0
  schoolDb.sqlite.transaction(() => {
    for (let id = 1; id <= count; id += 1) {
      const foundOn = isoDay('2024-01-01', Math.floor(random() * 1069))
      const year = foundOn.slice(0, 4)
      const number = (perYear.get(year) ?? 0) + 1
      perYear.set(year, number)
      const state: HazardState = foundOn < '2026-10-01' && random() < 0.97 ? 'closed' : pick(hazardStates)
      const planned = state !== 'reported'
      const deadline = planned ? isoDay(foundOn, 3 + Math.floor(random() * 40)) : null
      const done = state === 'awaiting-acceptance' || state === 'closed'
      const responsible = Math.floor(random() * refs.staff.length)
      const acceptor = (responsible + 1) % people.length
      const stamp = `${foundOn}T02:00:00.000Z`
      if (state === 'closed') closures += 1

      insertHazard.run({
        id,
        code: `YH-${year}-${String(number).padStart(4, '0')}`,
        description: `${pick(problems)}（第 ${id} 号）`,
        riskPointId: pick(refs.points),
        place: pick(places),
        foundOn,
        grade: random() < 0.04 ? 'major' : 'general',
        state,
        responsibleId: planned ? refs.staff[responsible] : null,
        responsibleName: planned ? people[responsible] : '',
        measures: planned ? pick(measures) : '',
        funds: planned && random() < 0.3 ? `${100 + Math.floor(random() * 900)}元` : '',
        deadline,
        contingency: planned ? '整改期间设置警示标志，安排专人看护' : '',
        rectifiedOn: done ? deadline : null,
        rectifierName: done ? people[responsible] : '',
        acceptedOn: state === 'closed' ? deadline : null,
        acceptorName: state === 'closed' ? people[acceptor] : '',
        opinion: state === 'closed' ? '整改到位，同意销号' : '',
        closedOn: state === 'closed' ? deadline : null,
        closureSeq: state === 'closed' ? closures : null,
        stamp
      })
      let from: HazardState | null = null
      for (const reached of passedStates[state]) {
        insertEvent.run(id, stamp, actions[reached], from, reached, `${actions[reached]} ${foundOn}`)
        from = reached
      }
    }
  })()
  return schoolDb
}
