import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { summariseTraining } from '../../shared/domain/training-summary'
import type { SchoolData } from '../../shared/exchange/school-data'
import { buildDemoSchool } from '../../electron/demo/demo-school'
import { readSchoolSnapshot } from '../../electron/outputs/generate-outputs'
import type { StoredFiles } from '../../electron/outputs/stored-files'
import { tempFolder } from '../helpers/temp'

let data: SchoolData
let files: StoredFiles

beforeAll(async () => {
  const file = join(tempFolder('demo-records-'), '示范学校.school')
  await buildDemoSchool(file)
  const snapshot = await readSchoolSnapshot(file)
  data = snapshot.data
  files = snapshot.files
})

describe('sample school records', () => {
  it('has a term of trainings of every usual kind', () => {
    const trainings = data.trainings ?? []
    expect(trainings).toHaveLength(6)
    expect(new Set(trainings.map((training) => training.kind))).toEqual(new Set(['all-staff', 'induction', 'special', 'drill', 'safety-class']))
    expect(trainings.every((training) => training.attendeeIds.length > 0)).toBe(true)
    const attachments = trainings.flatMap((training) => training.attachments)
    expect(attachments.map((attachment) => attachment.kind).sort()).toEqual(['document', 'photo', 'photo', 'photo'])
    for (const attachment of attachments) expect(files.get(attachment.sha256), attachment.name).toBeDefined()
  })

  it('leaves three people untrained this term', () => {
    const summary = summariseTraining({ staff: data.staff, trainings: data.trainings ?? [], on: '2026-12-04' })
    const names = summary.people.filter((person) => person.untrained).map((person) => person.name)
    expect(names.sort()).toEqual(['华秀英', '严华', '魏长江'].sort())
    expect(summary.termSessions).toBe(6)
  })

  it('has rewards for a person and a department and a penalty', () => {
    const incentives = data.incentives ?? []
    expect(incentives).toHaveLength(4)
    expect(incentives.filter((incentive) => incentive.kind === 'reward')).toHaveLength(3)
    expect(incentives.some((incentive) => incentive.kind === 'reward' && incentive.targetKind === 'department')).toBe(true)
    expect(incentives.find((incentive) => incentive.kind === 'penalty')?.reason).toContain('未按排查计划开展')
    expect(incentives.every((incentive) => incentive.basis.startsWith('《'))).toBe(true)
  })
})
