import { accidentTypeName } from '../../shared/domain/accident-types'
import { riskLevelInfo, riskLevels } from '../../shared/domain/levels'
import { importFieldLabels, levelSourceLabels, type ImportPreview, type ImportQuestion, type ImportResult } from '../../shared/risk-import'

/** Human-readable Chinese text of an import preview and result, for the command-line tool. */

const shownRows = 30

const mappingSourceLabels = { detected: '按表头识别', saved: '沿用上次保存的对应关系', given: '按 --mapping 指定' } as const

function levelCounts(preview: ImportPreview): string {
  const parts = riskLevels.map((level) => `${riskLevelInfo[level].shortWord} ${preview.counts.levels[level]}`)
  return `${parts.join('，')}，待定 ${preview.counts.levels.pending}`
}

function rowLine(row: ImportPreview['rows'][number]): string {
  const level = row.level ? `${riskLevelInfo[row.level].word}（${row.levelSource ? levelSourceLabels[row.levelSource] : ''}）` : '等级待定'
  const accidents = row.accidentTypes.map(accidentTypeName).join('、') || '无事故类型'
  return `  第 ${row.row} 行 ${row.pointName}｜${row.hazard.replace(/\s+/g, ' ').slice(0, 30)}｜${accidents}｜${level}｜措施 ${row.measures.length} 条`
}

export function questionLines(questions: readonly ImportQuestion[]): string[] {
  const lines: string[] = []
  for (const question of questions) {
    lines.push(`  [${question.id}] ${question.prompt}`)
    lines.push(`    涉及单元格：${question.cells.join('、')}`)
    for (const option of question.options) lines.push(`    ${option.value}：${option.label}`)
    if (question.groupId) lines.push(`    （用编号 ${question.groupId} 回答，可一次回答所有同类问题）`)
  }
  return lines
}

export function answerHint(questions: readonly ImportQuestion[]): string {
  const example = questions[0] ? `{"${questions[0].id}": "${questions[0].options[0]?.value ?? ''}"}` : '{}'
  return `回答方法：把问题编号和所选选项写入 JSON 文件，如 ${example}，再加上 --answers 文件名 重新运行。`
}

export function previewLines(preview: ImportPreview): string[] {
  const lines = [
    `文件：${preview.file}，工作表：${preview.sheet}（工作簿中的工作表：${preview.sheets.join('、')}）`,
    `表头：第 ${preview.headerRows.join('、')} 行；列对应关系（${mappingSourceLabels[preview.mappingSource]}）：`,
    ...preview.mapping.map((column) => `  ${column.column} 列“${column.header}” → ${importFieldLabels[column.field]}`)
  ]
  if (preview.unmappedColumns.length > 0) {
    lines.push(`未使用的列：${preview.unmappedColumns.map((column) => `${column.column}“${column.header}”`).join('、')}`)
  }

  const counts = preview.counts
  lines.push(`风险 ${counts.risks} 项，风险点 ${counts.riskPoints} 个（其中新建 ${counts.newRiskPoints} 个），管控措施 ${counts.measures} 条；等级：${levelCounts(preview)}`)
  lines.push(...preview.rows.slice(0, shownRows).map(rowLine))
  if (preview.rows.length > shownRows) lines.push(`  ……另有 ${preview.rows.length - shownRows} 行，用 --json 查看全部`)

  if (preview.skipped.length > 0) {
    lines.push(`跳过的行（${preview.skipped.length} 行）：`)
    lines.push(...preview.skipped.map((row) => `  第 ${row.row} 行：${row.reason}${row.text ? `（${row.text}）` : ''}`))
  }
  if (preview.warnings.length > 0) {
    lines.push(`提醒（${preview.warnings.length} 条）：`)
    lines.push(...preview.warnings.map((warning) => `  - ${warning.message}`))
  }
  if (preview.questions.length > 0) {
    lines.push(`待回答的问题（${preview.questions.length} 个）：`)
    lines.push(...questionLines(preview.questions))
    lines.push(answerHint(preview.questions))
  }
  return lines
}

export function resultLines(result: ImportResult): string[] {
  const lines = [
    `已从“${result.file}”的工作表“${result.sheet}”导入：新建风险点 ${result.riskPointsCreated} 个，归入已有风险点 ${result.riskPointsMatched} 个，风险 ${result.risksCreated} 项，管控措施 ${result.measuresCreated} 条；跳过 ${result.skippedRows} 行。`
  ]
  if (result.warnings.length > 0) {
    lines.push(`提醒（${result.warnings.length} 条）：`)
    lines.push(...result.warnings.map((warning) => `  - ${warning.message}`))
  }
  lines.push('导入的管控措施还没有排查项：请在“隐患排查清单”一步中点击“根据管控措施生成排查项”。')
  return lines
}
