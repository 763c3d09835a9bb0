import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSchoolFile, openSchoolFile } from '../../electron/db/school-file'
import { listRiskPoints } from '../../electron/risks/risk-points.service'
import type { ImportPreview } from '../../shared/risk-import'
import { tempFolder, track } from '../helpers/temp'
import { cleanList, threeLevelScheme } from './fixtures'
import { writeWorkbook } from './workbooks'

const tsx = resolve('node_modules/.bin/tsx')

function cli(...args: string[]) {
  const run = spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

async function schoolFile(folder: string): Promise<string> {
  const file = join(folder, '测试学校.school')
  await (await createSchoolFile(file)).close()
  return file
}

async function riskPointCount(file: string): Promise<number> {
  const schoolDb = track(await openSchoolFile(file))
  return (await listRiskPoints(schoolDb.db)).length
}

describe('import-risks command', () => {
  it('prints the parse as JSON on a dry run and writes nothing', async () => {
    const folder = tempFolder()
    const school = await schoolFile(folder)
    const list = await writeWorkbook(folder, '风险清单.xlsx', cleanList)

    const run = cli('import-risks', list, '--school', school, '--dry-run', '--json')

    expect(run.code).toBe(0)
    const preview = JSON.parse(run.stdout) as ImportPreview
    expect(Object.keys(preview)).toEqual([
      'file', 'sheets', 'sheet', 'headerRows', 'signature', 'mapping', 'mappingSource', 'unmappedColumns', 'method', 'rows', 'skipped', 'warnings', 'questions', 'counts'
    ])
    expect(preview.mapping[0]).toEqual({ field: 'serial', column: 'A', header: '序号' })
    expect(preview.rows.map((row) => [row.row, row.pointName, row.level])).toEqual([
      [2, '教学楼楼梯', 'medium'],
      [3, '学生食堂', 'high'],
      [4, '校园配电室', 'medium'],
      [5, '体育课', 'low']
    ])
    expect(preview.questions).toEqual([])
    expect(preview.warnings.map((warning) => warning.code)).toContain('post-not-found')
    expect(await riskPointCount(school)).toBe(0)
  })

  it('refuses with exit code 3 while questions are open, then imports with answers', async () => {
    const folder = tempFolder()
    const school = await schoolFile(folder)
    const list = await writeWorkbook(folder, '三级清单.xlsx', threeLevelScheme)

    const refused = cli('import-risks', list, '--school', school)
    expect(refused.code).toBe(3)
    expect(refused.stderr).toBe('风险清单未导入，学校文件未作任何改动：还有 1 个问题没有回答。\n')
    expect(refused.stdout).toContain('待回答的问题（1 个）：')
    expect(refused.stdout).toContain('[level-scheme] 表中的风险等级只用了三级（Ⅰ级、Ⅱ级、Ⅲ级）')
    expect(refused.stdout).toContain('by-colour：按颜色对应：Ⅰ级（红）→重大风险，Ⅱ级（黄）→一般风险，Ⅲ级（蓝）→低风险')
    expect(await riskPointCount(school)).toBe(0)

    const answers = join(folder, '回答.json')
    writeFileSync(answers, JSON.stringify({ 'level-scheme': 'by-colour' }))
    const imported = cli('import-risks', list, '--school', school, '--answers', answers)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain('已从“三级清单.xlsx”的工作表“风险清单”导入：新建风险点 3 个，归入已有风险点 0 个，风险 3 项，管控措施 3 条；跳过 1 行。')
    expect(await riskPointCount(school)).toBe(3)
  })

  it('names the file when it is not a workbook', async () => {
    const folder = tempFolder()
    const school = await schoolFile(folder)
    const list = join(folder, '风险清单.xlsx')
    writeFileSync(list, '风险点,危险源\n教学楼,楼梯扶手松动\n')

    const run = cli('import-risks', list, '--school', school, '--dry-run')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^错误：“风险清单\.xlsx”无法导入：这是文本或 CSV 文件/)
  })

  it('rejects an answers file that is not JSON', async () => {
    const folder = tempFolder()
    const school = await schoolFile(folder)
    const list = await writeWorkbook(folder, '风险清单.xlsx', cleanList)
    const answers = join(folder, 'answers.json')
    writeFileSync(answers, '{level-scheme: by-colour}')

    const run = cli('import-risks', list, '--school', school, '--answers', answers)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^错误：「--answers 文件」“answers\.json”填写有误：不是有效的 JSON/)
  })
})
