import { majorRiskPlanInput, type MajorRiskPlanInput } from '../../shared/schemas/major-risk-inputs'
import type { Db } from '../db/transaction'
import { saveMajorRiskPlan } from '../major-risks/major-risks.service'
import { listRiskPoints } from '../risks/risk-points.service'

/** LEC and LS factors the sample school's own assessment settles on in place of the library's typical ones. */
export interface DemoGrading {
  lec: { l: number; e: number; c: number }
  ls: { l: number; s: number }
}

/**
 * Library risks whose worst case does not hold at the sample school, so its assessment grades them 较大
 * (LEC 160–320, LS 9–16) instead of the library's 重大. A consultant would do the same: the library grades
 * the worst case, the school grades what it has. Canteen gas, the boarding houses at night and drowning in
 * the river 400 m south stay 重大, each with its control plan.
 */
export const demoGradings: Record<string, DemoGrading> = {
  // The buildings were appraised grade A or B in 2025; no C or D building is in use.
  'building-structure.1': { lec: { l: 0.5, e: 6, c: 100 }, ls: { l: 2, s: 5 } },
  // Dismissal is staggered by grade and teachers stand at each landing.
  'stairs.1': { lec: { l: 1, e: 6, c: 40 }, ls: { l: 3, s: 4 } },
  // Meals are cooked on site under the county's bright-kitchen scheme, with samples kept 48 hours.
  'canteen-processing.1': { lec: { l: 1, e: 6, c: 40 }, ls: { l: 3, s: 4 } },
  // Assemblies are held on the open sports ground; the hall takes one grade at a time.
  'assembly.1': { lec: { l: 3, e: 2, c: 40 }, ls: { l: 3, s: 4 } },
  // Both buses carry school-bus plates and a licensed driver; seats are counted at each boarding.
  'school-bus.1': { lec: { l: 0.5, e: 6, c: 100 }, ls: { l: 2, s: 5 } },
  // The campus is above the river's flood line; only the south gate road floods in heavy rain.
  'flood.1': { lec: { l: 3, e: 2, c: 40 }, ls: { l: 3, s: 4 } }
}

type DemoPlan = Omit<MajorRiskPlanInput, 'riskId' | 'responsibleStaffId'> & { responsible: string }

/** The control plans of the sample school's 重大 risks, by library risk key, as its safety office wrote them. */
const demoPlans: Record<string, DemoPlan> = {
  'canteen-gas.1': {
    responsible: '刘志强',
    objective: '2026年12月底前完成食堂燃气管道和阀门更换，加装泄漏报警与紧急切断装置，使风险降至较大风险及以下。',
    measures:
      '更换食堂全部老化燃气管道、阀门和软管，由具备资质的燃气公司施工并出具验收报告。\n加装可燃气体泄漏报警器，并与燃气紧急切断阀联动。\n改造完成前，每日开餐前由食堂管理员检查燃气设施并记录，发现异味立即停用。',
    funds: '改造资金约8万元，列入学校2026年度预算，由总务处负责落实。',
    deadline: '2026-12-31',
    monitoring: '泄漏报警器每月测试一次；总务处每周检查一次改造进度和日常检查记录。',
    emergency: '发现燃气泄漏立即关闭总阀，开窗通风，严禁开关电器，疏散食堂人员并拨打119。',
    reportedOn: '2026-09-15',
    reportTo: '山阳区教育局'
  },
  'dorm.1': {
    responsible: '张海涛',
    objective: '2026年11月底前两栋宿舍楼每间寝室装独立式感烟探测器，夜间出口不锁闭、有人值守，火灾时学生3分钟内全部撤出。',
    measures:
      '每间寝室和楼道安装独立式感烟火灾探测报警器，宿管员每周测试一次。\n夜间各楼层安全出口只设推闩，不上锁，门卫室和宿管值班室各存一套钥匙。\n宿管员夜间每2小时巡查一次，检查违规电器和电动车电池，做好巡查记录。\n每学期组织两次宿舍夜间疏散演练，新生入学第一周内完成首次演练。',
    funds: '探测器和应急照明约1.2万元，从学校公用经费中列支。',
    deadline: '2026-11-30',
    monitoring: '安全办每周抽查宿舍夜间巡查记录和出口状态，每月检查探测器；宿舍楼出入口监控接入门卫室。',
    emergency: '发现火情立即报警并拨打119，宿管员打开全部出口，按楼层组织学生沿疏散路线撤到操场，班主任清点人数并报告。',
    reportedOn: '2026-09-15',
    reportTo: '山阳区教育局'
  },
  'drowning.1': {
    responsible: '孙明',
    objective: '本学年学生不发生溺水事故；汛期和暑假前防溺水教育和家长告知全覆盖。',
    measures:
      '汛期和节假日前，每班上一节防溺水专题课，并向家长发放《致家长的一封信》，回执存档。\n与群英河沿岸社区和村委会联系，在学生常去的河段设立警示牌。\n班主任在周末和假期通过家长群每周提醒一次，掌握住校生离校去向。',
    funds: '警示牌和宣传材料约3000元，从学校公用经费中列支。',
    deadline: '2027-07-10',
    monitoring: '德育处每月检查各班防溺水教育记录和家长回执；汛期每周在群英河学生常去河段巡查一次。',
    emergency: '发现学生落水，立即呼救并拨打110、120，不让学生手拉手施救，抛救生圈或长竿，同时报告学校和家长。',
    reportedOn: '2026-09-15',
    reportTo: '山阳区教育局'
  }
}

/** Fills the control plan of each 重大 risk the sample school keeps, so its report shows finished plans. */
export async function planDemoMajorRisks(db: Db, staffIds: ReadonlyMap<string, number>): Promise<void> {
  const risks = (await listRiskPoints(db)).flatMap((point) => point.risks)

  for (const risk of risks) {
    const plan = risk.level === 'major' && risk.libraryKey ? demoPlans[risk.libraryKey] : undefined
    const responsibleStaffId = plan ? staffIds.get(plan.responsible) : undefined
    if (!plan || responsibleStaffId === undefined) continue

    const input: Record<string, unknown> = { ...plan, riskId: risk.id, responsibleStaffId }
    delete input.responsible
    await saveMajorRiskPlan(db, majorRiskPlanInput.parse(input))
  }
}
