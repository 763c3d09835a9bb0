import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson, genesisHash, sha256Hex } from '../../electron/hazards/ledger'
import { changeExcerpts, verifyHazardLedger, type LedgerReport } from '../../electron/hazards/ledger-verify'
import { generateOutputs } from '../../electron/outputs/generate-outputs'
import { verifyExportPackage } from '../../electron/export-package/verify-package'
import { tempFolder } from '../helpers/temp'
import { accept, close, closedHazard, hazardSchool, register, start, submit, writePicture, type HazardSchool } from './fixture'

const tsx = resolve('node_modules/.bin/tsx')

function cli(...args: string[]) {
  const run = spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Three closed hazards (the second with a photo) and one still open. */
async function ledger(): Promise<HazardSchool & { codes: string[] }> {
  const school = await hazardSchool()
  const photo = await writePicture(tempFolder(), '整改前.jpg', 400, 300)
  const codes: string[] = []
  codes.push((await closedHazard(school, { description: '楼梯扶手松动' })).hazard.code)
  const withPhoto = await register(school, { description: '配电箱门未上锁' }, [photo])
  codes.push(withPhoto.hazard.code)
  codes.push((await closedHazard(school, { description: '消防通道堆放杂物' })).hazard.code)
  await register(school, { description: '还在整改的隐患' })

  // Close the photographed one last, so the chain order differs from the registration order.
  await start(school, withPhoto.hazard.id)
  await submit(school, withPhoto.hazard.id)
  await accept(school, withPhoto.hazard.id)
  await close(school, withPhoto.hazard.id)
  return { ...school, codes }
}

describe('closure chain', () => {
  it('hashes sorted keys, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [true, null, '隐患'] })).toBe('{"a":[true,null,"隐患"],"b":1}')
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('links every closure to the one before, from the genesis value', async () => {
    const school = await ledger()
    const rows = school.schoolDb.sqlite
      .prepare('SELECT code, closure_seq AS seq, previous_hash AS previous, closure_hash AS hash, closure_record AS record FROM hazard WHERE closure_seq IS NOT NULL ORDER BY closure_seq')
      .all() as { code: string; seq: number; previous: string; hash: string; record: string }[]

    expect(rows.map((row) => [row.code, row.seq])).toEqual([
      ['YH-2026-0001', 1],
      ['YH-2026-0003', 2],
      ['YH-2026-0002', 3]
    ])
    expect(rows[0].previous).toBe(genesisHash)
    expect(rows[1].previous).toBe(rows[0].hash)
    expect(rows[2].previous).toBe(rows[1].hash)
    for (const row of rows) expect(sha256Hex(row.record)).toBe(row.hash)

    const report = await verifyHazardLedger(school.schoolDb.db)
    expect(report).toEqual({ ok: true, closures: 3, head: { seq: 3, hash: rows[2].hash, hazardCode: 'YH-2026-0002' }, firstBreak: null })
  })

  it('reports an intact chain from the command line', async () => {
    const school = await ledger()
    const run = cli('verify-ledger', school.schoolDb.file)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^隐患台账校验通过：共 3 条销号记录，链条完整。最后一环是第 3 次销号（YH-2026-0002）/)
  })

  it('detects a closed record edited in SQLite', async () => {
    const school = await ledger()
    school.schoolDb.sqlite.prepare(`UPDATE hazard SET measures = '已全部整改到位' WHERE code = 'YH-2026-0003'`).run()

    const report = await verifyHazardLedger(school.schoolDb.db)
    expect(report.ok).toBe(false)
    expect(report.firstBreak).toMatchObject({ kind: 'content-changed', seq: 2, hazardCode: 'YH-2026-0003' })
    expect(report.firstBreak?.differences).toEqual([{ part: '整改措施', recorded: '更换灭火器，检查其余灭火器压力', current: '已全部整改到位' }])

    const run = cli('verify-ledger', school.schoolDb.file)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('隐患台账校验未通过：第一处断点在第 2 次销号（隐患 YH-2026-0003）。')
    expect(run.stdout).toContain('- 整改措施：销号时为“更换灭火器，检查其余灭火器压力”，现在为“已全部整改到位”')

    const json = cli('verify-ledger', school.schoolDb.file, '--json')
    expect(json.code).toBe(1)
    const parsed = JSON.parse(json.stdout) as LedgerReport
    expect(parsed.firstBreak).toMatchObject({ kind: 'content-changed', seq: 2, hazardCode: 'YH-2026-0003' })
  })

  it('shows the part of a long text where it changed', () => {
    const recorded = '食堂后厨二号灭火器压力表指针在红区，压力不足。'
    const shown = changeExcerpts(`${'前'.repeat(50)}${recorded}`, `${'前'.repeat(50)}${recorded}（已改）`)

    // Twelve unchanged characters lead up to where the texts part.
    expect(shown.recorded).toBe('…表指针在红区，压力不足。')
    expect(shown.current).toBe('…表指针在红区，压力不足。（已改）')
    expect(changeExcerpts('甲乙', '甲丙')).toEqual({ recorded: '甲乙', current: '甲丙' })
  })

  it('warns in the outputs result when the chain is broken', async () => {
    const school = await ledger()
    school.schoolDb.sqlite.prepare(`UPDATE hazard SET measures = '已全部整改到位' WHERE code = 'YH-2026-0003'`).run()

    const folder = tempFolder()
    const result = await generateOutputs(school.schoolDb.file, folder, () => undefined)
    expect(result.ledgerWarning).toContain('隐患 YH-2026-0003 销号后被改动')
    expect(result.files.some((file) => file.kind === 'zip')).toBe(true)

    // The bureau's check of the package reports it too.
    const verified = await verifyExportPackage(join(folder, result.packageFile))
    expect(verified.ok).toBe(false)
    expect(verified.problems.map((problem) => problem.code)).toEqual(['hazard-ledger-broken'])
    expect(verified.problems[0].message).toContain('隐患 YH-2026-0003 销号后被改动')
  }, 120_000)

  it('records an intact chain in the package, which verifies', async () => {
    const school = await ledger()
    const folder = tempFolder()
    const result = await generateOutputs(school.schoolDb.file, folder, () => undefined)

    expect(result.ledgerWarning).toBe('')
    expect((await verifyExportPackage(join(folder, result.packageFile))).ok).toBe(true)
  }, 120_000)

  it('detects a record and its archive edited together, and a history line changed', async () => {
    const school = await ledger()
    const sqlite = school.schoolDb.sqlite
    sqlite.prepare(`UPDATE hazard SET acceptor_name = '王建国', closure_record = replace(closure_record, '刘德福', '王建国') WHERE code = 'YH-2026-0001'`).run()
    const report = await verifyHazardLedger(school.schoolDb.db)
    expect(report.firstBreak).toMatchObject({ kind: 'content-changed', seq: 1, hazardCode: 'YH-2026-0001' })
    expect(report.firstBreak?.message).toMatch(/销号时保存的存档也被改动过/)

    const other = await ledger()
    other.schoolDb.sqlite.prepare(`UPDATE hazard_event SET note = '验收人：王建国' WHERE action = 'accept' AND hazard_id = (SELECT id FROM hazard WHERE code = 'YH-2026-0003')`).run()
    const history = await verifyHazardLedger(other.schoolDb.db)
    expect(history.firstBreak).toMatchObject({ kind: 'content-changed', hazardCode: 'YH-2026-0003' })
    expect(history.firstBreak?.differences[0].part).toMatch(/^办理记录 \d+$/)
  })

  it('detects a replaced photo', async () => {
    const school = await ledger()
    school.schoolDb.sqlite.prepare(`UPDATE hazard_photo SET bytes = x'ffd8ffe000104a464946' WHERE id = 1`).run()
    const report = await verifyHazardLedger(school.schoolDb.db)
    expect(report.firstBreak).toMatchObject({ kind: 'photo-changed', seq: 3, hazardCode: 'YH-2026-0002' })
  })

  it('detects a closed record removed from the middle of the chain', async () => {
    const school = await ledger()
    school.schoolDb.sqlite.pragma('foreign_keys = OFF')
    school.schoolDb.sqlite.prepare(`DELETE FROM hazard WHERE code = 'YH-2026-0003'`).run()
    const report = await verifyHazardLedger(school.schoolDb.db)
    expect(report.firstBreak).toMatchObject({ kind: 'sequence-gap', seq: 2, hazardCode: 'YH-2026-0002' })
  })

  it('detects a hazard marked closed without going through 销号', async () => {
    const school = await ledger()
    school.schoolDb.sqlite.prepare(`UPDATE hazard SET state = 'closed' WHERE description = '还在整改的隐患'`).run()
    const report = await verifyHazardLedger(school.schoolDb.db)
    expect(report.firstBreak).toMatchObject({ kind: 'closed-unsealed', seq: null, hazardCode: 'YH-2026-0004' })
  })

  it('survives removing a person from the roster', async () => {
    const school = await ledger()
    school.schoolDb.sqlite.prepare('DELETE FROM staff WHERE id = ?').run(school.caretaker)
    expect((await verifyHazardLedger(school.schoolDb.db)).ok).toBe(true)
  })
})
