import type { Updateable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { HazardDetail } from '../../shared/contract/hazards'
import { samePerson } from '../../shared/domain/hazards'
import type {
  HazardAcceptInput,
  HazardCloseInput,
  HazardPlanInput,
  HazardRejectInput,
  HazardReportInput,
  HazardSubmitInput,
  HazardUpdateInput
} from '../../shared/schemas/hazard-inputs'
import type { HazardTable } from '../db/schema'
import type { Db, Trx } from '../db/transaction'
import { assertNotBefore, assertNotFuture } from './dates'
import { changeHazard } from './hazard-change'
import type { HazardRow } from './hazard-rows'
import { nextClosure, sealClosure } from './ledger'
import { resolvePerson } from './people'
import { insertPhotos, photoNote, processPhotos } from './photos.service'
import { prepareRegistration } from './registration'

/** The steps of the closed loop after registration. Each is one change through `changeHazard`. */

const registrationLabels: Record<string, string> = {
  description: '隐患描述',
  risk_point_id: '风险点',
  place: '具体部位',
  found_on: '发现日期',
  found_by_name: '发现人',
  source: '隐患来源',
  category: '隐患类别',
  grade: '隐患等级',
  major_criteria: '重大事故隐患判定情形'
}

function changedLabels(row: HazardRow, columns: Updateable<HazardTable>): string[] {
  return Object.entries(registrationLabels)
    .filter(([column]) => column in columns && (columns as Record<string, unknown>)[column] !== (row as Record<string, unknown>)[column])
    .map(([, label]) => label)
}

/** 修改登记信息: the registration fields of a hazard not yet accepted. Ticking a criterion makes it 重大. */
export function updateHazard(db: Db, input: HazardUpdateInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'update', now, async ({ trx, row, today }) => {
    const registration = await prepareRegistration(trx, input, today)
    if (row.deadline !== null && input.foundOn > row.deadline) {
      throw new AppError({ code: 'out-of-range', field: '发现日期', value: input.foundOn, detail: `不能晚于整改时限（${row.deadline}）` })
    }
    if (row.inspection_result_id !== null && input.source !== 'inspection') {
      throw new AppError({ code: 'invalid-input', field: '隐患来源', detail: '由排查结果登记的隐患，来源应为“排查发现”' })
    }
    const changed = changedLabels(row, registration.columns)
    const note = changed.length > 0 ? `修改了：${changed.join('、')}；${registration.note}` : '没有改动'
    return { set: registration.columns, event: { note } }
  })
}

async function planColumns(trx: Trx, row: HazardRow, input: HazardPlanInput): Promise<Updateable<HazardTable>> {
  assertNotBefore(input.deadline, '整改时限', row.found_on, '发现日期')
  const responsible = await resolvePerson(trx, input.responsible, '整改责任人')
  return {
    responsible_staff_id: responsible.staffId,
    responsible_name: responsible.name,
    measures: input.measures,
    funds: input.funds,
    deadline: input.deadline,
    contingency: input.contingency,
    governance_plan: input.governancePlan
  }
}

function planNote(columns: Updateable<HazardTable>): string {
  return `整改责任人：${String(columns.responsible_name)}；整改时限：${String(columns.deadline)}${columns.funds ? `；整改资金：${String(columns.funds)}` : ''}`
}

/** Saves 五落实 and the 治理方案 without moving the hazard; a 重大 hazard already in 整改 must stay complete. */
export function saveHazardPlan(db: Db, input: HazardPlanInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'save-plan', now, async ({ trx, row }) => {
    const set = await planColumns(trx, row, input)
    return { set, event: { note: planNote(set) } }
  })
}

/** 开始整改 with 五落实: a 重大 hazard also needs its 治理方案 and a 上报 record, checked on the result. */
export function startRectification(db: Db, input: HazardPlanInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'start-rectification', now, async ({ trx, row }) => {
    const set = await planColumns(trx, row, input)
    return { set, event: { note: `${planNote(set)}；整改措施：${input.measures}` } }
  })
}

/** 上报: records when and to whom a 重大 hazard was reported. */
export function reportHazard(db: Db, input: HazardReportInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'report', now, async ({ row, today }) => {
    assertNotFuture(input.reportedOn, '上报日期', today)
    assertNotBefore(input.reportedOn, '上报日期', row.found_on, '发现日期')
    return {
      set: { reported_on: input.reportedOn, report_to: input.reportTo, report_note: input.reportNote },
      event: { note: `${input.reportedOn} 上报${input.reportTo}${input.reportNote ? `：${input.reportNote}` : ''}` }
    }
  })
}

/** 提交验收: the rectification is done; after-photos are stored with it. */
export async function submitForAcceptance(db: Db, input: HazardSubmitInput, files: readonly string[] = [], now = new Date()): Promise<HazardDetail> {
  const photos = await processPhotos(files)
  return changeHazard(db, input.id, 'submit', now, async ({ trx, row, today }) => {
    assertNotFuture(input.rectifiedOn, '整改完成日期', today)
    assertNotBefore(input.rectifiedOn, '整改完成日期', row.found_on, '发现日期')
    const rectifier = await resolvePerson(trx, input.rectifier, '整改人')
    const lines = [`整改人：${rectifier.name}，${input.rectifiedOn} 完成`, input.rectificationNote, photos.length > 0 ? photoNote('rectified', photos) : '']
    return {
      set: {
        rectified_on: input.rectifiedOn,
        rectifier_staff_id: rectifier.staffId,
        rectifier_name: rectifier.name,
        rectification_note: input.rectificationNote
      },
      event: { note: lines.filter(Boolean).join('；') },
      afterWrite: (writeTrx) => insertPhotos(writeTrx, input.id, 'rectified', photos, now)
    }
  })
}

/** 验收通过: by someone other than the rectifier; only 销号 may follow. */
export function acceptHazard(db: Db, input: HazardAcceptInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'accept', now, async ({ trx, row, today }) => {
    assertNotFuture(input.acceptedOn, '验收日期', today)
    assertNotBefore(input.acceptedOn, '验收日期', row.rectified_on, '整改完成日期')
    const acceptor = await resolvePerson(trx, input.acceptor, '验收人')
    if (samePerson({ staffId: row.rectifier_staff_id, name: row.rectifier_name }, acceptor)) {
      throw new AppError({ code: 'hazard-acceptor-is-rectifier', value: acceptor.name })
    }
    return {
      set: { accepted_on: input.acceptedOn, acceptor_staff_id: acceptor.staffId, acceptor_name: acceptor.name, acceptance_opinion: input.acceptanceOpinion },
      event: { note: `验收人：${acceptor.name}，${input.acceptedOn}：${input.acceptanceOpinion}` }
    }
  })
}

/**
 * 验收不通过: back to 整改中 with the reason in the history. The rejected submission (who, when, what) is
 * kept in the history line and cleared from the record, so the next submission starts clean.
 */
export function rejectHazard(db: Db, input: HazardRejectInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'reject', now, async ({ row }) => {
    const submitted = row.rectified_on ? `（退回的整改：${row.rectifier_name}，${row.rectified_on} 完成${row.rectification_note ? `，${row.rectification_note}` : ''}）` : ''
    return {
      set: { rectified_on: null, rectifier_staff_id: null, rectifier_name: '', rectification_note: '' },
      event: { note: `退回原因：${input.reason}${submitted}` }
    }
  })
}

/**
 * 销号: locks the record and seals it as the next link of the closure chain, after the closing event is
 * written so the seal covers the whole history.
 */
export function closeHazard(db: Db, input: HazardCloseInput, now = new Date()): Promise<HazardDetail> {
  return changeHazard(db, input.id, 'close', now, async ({ trx, row, today }) => {
    assertNotFuture(input.closedOn, '销号日期', today)
    assertNotBefore(input.closedOn, '销号日期', row.accepted_on, '验收日期')
    const { seq, previousHash } = await nextClosure(trx)
    return {
      set: { closed_on: input.closedOn, closure_seq: seq },
      event: { note: `${input.closedOn} 销号（第 ${seq} 次销号）${input.note ? `：${input.note}` : ''}` },
      afterWrite: async (writeTrx) => {
        await sealClosure(writeTrx, input.id, previousHash)
      }
    }
  })
}
