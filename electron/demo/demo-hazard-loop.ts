import {
  hazardAcceptInput,
  hazardCloseInput,
  hazardOnTheSpotInput,
  hazardPlanInput,
  hazardRegisterInput,
  hazardRejectInput,
  hazardReportInput,
  hazardSubmitInput
} from '../../shared/schemas/hazard-inputs'
import type { Db } from '../db/transaction'
import { acceptHazard, closeHazard, rejectHazard, reportHazard, startRectification, submitForAcceptance } from '../hazards/loop.service'
import { recordOnTheSpot, registerHazard } from '../hazards/register.service'
import { demoMoment } from './demo-dates'
import type { PhotoFolder } from './demo-hazard-photos'
import type { DemoHazard, DemoStep } from './demo-hazards'

/**
 * Takes the sample's hazards round the closed loop through the hazard services, every step on its own day
 * and in date order over all hazards, so codes, history times and the closure chain come out as a term of
 * real work would leave them.
 */

export interface LoopContext {
  db: Db
  staffIds: ReadonlyMap<string, number>
  pointIds: ReadonlyMap<string, number>
  /** The not-OK inspection result each hazard key is registered from. */
  resultOf: ReadonlyMap<string, number>
  photos: PhotoFolder
}

/** Turns a roster name into a person reference. A name in braces is someone off the roster, kept by name. */
function person(context: LoopContext, name: string): { staffId: number } | { name: string } {
  const outside = /^\{(.+)\}$/.exec(name)
  if (outside) return { name: outside[1] }
  const staffId = context.staffIds.get(name)
  if (staffId === undefined) throw new Error(`demo person ${name} is not on the roster`)
  return { staffId }
}

function registration(context: LoopContext, hazard: DemoHazard) {
  const resultId = context.resultOf.get(hazard.key) ?? null
  const pointId = context.pointIds.get(hazard.point)
  if (resultId === null && pointId === undefined) throw new Error(`demo hazard ${hazard.key}: risk point ${hazard.point} is not in the sample`)
  return {
    description: hazard.description,
    // A hazard raised from a result takes the result's risk point.
    riskPointId: resultId === null ? pointId : null,
    place: hazard.place,
    foundOn: hazard.foundOn,
    foundBy: person(context, hazard.foundBy),
    source: hazard.source,
    category: hazard.category,
    grade: hazard.grade,
    majorCriteria: hazard.criteria ?? [],
    inspectionResultId: resultId
  }
}

async function photoFiles(context: LoopContext, labels: readonly string[] | undefined, stage: 'found' | 'rectified'): Promise<string[]> {
  const files: string[] = []
  for (const label of labels ?? []) files.push(await context.photos.write(label, stage, `${label}.jpg`))
  return files
}

/** Registers a hazard, or records it fixed on the spot; returns its id. */
async function register(context: LoopContext, hazard: DemoHazard, now: Date): Promise<number> {
  const found = await photoFiles(context, hazard.foundPhotos, 'found')
  if (hazard.onTheSpot) {
    const spot = hazard.onTheSpot
    const input = hazardOnTheSpotInput.parse({
      ...registration(context, hazard),
      measures: spot.measures,
      rectifiedOn: hazard.foundOn,
      rectifier: person(context, spot.rectifier),
      rectificationNote: spot.note,
      acceptedOn: hazard.foundOn,
      acceptor: person(context, spot.acceptor),
      acceptanceOpinion: spot.opinion
    })
    return (await recordOnTheSpot(context.db, input, { found, rectified: [] }, now)).hazard.id
  }
  return (await registerHazard(context.db, hazardRegisterInput.parse(registration(context, hazard)), { found, rectified: [] }, now)).hazard.id
}

async function runStep(context: LoopContext, id: number, step: DemoStep, now: Date): Promise<void> {
  const db = context.db
  switch (step.do) {
    case 'start': {
      const plan = { id, responsible: person(context, step.responsible), measures: step.measures, funds: step.funds ?? '', deadline: step.deadline, contingency: step.contingency ?? '', governancePlan: step.governancePlan ?? '' }
      await startRectification(db, hazardPlanInput.parse(plan), now)
      return
    }
    case 'report':
      await reportHazard(db, hazardReportInput.parse({ id, reportedOn: step.on, reportTo: step.to, reportNote: step.note ?? '' }), now)
      return
    case 'submit': {
      const files = await photoFiles(context, step.photos, 'rectified')
      await submitForAcceptance(db, hazardSubmitInput.parse({ id, rectifiedOn: step.on, rectifier: person(context, step.rectifier), rectificationNote: step.note }), files, now)
      return
    }
    case 'reject':
      await rejectHazard(db, hazardRejectInput.parse({ id, reason: step.reason }), now)
      return
    case 'accept':
      await acceptHazard(db, hazardAcceptInput.parse({ id, acceptedOn: step.on, acceptor: person(context, step.acceptor), acceptanceOpinion: step.opinion }), now)
      return
    case 'close':
      await closeHazard(db, hazardCloseInput.parse({ id, closedOn: step.on, note: step.note ?? '' }), now)
  }
}

interface Action {
  on: string
  run: (now: Date) => Promise<void>
}

/** Runs every registration and step of the sample's hazards in date order; returns how many hazards were registered. */
export async function runDemoHazards(context: LoopContext, hazards: readonly DemoHazard[]): Promise<number> {
  const ids = new Map<string, number>()
  const actions: Action[] = hazards.flatMap((hazard) => [
    { on: hazard.foundOn, run: async (now: Date) => void ids.set(hazard.key, await register(context, hazard, now)) },
    ...hazard.steps.map((step) => ({
      on: step.on,
      run: (now: Date) => runStep(context, ids.get(hazard.key) ?? 0, step, now)
    }))
  ])

  // A stable sort keeps each hazard's steps of one day in their order.
  actions.sort((a, b) => a.on.localeCompare(b.on))
  const perDay = new Map<string, number>()
  for (const action of actions) {
    const position = perDay.get(action.on) ?? 0
    perDay.set(action.on, position + 1)
    // From 09:00, twenty minutes apart, so the history lists a day's steps in the order they were taken.
    await action.run(new Date(demoMoment(action.on, 9).getTime() + position * 20 * 60_000))
  }
  return ids.size
}
