import { describe, expect, it } from 'vitest'
import { parseRiskListFile, type ParseOptions } from '../../electron/risk-import/parse'
import { defaultValueTables } from '../../shared/grading/value-tables'
import type { ImportPreview, ParsedRiskRow } from '../../shared/risk-import'
import { tempFolder } from '../helpers/temp'
import {
  cleanList,
  digitLevels,
  fourLevelWords,
  fullWidthTraditional,
  letterScale,
  levelConflict,
  listOnSecondSheet,
  lsList,
  mergedHierarchy,
  messyList,
  notDataRows,
  offScaleFactors,
  pagedList,
  scoreLevelCell,
  threeColours,
  threeLevelScheme,
  threeRowHeader,
  unknownHazardHeader,
  wpsLike
} from './fixtures'
import { writeWorkbook, type SheetSpec } from './workbooks'

async function parse(sheets: SheetSpec[], options: Partial<ParseOptions> = {}): Promise<ImportPreview> {
  const file = await writeWorkbook(tempFolder(), '风险清单.xlsx', sheets)
  return parseRiskListFile(file, { tables: defaultValueTables, ...options })
}

/** Picks the parts of each row most checks compare: row, point, method, score, level and level source. */
function levels(preview: ImportPreview) {
  return preview.rows.map((row) => [row.row, row.pointName, row.method, row.score, row.level, row.levelSource])
}

function measures(row: ParsedRiskRow) {
  return row.measures.map((measure) => `${measure.category}:${measure.content}`)
}

function questionIds(preview: ImportPreview) {
  return preview.questions.map((question) => question.id)
}

describe('risk list parse', () => {
  it('reads a clean one-row LEC list', async () => {
    const preview = await parse(cleanList)

    expect(preview.sheet).toBe('风险清单')
    expect(preview.headerRows).toEqual([1])
    expect(preview.method).toBe('lec')
    expect(preview.mappingSource).toBe('detected')
    expect(preview.mapping.map((column) => `${column.column}:${column.field}`)).toEqual([
      'A:serial', 'B:pointName', 'C:pointType', 'D:area', 'E:hazard', 'F:accidentTypes', 'G:l', 'H:e', 'I:c', 'J:score',
      'K:level', 'L:measures', 'M:controlLevel', 'N:post', 'O:person'
    ])
    expect(levels(preview)).toEqual([
      [2, '教学楼楼梯', 'lec', 126, 'medium', 'computed'],
      [3, '学生食堂', 'lec', 270, 'high', 'computed'],
      [4, '校园配电室', 'lec', 90, 'medium', 'computed'],
      [5, '体育课', 'lec', 27, 'low', 'computed']
    ])
    expect(preview.rows.map((row) => row.accidentTypes)).toEqual([['S01'], ['S02'], ['05', '08'], ['S10']])
    expect(preview.rows.map((row) => [row.pointKind, row.pointKindSource, row.area, row.controlLevel, row.post])).toEqual([
      ['facility', 'column', '教学区', 'grade', '班主任'],
      ['facility', 'column', '生活区', 'department', '食堂管理员'],
      ['facility', 'column', '后勤区', 'department', '电工'],
      ['activity', 'column', '操场', 'post', '体育教师']
    ])
    expect(preview.rows[0].factors).toEqual({ l: 3, e: 6, c: 7, s: null })
    expect(preview.rows[0].person).toBe('张老师')
    expect(measures(preview.rows[0])).toEqual(['management:安排教师课间值守', 'management:楼梯张贴靠右行走标识'])
    expect(measures(preview.rows[1])).toEqual(['engineering:安装紫外线消毒灯', 'management:落实索证索票制度', 'management:食品留样48小时'])
    expect(measures(preview.rows[2])).toEqual(['management:配电室上锁，电工持证上岗'])
    expect(preview.skipped).toEqual([])
    expect(preview.questions).toEqual([])
    expect(preview.warnings.map((warning) => warning.code)).toEqual(['factor-type-guessed'])
    expect(preview.counts).toMatchObject({ dataRows: 4, riskPoints: 4, risks: 4, measures: 7, questions: 0, levels: { major: 0, high: 1, medium: 2, low: 1, pending: 0 } })
  })

  it('fills merged hierarchy cells and leaves a blank measure blank', async () => {
    const preview = await parse(mergedHierarchy)

    expect(preview.rows.map((row) => [row.row, row.area, row.pointName, row.department, row.level])).toEqual([
      [2, '教学区', '教学楼', '总务处', 'medium'],
      [3, '教学区', '教学楼', '总务处', 'high'],
      [4, '教学区', '教学楼', '总务处', 'low'],
      [5, '教学区', '实验室', '教务处', 'high'],
      [6, '教学区', '实验室', '教务处', 'medium']
    ])
    expect(preview.rows.map(measures)).toEqual([
      ['engineering:更换松动扶手', 'management:每周检查扶手'],
      ['management:安装限位器前禁止学生开窗'],
      ['engineering:铺设防滑垫', 'management:雨天及时拖干地面'],
      ['engineering:设置危化品专柜', 'management:双人双锁管理'],
      ['engineering:配备灭火毯', 'management:实验前讲解操作规程']
    ])
    expect(preview.rows.map((row) => row.accidentTypes)).toEqual([['20'], ['09'], ['20'], ['19'], ['08']])
    expect(preview.rows.every((row) => row.method === 'direct' && row.levelSource === 'typed')).toBe(true)
    expect(preview.rows.map((row) => [row.pointKind, row.pointKindSource])).toEqual(Array(5).fill(['facility', 'guessed']))
    expect(preview.questions).toEqual([])
    expect(preview.warnings.find((warning) => warning.code === 'point-kind-guessed')?.message).toContain('表中没有“类型”列，2 个风险点的类型是按名称推断的（设施场所：教学楼、实验室）')
  })

  it('skips page titles and headers repeated on every page', async () => {
    const preview = await parse(pagedList())

    expect(preview.headerRows).toEqual([2])
    const expectedRows = [...range(3, 22), ...range(25, 44), ...range(47, 50)]
    expect(preview.rows.map((row) => row.row)).toEqual(expectedRows)
    expect(preview.rows.map((row) => row.hazard)).toEqual(range(1, 44).map((index) => `设施第 ${index} 处破损`))
    expect(preview.skipped.map((row) => [row.row, row.reason])).toEqual([
      [23, '标题行'],
      [24, '重复的表头行'],
      [45, '标题行'],
      [46, '重复的表头行']
    ])
    expect(preview.counts.levels).toEqual({ major: 11, high: 11, medium: 11, low: 11, pending: 0 })
    expect(preview.questions).toEqual([])
  })

  it('reads a three-row header with evaluation and measure groups', async () => {
    const preview = await parse(threeRowHeader)

    expect(preview.headerRows).toEqual([1, 2, 3])
    expect(preview.mapping.map((column) => [column.column, column.field, column.header])).toEqual([
      ['A', 'serial', '序号'],
      ['B', 'pointName', '风险点'],
      ['C', 'hazard', '危险有害因素'],
      ['D', 'accidentTypes', '可能导致的事故类型'],
      ['E', 'l', '风险评价/LEC法/L'],
      ['F', 'e', '风险评价/LEC法/E'],
      ['G', 'c', '风险评价/LEC法/C'],
      ['H', 'score', '风险评价/LEC法/D'],
      ['I', 'level', '风险等级'],
      ['J', 'measureEngineering', '管控措施/现有控制措施/工程技术'],
      ['K', 'measureManagement', '管控措施/现有控制措施/管理'],
      ['L', 'measureTraining', '管控措施/现有控制措施/培训教育'],
      ['M', 'measureProtective', '管控措施/现有控制措施/个体防护'],
      ['N', 'measureEmergency', '管控措施/现有控制措施/应急处置'],
      ['O', 'controlLevel', '管控层级'],
      ['P', 'post', '责任岗位']
    ])
    expect(levels(preview)).toEqual([
      [4, '校车接送', 'lec', 720, 'major', 'computed'],
      [5, '学生宿舍', 'lec', 270, 'high', 'computed'],
      [6, '游泳教学', 'lec', 45, 'low', 'computed']
    ])
    expect(measures(preview.rows[0])).toEqual([
      'engineering:安装校车卫星定位监控',
      'management:核定载客人数',
      'management:每日出车前安全检查',
      'training:驾驶员每月安全培训',
      'protective:配备安全锤',
      'emergency:制定校车事故应急预案'
    ])
    expect(measures(preview.rows[1])).toEqual(['engineering:安装限流器', 'management:每晚查寝', 'training:开展用电安全教育', 'emergency:配备灭火器'])
    expect(preview.rows.map((row) => row.accidentTypes)).toEqual([['02'], ['05', '08'], ['06']])
    expect(preview.rows.map((row) => [row.pointKind, row.controlLevel])).toEqual([
      ['activity', 'school'],
      ['facility', 'department'],
      ['activity', 'post']
    ])
    expect(preview.questions).toEqual([])
  })

  it('splits a "D/分级" cell into score and level', async () => {
    const preview = await parse(scoreLevelCell)

    expect(preview.mapping.find((column) => column.field === 'scoreLevel')).toEqual({ field: 'scoreLevel', column: 'G', header: 'D/分级' })
    expect(levels(preview)).toEqual([
      [2, '学生食堂', 'lec', 270, 'high', 'computed'],
      [3, '教学楼', 'lec', 90, 'medium', 'computed'],
      [4, '校门口', 'lec', 126, 'medium', 'computed']
    ])
    expect(preview.rows.map((row) => row.levelText)).toEqual(['较大', '一般', '一般'])
    expect(preview.rows[0].accidentTypes).toEqual(['18', '08'])
    expect(preview.questions).toEqual([])
    expect(preview.warnings.map((warning) => warning.code)).not.toContain('score-mismatch')
  })

  it('asks about a three-level scheme whose legend makes Ⅱ yellow', async () => {
    const preview = await parse(threeLevelScheme)

    expect(preview.headerRows).toEqual([2])
    expect(preview.skipped).toEqual([{ row: 6, reason: '图例行', text: 'Ⅰ级-红 Ⅱ级-黄 Ⅲ级-蓝' }])
    expect(preview.rows.map((row) => row.level)).toEqual([null, null, null])
    expect(preview.questions).toEqual([
      {
        id: 'level-scheme',
        kind: 'level-scheme',
        cell: 'D3',
        cells: ['D3', 'D4', 'D5'],
        rows: [3, 4, 5],
        value: 'Ⅱ级',
        prompt: '表中的风险等级只用了三级（Ⅰ级、Ⅱ级、Ⅲ级），图例写明Ⅱ级为黄色，可能是三级分级，不能直接对应本软件的四级（重大、较大、一般、低）。请选择对应方式：',
        options: [
          { value: 'by-colour', label: '按颜色对应：Ⅰ级（红）→重大风险，Ⅱ级（黄）→一般风险，Ⅲ级（蓝）→低风险' },
          { value: 'in-order', label: '按级别顺序对应：Ⅰ级→重大风险，Ⅱ级→较大风险，Ⅲ级→一般风险' }
        ]
      }
    ])
    expect(preview.counts.levels.pending).toBe(3)

    const byColour = await parse(threeLevelScheme, { answers: { 'level-scheme': 'by-colour' } })
    expect(byColour.questions).toEqual([])
    expect(levels(byColour)).toEqual([
      [3, '大型玩具', 'direct', null, 'medium', 'answered'],
      [4, '幼儿园大门', 'direct', null, 'major', 'answered'],
      [5, '午睡室', 'direct', null, 'low', 'answered']
    ])
    const inOrder = await parse(threeLevelScheme, { answers: { 'level-scheme': 'in-order' } })
    expect(inOrder.rows.map((row) => row.level)).toEqual(['high', 'major', 'medium'])
  })

  it('reads the four levels in every usual form', async () => {
    const preview = await parse(fourLevelWords)

    expect(preview.questions).toEqual([])
    expect(preview.rows.map((row) => [row.levelText, row.level, row.levelSource])).toEqual([
      ['重大', 'major', 'typed'],
      ['I级', 'major', 'typed'],
      ['一级', 'major', 'typed'],
      ['1级', 'major', 'typed'],
      ['红色', 'major', 'typed'],
      ['较大', 'high', 'typed'],
      ['Ⅱ', 'high', 'typed'],
      ['二级', 'high', 'typed'],
      ['橙', 'high', 'typed'],
      ['一般', 'medium', 'typed'],
      ['Ⅲ级', 'medium', 'typed'],
      ['三级', 'medium', 'typed'],
      ['黄', 'medium', 'typed'],
      ['低', 'low', 'typed'],
      ['Ⅳ级', 'low', 'typed'],
      ['四级', 'low', 'typed'],
      ['蓝', 'low', 'typed'],
      ['轻微', 'low', 'typed'],
      ['Ⅱ级（较大）', 'high', 'typed']
    ])
  })

  it('reads full-width digits and letters and traditional characters', async () => {
    const preview = await parse(fullWidthTraditional)

    expect(preview.mapping.map((column) => column.field)).toEqual(['pointName', 'hazard', 'accidentTypes', 'l', 'e', 'c', 'score', 'level', 'measures'])
    expect(levels(preview)).toEqual([
      [2, '實驗室', 'lec', 270, 'high', 'computed'],
      [3, '操場', 'lec', 42, 'low', 'computed']
    ])
    expect(preview.rows[0].factors).toEqual({ l: 3, e: 6, c: 15, s: null })
    expect(preview.rows[0].levelText).toBe('較大 風險')
    expect(preview.rows.map((row) => row.accidentTypes)).toEqual([['19'], ['20']])
    expect(preview.questions).toEqual([])
  })

  it('asks when a typed level disagrees with the computed one', async () => {
    const preview = await parse(levelConflict)

    expect(levels(preview)).toEqual([
      [2, '锅炉房', 'direct', null, null, null],
      [3, '围墙', 'lec', 270, 'high', 'computed'],
      [4, '旗杆', 'direct', null, null, null]
    ])
    expect(preview.questions).toHaveLength(2)
    expect(preview.questions[0]).toEqual({
      id: 'level-conflict:G2',
      groupId: 'level-conflict:high>medium',
      kind: 'level-conflict',
      cell: 'G2',
      cells: ['G2'],
      rows: [2],
      value: '较大风险',
      prompt: '第 2 行填写的风险等级是“较大风险”（G2“较大风险”），但按 L=3、E=6、C=7，D=126 应为“一般风险”。按哪一个导入？',
      options: [
        { value: 'typed', label: '按表中填写的“较大风险”（不用分值，直接判定）' },
        { value: 'computed', label: '按 L=3、E=6、C=7，D=126 得出的“一般风险”' }
      ]
    })
    expect(questionIds(preview)).toEqual(['level-conflict:G2', 'level-conflict:G4'])

    const oneByOne = await parse(levelConflict, { answers: { 'level-conflict:G2': 'typed', 'level-conflict:G4': 'computed' } })
    expect(levels(oneByOne)).toEqual([
      [2, '锅炉房', 'direct', null, 'high', 'answered'],
      [3, '围墙', 'lec', 270, 'high', 'computed'],
      [4, '旗杆', 'lec', 126, 'medium', 'answered']
    ])
    const forAll = await parse(levelConflict, { answers: { 'level-conflict:high>medium': 'computed' } })
    expect(forAll.questions).toEqual([])
    expect(forAll.rows.map((row) => row.level)).toEqual(['medium', 'high', 'medium'])
  })

  it('asks about factors off the school scale instead of importing them', async () => {
    const preview = await parse(offScaleFactors)

    expect(preview.rows.map((row) => row.level)).toEqual([null, null, null])
    expect(preview.questions.map((question) => [question.id, question.cells, question.value])).toEqual([
      ['factor-value:L:5', ['D2', 'D4'], '5'],
      ['factor-value:C:20', ['F3', 'F4'], '20']
    ])
    expect(preview.questions[0].prompt).toBe('D2 的 L 值“5”不在本校 LEC 评价标准的分值表中（可选 10、6、3、1、0.5、0.2、0.1）。L 列中所有“5”应按哪个分值计算？')
    expect(preview.questions[0].options.map((option) => option.value)).toEqual(['10', '6', '3', '1', '0.5', '0.2', '0.1', 'direct'])

    const answered = await parse(offScaleFactors, { answers: { 'factor-value:L:5': '6', 'factor-value:C:20': 'direct' } })
    expect(answered.questions).toEqual([])
    expect(levels(answered)).toEqual([
      [2, '电梯', 'lec', 252, 'high', 'computed'],
      [3, '配电房', 'direct', null, 'high', 'typed'],
      [4, '屋顶', 'direct', null, 'high', 'typed']
    ])
    expect(answered.rows[0].factors).toEqual({ l: 6, e: 6, c: 7, s: null })
  })

  it('skips section titles, spacers, totals, signatures and notes', async () => {
    const preview = await parse(notDataRows)

    expect(preview.rows.map((row) => [row.row, row.pointName, row.section, row.area, row.level])).toEqual([
      [3, '教学楼', '一、教学区', '教学区', 'medium'],
      [6, '学生宿舍', '二、生活区', '生活区', 'high']
    ])
    expect(preview.skipped).toEqual([
      { row: 2, reason: '分区标题行', text: '一、教学区' },
      { row: 4, reason: '空行', text: '' },
      { row: 5, reason: '分区标题行', text: '二、生活区' },
      { row: 7, reason: '合计行', text: '合计 | 共 2 项' },
      { row: 8, reason: '签字和日期行', text: '编制人：王某 | 审核人：李某 | 日期：2026年3月' },
      { row: 9, reason: '注释和说明行', text: '注：风险等级按本校评价标准判定。' }
    ])
    expect(preview.warnings.find((warning) => warning.code === 'area-from-section')?.message).toBe(
      '表中没有“区域”列，第 3、6 行的所在区域按上方的分区标题填写（如“一、教学区”→“教学区”）。'
    )
    expect(preview.questions).toEqual([])
  })

  it('asks what letters A–D mean when there is no legend', async () => {
    const preview = await parse(letterScale)

    expect(preview.questions.map((question) => [question.id, question.kind, question.cells])).toEqual([['level-scale:letter', 'level-scale', ['D2', 'D3', 'D4']]])
    expect(preview.questions[0].prompt).toBe('D 列“风险级别”用字母 A–D 表示风险等级，表中没有说明 A 是最高还是最低。请选择：')
    expect(preview.questions[0].options).toEqual([
      { value: 'a-highest', label: 'A 为最高：A→重大风险，B→较大风险，C→一般风险，D→低风险' },
      { value: 'a-lowest', label: 'A 为最低：A→低风险，B→一般风险，C→较大风险，D→重大风险' }
    ])
    expect(preview.rows.map((row) => row.level)).toEqual([null, null, null])

    const answered = await parse(letterScale, { answers: { 'level-scale:letter': 'a-highest' } })
    expect(answered.rows.map((row) => [row.level, row.levelSource])).toEqual([
      ['major', 'answered'],
      ['medium', 'answered'],
      ['low', 'answered']
    ])
  })

  it('asks what bare digits 1–4 mean unless the header says', async () => {
    const preview = await parse(digitLevels())

    expect(preview.questions.map((question) => [question.id, question.cells])).toEqual([['level-scale:digit', ['D2', 'D3', 'D4', 'D5']]])
    expect(preview.questions[0].options.map((option) => option.value)).toEqual(['one-highest', 'one-lowest'])
    const lowest = await parse(digitLevels(), { answers: { 'level-scale:digit': 'one-lowest' } })
    expect(lowest.rows.map((row) => row.level)).toEqual(['low', 'medium', 'high', 'major'])

    const hinted = await parse(digitLevels('风险等级（1级最高）'))
    expect(hinted.questions).toEqual([])
    expect(hinted.rows.map((row) => [row.level, row.levelSource])).toEqual([
      ['major', 'typed'],
      ['high', 'typed'],
      ['medium', 'typed'],
      ['low', 'typed']
    ])
  })

  it('reads shared formulas and rich text as WPS saves them', async () => {
    const preview = await parse(wpsLike)

    expect(levels(preview)).toEqual([
      [2, '厨房', 'lec', 270, 'high', 'computed'],
      [3, '锅炉房', 'lec', 240, 'high', 'computed'],
      [4, '游泳池', 'lec', 126, 'medium', 'computed']
    ])
    expect(preview.rows[0].hazard).toBe('油锅起火')
    expect(preview.rows[0].levelText).toBe('较大风险')
    expect(preview.warnings.find((warning) => warning.code === 'formula-without-result')).toEqual({
      code: 'formula-without-result',
      row: 4,
      cell: 'G4',
      message: 'G4 是共享公式（同 G2），文件中没有保存它的计算结果（文件可能不是用 Excel 或 WPS 保存的），按空白处理。可在 Excel 或 WPS 中打开并保存后再导入。'
    })
    expect(preview.questions).toEqual([])
  })

  it('asks about names, kinds, values and merged cells it cannot settle', async () => {
    const preview = await parse(messyList)

    expect(questionIds(preview)).toEqual([
      'merged-cell:I5:I6',
      'point-name-missing:A4',
      'factor-value:L:较高',
      'accident-type:意外',
      'accident-type:溺水',
      'point-kind:游泳池'
    ])
    const byId = new Map(preview.questions.map((question) => [question.id, question]))
    expect(byId.get('merged-cell:I5:I6')).toMatchObject({ groupId: 'merged-cell:I', cells: ['I6'], value: '开展防溺水教育' })
    expect(byId.get('point-name-missing:A4')?.prompt).toBe(
      '第 4 行没有填写风险点名称（A4 为空，也不是合并单元格）。这项风险（更衣室地面湿滑）是否归入上一个风险点“游泳池”？'
    )
    expect(byId.get('factor-value:L:较高')?.prompt).toBe('E4 的 L 值“较高”不是数字。L 列中所有“较高”应按哪个分值计算？')
    expect(byId.get('accident-type:溺水')?.options.map((option) => option.value)).toEqual(['06', 'S07'])
    expect(byId.get('point-kind:游泳池')?.cells).toEqual(['B2', 'B3', 'B4'])
    expect(preview.rows.map((row) => row.accidentTypes)).toEqual([['06'], ['06'], ['20'], ['S07'], []])
    expect(preview.rows[4].questionIds).toEqual(['merged-cell:I5:I6', 'accident-type:溺水'])

    const answered = await parse(messyList, {
      answers: {
        'merged-cell:I': 'all',
        'point-name-missing': 'previous',
        'factor-value:L:较高': '6',
        'accident-type:意外': 'ignore',
        'accident-type:溺水': 'S07',
        'point-kind:游泳池': 'facility'
      }
    })
    expect(answered.questions).toEqual([])
    expect(levels(answered)).toEqual([
      [2, '游泳池', 'lec', 270, 'high', 'computed'],
      [3, '游泳池', 'lec', 270, 'high', 'computed'],
      [4, '游泳池', 'lec', 108, 'medium', 'computed'],
      [5, '学校周边', 'lec', 135, 'medium', 'computed'],
      [6, '水边', 'lec', 45, 'low', 'computed']
    ])
    expect(answered.rows.map((row) => [row.pointKind, row.pointKindSource])).toEqual([
      ['facility', 'answered'],
      ['facility', 'answered'],
      ['facility', 'answered'],
      ['facility', 'column'],
      ['facility', 'column']
    ])
    expect(answered.rows.map((row) => row.accidentTypes)).toEqual([['06'], ['06'], ['20'], ['S07'], ['S07']])
    expect(answered.rows[4].measures).toEqual([{ category: 'management', content: '开展防溺水教育' }])
  })

  it('reads LS lists and asks about unreadable levels and missing ones', async () => {
    const preview = await parse(lsList)

    expect(preview.method).toBe('ls')
    expect(preview.mapping.slice(3, 6).map((column) => `${column.column}:${column.field}`)).toEqual(['D:l', 'E:s', 'F:score'])
    expect(levels(preview)).toEqual([
      [2, '配电室', 'ls', 16, 'high', 'computed'],
      [3, '食堂', 'direct', null, null, null],
      [4, '操场', 'direct', null, null, null],
      [5, '围墙', 'direct', null, null, null]
    ])
    expect(preview.warnings.find((warning) => warning.code === 'score-mismatch')).toEqual({
      code: 'score-mismatch',
      row: 2,
      cell: 'F2',
      message: 'F2 填写的 R=12，与 L=4、S=4 的乘积 16 不符，已按乘积 16 计算。'
    })
    expect(preview.questions.map((question) => [question.id, question.groupId, question.cells])).toEqual([
      ['level-value:中', undefined, ['G3']],
      ['factor-value:S:6', undefined, ['E4']],
      ['level-missing:G5', 'level-missing', ['G5']]
    ])
    expect(preview.questions[0].prompt).toBe('G3 的风险等级“中”无法识别。表中所有填写“中”的等级应按哪一级导入？')
    expect(preview.questions[0].options.map((option) => option.value)).toEqual(['major', 'high', 'medium', 'low', 'computed'])
    expect(preview.questions[1].options.map((option) => option.value)).toEqual(['5', '4', '3', '2', '1', 'direct'])

    // S = 5 would make R = 10, 较大, against the typed 一般: that answer would raise a conflict question.
    const cascading = await parse(lsList, { answers: { 'level-value:中': 'computed', 'factor-value:S:6': '5', 'level-missing': 'low' } })
    expect(cascading.questions.map((question) => question.id)).toEqual(['level-conflict:G4'])

    const answered = await parse(lsList, { answers: { 'level-value:中': 'computed', 'factor-value:S:6': '4', 'level-missing': 'low' } })
    expect(answered.questions).toEqual([])
    expect(levels(answered)).toEqual([
      [2, '配电室', 'ls', 16, 'high', 'computed'],
      [3, '食堂', 'ls', 6, 'medium', 'answered'],
      [4, '操场', 'ls', 8, 'medium', 'computed'],
      [5, '围墙', 'direct', null, 'low', 'answered']
    ])
  })

  it('asks about a three-colour scheme without a legend', async () => {
    const preview = await parse(threeColours)

    expect(preview.mapping.find((column) => column.field === 'colour')).toEqual({ field: 'colour', column: 'D', header: '风险颜色' })
    expect(preview.questions.map((question) => [question.id, question.cells, question.options])).toEqual([
      [
        'level-scheme',
        ['D2', 'D3', 'D4'],
        [
          { value: 'by-colour', label: '按颜色对应：红→重大风险，黄→一般风险，蓝→低风险' },
          { value: 'in-order', label: '按顺序对应：红→重大风险，黄→较大风险，蓝→一般风险' }
        ]
      ]
    ])
    const inOrder = await parse(threeColours, { answers: { 'level-scheme': 'in-order' } })
    expect(inOrder.rows.map((row) => row.level)).toEqual(['major', 'high', 'medium'])
  })

  it('reports answers that match no question or no option', async () => {
    const preview = await parse(letterScale, { answers: { 'level-scale:letter': 'z-first', 'level-scheme': 'by-colour' } })

    expect(questionIds(preview)).toEqual(['level-scale:letter'])
    expect(preview.warnings.filter((warning) => warning.code.startsWith('answer-'))).toEqual([
      { code: 'answer-not-an-option', answer: 'level-scale:letter', message: '对问题“level-scale:letter”的回答“z-first”不是可选项之一，该问题仍未回答。' },
      { code: 'answer-unused', answer: 'level-scheme', message: '回答“level-scheme”没有对应的问题（表格或列对应关系可能已改变），已忽略。' }
    ])
  })

  it('chooses the sheet by header or name', async () => {
    const preview = await parse(listOnSecondSheet)
    expect(preview.sheets).toEqual(['填表说明', '风险清单'])
    expect(preview.sheet).toBe('风险清单')

    await expect(parse(listOnSecondSheet, { sheet: '隐患台账' })).rejects.toMatchObject({
      data: { code: 'import-sheet-not-found', file: '风险清单.xlsx', value: '隐患台账', allowed: ['填表说明', '风险清单'] }
    })
    await expect(parse(listOnSecondSheet, { sheet: '填表说明' })).rejects.toMatchObject({
      data: { code: 'import-header-not-found', value: '填表说明' }
    })
  })

  it('needs a mapping for a header it cannot read, then uses it', async () => {
    await expect(parse(unknownHazardHeader)).rejects.toMatchObject({
      data: { code: 'import-header-not-found', detail: '表头中没有找到“危险源（危险有害因素）”列，请在列对应关系中指定是哪一列' }
    })

    const mapped = await parse(unknownHazardHeader, { mapping: { hazard: 'C' } })
    expect(mapped.mappingSource).toBe('given')
    expect(mapped.mapping.find((column) => column.field === 'hazard')).toEqual({ field: 'hazard', column: 'C', header: '情况描述' })
    expect(mapped.rows.map((row) => [row.pointName, row.hazard, row.level])).toEqual([
      ['教学楼', '楼梯扶手松动', 'medium'],
      ['操场', '单杠锈蚀', 'low']
    ])

    const saved = await parse(unknownHazardHeader, { savedMappings: { [mapped.signature]: { hazard: 'C' } } })
    expect(saved.mappingSource).toBe('saved')
    expect(saved.rows).toHaveLength(2)
  })

  it('lets a mapping take a column from another field or drop one', async () => {
    const preview = await parse(cleanList, { mapping: { consequence: 'E', hazard: 'B', pointName: 'D', area: null } })

    expect(preview.mapping.map((column) => `${column.column}:${column.field}`).slice(0, 5)).toEqual(['A:serial', 'B:hazard', 'C:pointType', 'D:pointName', 'E:consequence'])
    expect(preview.rows[0]).toMatchObject({ pointName: '教学区', hazard: '教学楼楼梯', consequence: '课间学生在楼梯追逐打闹', area: '' })
    expect(preview.unmappedColumns).toEqual([])
  })
})

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}
