import type { IncentiveInput, TrainingInput } from '../../shared/schemas/training-inputs'
import { incentiveInput, trainingInput } from '../../shared/schemas/training-inputs'
import type { Db } from '../db/transaction'
import { saveIncentive } from '../incentives/incentives.service'
import { prepareAttachmentContent, type PreparedAttachment } from '../training/attachment-file'
import { saveTraining } from '../training/training.service'
import { demoStaff } from './demo-people'
import { drillPhoto, lecturePhoto, signInSheetPdf } from './demo-pictures'

/**
 * The sample school's first term of records (2026—2027学年第一学期): six trainings with their attendees and a
 * few photos, and four rewards and penalties. Three people attend nothing, so the 未参训 list is not empty.
 */

/** The records are as of this day, so the sample builds the same whatever the clock shows. */
const recordsAsOf = '2026-12-04'

const neverTrained = ['华秀英', '严华', '魏长江']

type TrainingFields = Omit<TrainingInput, 'id' | 'attendeeIds' | 'addAttachments' | 'removeAttachmentIds' | 'headcount'> & { headcount?: number }

interface DemoTraining {
  fields: TrainingFields
  attendees: readonly string[]
  files?: () => Promise<{ name: string; content: Buffer }[]>
}

const everyoneTrained = demoStaff.map((person) => person.name).filter((name) => !neverTrained.includes(name))
const classTeachers = ['冯磊', '褚慧', '卫国华', '蒋丽']

const trainings: DemoTraining[] = [
  {
    fields: {
      heldOn: '2026-08-26',
      topic: '新入职教职工岗前安全培训',
      kind: 'induction',
      trainer: '王建国、刘志强',
      location: '行政楼三楼会议室',
      audience: '本学期新入职和转岗教职工',
      hours: 8,
      content: '学校安全管理制度和应急预案；本岗位风险告知卡和安全操作规程；隐患报告程序；消防器材使用和疏散路线现场讲解。',
      assessment: '闭卷笔试，2人均合格（92分、88分），准予上岗。'
    },
    attendees: ['韩雪', '秦芳']
  },
  {
    fields: {
      heldOn: '2026-08-28',
      topic: '双重预防体系全员培训',
      kind: 'all-staff',
      trainer: '张海涛',
      location: '学校报告厅',
      audience: '全体教职工',
      hours: 3,
      content:
        '双重预防体系的基本概念和工作要求；本校风险点分布和四色分布图；LEC、LS评价方法；岗位风险告知卡的使用；隐患排查清单、排查记录和隐患上报流程；重大事故隐患判定标准。',
      assessment: '现场提问和书面测试，参训人员平均得分86分；未参训的3人由所在部门安排补训。'
    },
    attendees: everyoneTrained,
    files: async () => [
      { name: '全员培训现场.jpg', content: await lecturePhoto() },
      { name: '全员培训签到表.pdf', content: signInSheetPdf() }
    ]
  },
  {
    fields: {
      heldOn: '2026-09-18',
      topic: '消防安全疏散演练',
      kind: 'drill',
      trainer: '焦作市山阳区消防救援大队教官',
      location: '教学楼及运动场',
      audience: '全校师生',
      hours: 1.5,
      headcount: 1980,
      content: '模拟教学楼二楼起火，按疏散路线分楼层撤离到运动场集合；教官讲解灭火器和室内消火栓的使用，教师分组实操。',
      assessment: '全校3分42秒完成疏散，清点人数无遗漏；三楼东侧楼梯口出现拥堵，已调整疏散路线并在下次演练中复查。'
    },
    attendees: ['李文博', '张海涛', '陈丽华', '王建国', '孙明', '吴俊杰', '郑雪梅', ...classTeachers, '沈浩', '韩雪', '孔令军', '曹勇'],
    files: async () => [
      { name: '疏散演练集合.jpg', content: await drillPhoto() },
      { name: '按班级清点人数.jpg', content: await drillPhoto(2) }
    ]
  },
  {
    fields: {
      heldOn: '2026-09-25',
      topic: '食品安全专项培训',
      kind: 'special',
      trainer: '山阳区市场监督管理局食品安全科',
      location: '食堂二楼餐厅',
      audience: '食堂从业人员和分管人员',
      hours: 2,
      content: '食品原料索证索票和进货查验；加工操作规范和留样要求；燃气使用安全；食物中毒的应急处置。',
      assessment: '现场实操考核全部合格。'
    },
    attendees: ['刘志强', '尤志勇', '许大伟', '姜宁']
  },
  {
    fields: {
      heldOn: '2026-10-16',
      topic: '防溺水安全教育课',
      kind: 'safety-class',
      trainer: '孙明（各班班主任授课）',
      location: '各班教室',
      audience: '全校学生',
      hours: 1,
      headcount: 1860,
      content: '“六不”防溺水要求；河道、坑塘的危险识别；同伴落水时的正确做法（不盲目施救、呼救、拨打110）。',
      assessment: '各班完成《致家长的一封信》回执，回收率99%。'
    },
    attendees: ['孙明', ...classTeachers]
  },
  {
    fields: {
      heldOn: '2026-11-13',
      topic: '实验室危险化学品安全培训',
      kind: 'special',
      trainer: '杨帆',
      location: '实验楼化学实验室',
      audience: '理化生教师和实验员',
      hours: 2,
      content: '危险化学品“双人双锁”管理和领用登记；实验废液收集处置；化学品灼伤和中毒的应急处置；洗眼器和喷淋装置的使用。',
      assessment: '实际操作考核，5人合格。'
    },
    attendees: ['杨帆', '周敏', '朱红', '冯磊', '褚慧']
  }
]

const incentives: Omit<IncentiveInput, 'id' | 'staffId' | 'hazardId'>[] = [
  {
    kind: 'reward',
    targetKind: 'person',
    department: '',
    decidedOn: '2026-09-22',
    reason: '巡查时发现北侧围墙外在建工地的塔吊作业范围覆盖操场边缘，当即报告并劝离活动学生，学校协调施工方调整作业范围并设置隔离区。',
    basis: '《隐患报告和举报奖励制度》第十一条',
    measure: '通报表扬，发放绩效奖励200元',
    approver: '李文博'
  },
  {
    kind: 'reward',
    targetKind: 'department',
    department: '食堂',
    decidedOn: '2026-10-30',
    reason: '食堂在区市场监管局专项检查中全部项目符合要求，留样、索证索票和晨检记录完整。',
    basis: '《双重预防体系运行考核奖惩制度》第九条',
    measure: '通报表扬，学期考核加2分',
    approver: '李文博'
  },
  {
    kind: 'reward',
    targetKind: 'person',
    department: '',
    decidedOn: '2026-11-06',
    reason: '综合排查中发现实验楼配电箱漏电保护器失灵，当场断电并更换，消除了触电隐患。',
    basis: '《双重预防体系运行考核奖惩制度》第九条',
    measure: '通报表扬',
    approver: '张海涛'
  },
  {
    kind: 'penalty',
    targetKind: 'person',
    department: '',
    decidedOn: '2026-11-20',
    reason: '11月12日夜间未按排查计划开展宿舍区消防巡查，巡查记录事后补签。',
    basis: '《双重预防体系运行考核奖惩制度》第十一条',
    measure: '提醒谈话，书面检查',
    approver: '张海涛'
  }
]

/** The person each incentive is about, in the order above; null for the department. */
const incentiveTargets = ['孔令军', null, '施建军', '曹勇']

async function prepareFiles(training: DemoTraining): Promise<PreparedAttachment[]> {
  const files = training.files ? await training.files() : []
  const prepared: PreparedAttachment[] = []
  for (const file of files) prepared.push(await prepareAttachmentContent(file.name, file.content))
  return prepared
}

/** Records the sample term through the same services the window uses. */
export async function addDemoRecords(db: Db, staffIds: ReadonlyMap<string, number>): Promise<{ trainings: number; incentives: number }> {
  const idOf = (name: string): number => {
    const id = staffIds.get(name)
    if (id === undefined) throw new Error(`demo person ${name} is not on the roster`)
    return id
  }

  for (const training of trainings) {
    const input = trainingInput.parse({ ...training.fields, id: null, attendeeIds: training.attendees.map(idOf) })
    await saveTraining(db, input, await prepareFiles(training), { today: recordsAsOf })
  }

  for (const [position, incentive] of incentives.entries()) {
    const target = incentiveTargets[position]
    const input = incentiveInput.parse({ ...incentive, id: null, staffId: target === null ? null : idOf(target), hazardId: null })
    await saveIncentive(db, input, { today: recordsAsOf })
  }
  return { trainings: trainings.length, incentives: incentives.length }
}
