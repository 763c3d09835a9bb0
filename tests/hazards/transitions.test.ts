import { describe, expect, it } from 'vitest'
import { AppError, type ErrorCode } from '../../shared/errors'
import { checkHazardAction, hazardActions, hazardStates, type HazardAction, type HazardGrade, type HazardState } from '../../shared/domain/hazards'
import { hazardRejectInput, hazardUpdateInput } from '../../shared/schemas/hazard-inputs'
import { addHazardPhotos, removeHazardPhoto } from '../../electron/hazards/photos.service'
import { rejectHazard, saveHazardPlan, updateHazard } from '../../electron/hazards/loop.service'
import { tempFolder } from '../helpers/temp'
import { accept, close, hazardSchool, plan, register, registration, report, start, submit, testNow, writePicture, type HazardSchool } from './fixture'

/** Where a hazard can stand: its state and, in 待验收, whether the acceptance is recorded. */
type Situation = 'reported' | 'rectifying' | 'awaiting' | 'accepted' | 'closed'
const situations: Situation[] = ['reported', 'rectifying', 'awaiting', 'accepted', 'closed']

/** The expected outcome of each action in each situation for a 重大 hazard: the state afterwards, or the refusal. */
const expected: Record<HazardAction, Record<Situation, HazardState | ErrorCode>> = {
  update: { reported: 'reported', rectifying: 'rectifying', awaiting: 'awaiting-acceptance', accepted: 'hazard-action-not-allowed', closed: 'hazard-closed' },
  'save-plan': { reported: 'reported', rectifying: 'rectifying', awaiting: 'awaiting-acceptance', accepted: 'hazard-action-not-allowed', closed: 'hazard-closed' },
  report: { reported: 'reported', rectifying: 'rectifying', awaiting: 'awaiting-acceptance', accepted: 'awaiting-acceptance', closed: 'hazard-closed' },
  'start-rectification': {
    reported: 'rectifying',
    rectifying: 'hazard-action-not-allowed',
    awaiting: 'hazard-action-not-allowed',
    accepted: 'hazard-action-not-allowed',
    closed: 'hazard-closed'
  },
  submit: {
    reported: 'hazard-action-not-allowed',
    rectifying: 'awaiting-acceptance',
    awaiting: 'hazard-action-not-allowed',
    accepted: 'hazard-action-not-allowed',
    closed: 'hazard-closed'
  },
  accept: {
    reported: 'hazard-action-not-allowed',
    rectifying: 'hazard-action-not-allowed',
    awaiting: 'awaiting-acceptance',
    accepted: 'hazard-action-not-allowed',
    closed: 'hazard-closed'
  },
  reject: {
    reported: 'hazard-action-not-allowed',
    rectifying: 'hazard-action-not-allowed',
    awaiting: 'rectifying',
    accepted: 'hazard-action-not-allowed',
    closed: 'hazard-closed'
  },
  close: {
    reported: 'hazard-action-not-allowed',
    rectifying: 'hazard-action-not-allowed',
    awaiting: 'hazard-action-not-allowed',
    accepted: 'closed',
    closed: 'hazard-closed'
  },
  'add-photo': { reported: 'reported', rectifying: 'rectifying', awaiting: 'awaiting-acceptance', accepted: 'hazard-action-not-allowed', closed: 'hazard-closed' },
  'remove-photo': { reported: 'reported', rectifying: 'rectifying', awaiting: 'awaiting-acceptance', accepted: 'hazard-action-not-allowed', closed: 'hazard-closed' }
}

function factsOf(situation: Situation, grade: HazardGrade) {
  const state: HazardState = situation === 'awaiting' || situation === 'accepted' ? 'awaiting-acceptance' : situation
  return { state, grade, accepted: situation === 'accepted' || situation === 'closed' }
}

describe('hazard transition table', () => {
  for (const action of hazardActions) {
    for (const situation of situations) {
      const outcome = expected[action][situation]
      it(`${action} in ${situation}: ${outcome}`, () => {
        const check = checkHazardAction(factsOf(situation, 'major'), action)
        if (check.allowed) expect(check.to).toBe(outcome)
        else expect(check.code).toBe(outcome)
      })
    }
  }

  it('refuses 上报 of a 一般 hazard in every open state', () => {
    for (const situation of ['reported', 'rectifying', 'awaiting', 'accepted'] as const) {
      const check = checkHazardAction(factsOf(situation, 'general'), 'report')
      expect(check).toEqual({ allowed: false, code: 'hazard-action-not-allowed', reason: '只有重大事故隐患需要上报，一般事故隐患由学校自行治理。' })
    }
  })

  it('explains a refusal in Chinese', () => {
    expect(checkHazardAction(factsOf('reported', 'general'), 'submit')).toMatchObject({ reason: '“提交验收”只能在“整改中”状态下办理，该隐患目前是“登记”。' })
    expect(checkHazardAction(factsOf('awaiting', 'general'), 'close')).toMatchObject({ reason: '验收通过后才能销号，请先办理验收。' })
    expect(checkHazardAction(factsOf('accepted', 'general'), 'update')).toMatchObject({ reason: '该隐患已验收通过，只能办理销号。' })
    expect(checkHazardAction(factsOf('closed', 'general'), 'report')).toMatchObject({ code: 'hazard-closed' })
  })

  it('lists every state in the table', () => {
    expect(hazardStates).toEqual(['reported', 'rectifying', 'awaiting-acceptance', 'closed'])
  })
})

/** Brings a 重大 hazard to a situation through the services, so every part of the rule is met on the way. */
async function hazardIn(school: HazardSchool, situation: Situation, photo: string): Promise<{ id: number; photoId: number }> {
  const { hazard, photos } = await register(school, { grade: 'major', majorCriteria: ['XF-08'] }, [photo])
  await report(school, hazard.id)
  if (situation !== 'reported') await start(school, hazard.id)
  if (situation === 'awaiting' || situation === 'accepted' || situation === 'closed') await submit(school, hazard.id)
  if (situation === 'accepted' || situation === 'closed') await accept(school, hazard.id)
  if (situation === 'closed') await close(school, hazard.id)
  return { id: hazard.id, photoId: photos[0].id }
}

async function perform(school: HazardSchool, action: HazardAction, id: number, photoId: number, photo: string) {
  const db = school.schoolDb.db
  switch (action) {
    case 'update':
      return updateHazard(db, hazardUpdateInput.parse({ ...registration(school, { grade: 'major', majorCriteria: ['XF-08'] }), id, place: '后厨东墙' }), testNow)
    case 'save-plan':
      return saveHazardPlan(db, plan(school, id), testNow)
    case 'report':
      return report(school, id)
    case 'start-rectification':
      return start(school, id)
    case 'submit':
      return submit(school, id)
    case 'accept':
      return accept(school, id)
    case 'reject':
      return rejectHazard(db, hazardRejectInput.parse({ id, reason: '灭火器型号不符' }), testNow)
    case 'close':
      return close(school, id)
    case 'add-photo':
      return addHazardPhotos(db, id, 'found', [photo], testNow)
    case 'remove-photo':
      return removeHazardPhoto(db, photoId, testNow)
  }
}

describe('hazard services follow the transition table', () => {
  for (const situation of situations) {
    it(`allows and refuses each action in ${situation}`, async () => {
      const school = await hazardSchool()
      const photo = await writePicture(tempFolder(), '现场.jpg', 320, 240)

      for (const action of hazardActions) {
        const { id, photoId } = await hazardIn(school, situation, photo)
        const outcome = expected[action][situation]
        try {
          const detail = await perform(school, action, id, photoId, photo)
          expect({ action, state: detail.hazard.state }).toEqual({ action, state: outcome })
        } catch (error) {
          expect(error).toBeInstanceOf(AppError)
          expect({ action, code: (error as AppError).data.code }).toEqual({ action, code: outcome })
        }
      }
    })
  }
})
