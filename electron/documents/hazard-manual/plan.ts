import type { FileChild } from 'docx'
import { checkFrequencies, checkFrequencyLabels, inspectionTypeLabels, type CheckFrequency, type InspectionType } from '../../../shared/domain/checks'
import type { FacilityKey } from '../../../shared/domain/school'
import type { TableCaptions } from '../layout/captions'
import type { Outline } from '../layout/outline'
import { body } from '../layout/paragraphs'
import { table, type CellValue } from '../layout/tables'
import { cleanText } from '../layout/text'
import { portraitTextWidth } from '../layout/units'
import type { SchoolIndex } from '../school/school-index'
import { recordsSummaryPart } from './records-summary'
import { schoolPlanPart } from './school-plan'

interface PlannedInspection {
  item: string
  type: InspectionType
  months: number[]
  owner: string
}

const allMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
/** Months with lessons: the winter break (February) and the summer break (July, August) left out. */
const termMonths = [1, 3, 4, 5, 6, 9, 10, 11, 12]

/** Lists the year's inspections. A special check of a facility is planned only when the school has the facility. */
function plannedInspections(index: SchoolIndex): PlannedInspection[] {
  const { terms } = index
  const has = (key: FacilityKey): boolean => index.data.school.facilities.includes(key)
  const leader = `${terms.head}、分管${terms.deputyHead}`
  const heating = has('boiler') ? '锅炉和取暖设施' : '取暖设施'

  const plan: (PlannedInspection | false)[] = [
    { item: '开学前综合排查', type: 'comprehensive', months: [2, 8], owner: leader },
    { item: '月度综合排查', type: 'comprehensive', months: termMonths, owner: `分管${terms.deputyHead}、双重预防工作办公室` },
    { item: '消防安全专项排查', type: 'special', months: [3, 11], owner: '安全办（保卫处）' },
    { item: '校舍及附属设施安全专项排查', type: 'special', months: [4, 10], owner: '总务处' },
    has('canteen') && { item: '食品安全专项排查', type: 'special', months: [3, 9], owner: '总务处、食堂管理员' },
    has('laboratory') && { item: '实验室危险化学品专项排查', type: 'special', months: [3, 9], owner: '教务处、实验室管理员' },
    has('schoolBus') && { item: '校车安全专项排查', type: 'special', months: [3, 9], owner: '校车管理员' },
    has('pool') && { item: '游泳池安全专项排查', type: 'special', months: [5], owner: '体育组、总务处' },
    { item: '汛期前排查（防汛、防雷、防溺水）', type: 'seasonal', months: [5], owner: '总务处、安全办' },
    { item: '夏季排查（防暑、防溺水、食品安全）', type: 'seasonal', months: [6], owner: '安全办、德育处' },
    { item: `冬季取暖前排查（${heating}、燃气、防一氧化碳中毒）`, type: 'seasonal', months: [11], owner: '总务处' },
    { item: '冬季防冻防滑排查', type: 'seasonal', months: [12, 1], owner: '总务处' },
    { item: '节假日前排查（清明、劳动节、端午、中秋、国庆、元旦）', type: 'holiday', months: [4, 6, 9, 12], owner: '双重预防工作办公室' },
    { item: '寒暑假前排查', type: 'holiday', months: [1, 7], owner: leader },
    { item: '部门每周排查', type: 'daily', months: termMonths, owner: '各部门负责人' },
    { item: '岗位日常排查（按岗位排查清单）', type: 'daily', months: allMonths, owner: '各岗位人员' }
  ]
  return plan.filter((entry): entry is PlannedInspection => entry !== false)
}

function calendarRows(index: SchoolIndex): CellValue[][] {
  return plannedInspections(index).map((entry) => [
    entry.item,
    inspectionTypeLabels[entry.type],
    ...allMonths.map((month) => (entry.months.includes(month) ? { content: '●', align: 'center' as const } : '')),
    entry.owner
  ])
}

function byFrequencyRows(index: SchoolIndex): CellValue[][] {
  const routine: CheckFrequency[] = checkFrequencies.filter((frequency) => index.checkItems.some((item) => item.frequency === frequency))
  return routine.map((frequency) => {
    const items = index.checkItems.filter((item) => item.frequency === frequency)
    const posts = [...new Set(items.map((item) => index.postName(item.responsiblePostId) || '未指定岗位'))].map(cleanText)
    return [checkFrequencyLabels[frequency], `${items.length}项`, posts.join('、')]
  })
}

/** Builds the general yearly calendar by month, printed while the school has no active plan of its own. */
function generalPlan(index: SchoolIndex, captions: TableCaptions): FileChild[] {
  return [
    body(
      `双重预防工作办公室每学年初制定年度排查计划，报分管${index.terms.deputyHead}审核后实施。下表中数字为月份，“●”表示该月开展；清明、端午、中秋等节日按当年日期调整，遇上级部署的专项排查和突发情况随时增加。`
    ),
    captions.caption('年度隐患排查计划'),
    ...table({
      width: portraitTextWidth,
      fontSize: 18,
      columns: [
        { header: '排查项目', weight: 9 },
        { header: '类型', weight: 4, align: 'center' },
        ...allMonths.map((month) => ({ header: `${month}`, weight: 1.3, align: 'center' as const })),
        { header: '责任部门／岗位', weight: 6 }
      ],
      rows: calendarRows(index)
    })
  ]
}

/**
 * Writes 排查计划: the school's own plans and calendar when it has active plans (else a general yearly
 * calendar by month), the routine checks of the posts by frequency, and this term's inspection records.
 */
export function planChapter(index: SchoolIndex, outline: Outline, captions: TableCaptions): FileChild[] {
  // Parts are built in print order, so that their headings and tables are numbered in that order.
  const heading = [outline.chapter('排查计划', { pageBreakBefore: true }), outline.section('年度排查计划')]
  const own = schoolPlanPart(index, captions)
  const yearly = own.length > 0 ? own : generalPlan(index, captions)

  const routineHeading = outline.section('日常排查安排')
  const routine = byFrequencyRows(index)
  const routinePart =
    routine.length > 0
      ? [
          body('各岗位按岗位排查清单开展的日常排查，按频次汇总如下：'),
          captions.caption('岗位日常排查安排'),
          ...table({
            width: portraitTextWidth,
            columns: [
              { header: '频次', weight: 3, align: 'center' },
              { header: '排查项数', weight: 2, align: 'center' },
              { header: '实施岗位', weight: 10 }
            ],
            rows: routine
          })
        ]
      : [body('隐患排查清单生成后，各岗位按清单规定的频次开展日常排查。')]

  const summary = recordsSummaryPart(index, captions)
  const records = summary.length > 0 ? [outline.section('本学期排查情况'), ...summary] : []
  return [...heading, ...yearly, routineHeading, ...routinePart, ...records]
}
