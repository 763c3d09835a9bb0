/**
 * 重大事故隐患判定情形: the checklist an inspector ticks. Ticking any criterion makes a hazard 重大. The list
 * is data with a version, kept in the school file's settings and editable there, because the Ministry's
 * guide and provincial versions change and only part of the guide's text was available when the defaults
 * were written.
 */

/** The areas of the Ministry of Education's guide (教发厅函〔2024〕20号), in its order. */
export const majorHazardAreas = ['fire', 'buildings', 'food', 'labs', 'traffic', 'crowds', 'special-equipment', 'utilities'] as const
export type MajorHazardArea = (typeof majorHazardAreas)[number]

export const majorHazardAreaLabels: Record<MajorHazardArea, string> = {
  fire: '校园消防安全',
  buildings: '校舍安全',
  food: '食品安全',
  labs: '实验室和实训场所安全',
  traffic: '校车及校园交通安全',
  crowds: '大型活动和人员密集场所拥挤踩踏防范',
  'special-equipment': '特种设备安全',
  utilities: '水、电、气、热等设施运行安全'
}

export interface MajorHazardCriterion {
  /** Stable code, e.g. XF-03; hazards store the codes they ticked. */
  code: string
  area: MajorHazardArea
  text: string
}

export interface MajorHazardCriteria {
  version: string
  name: string
  criteria: MajorHazardCriterion[]
}

/** Version of the built-in list; a school's own edits count up from it (…-r1, -r2). */
export const defaultMajorHazardCriteriaVersion = 'MOE-2024-20'

/**
 * The built-in criteria. The fire items restate the guide's direct criteria for campus fire safety in our
 * own words. NOTE: the items of the other areas were not available in the guide's public copies. They are
 * common-practice readings of the same areas, to be checked against the original text and edited in 设置.
 */
export const defaultMajorHazardCriteria: MajorHazardCriteria = {
  version: defaultMajorHazardCriteriaVersion,
  name: '教育系统重大事故隐患判定情形（默认清单）',
  criteria: [
    { code: 'XF-01', area: 'fire', text: '没有建立消防安全责任制，学校各级、各岗位的消防安全职责不明确' },
    { code: 'XF-02', area: 'fire', text: '学生宿舍、幼儿园儿童用房设在地下室或半地下室，或者幼儿园儿童用房设在四层及以上' },
    { code: 'XF-03', area: 'fire', text: '在教学楼、图书馆、食堂、宿舍内使用或存放易燃易爆危险品' },
    { code: 'XF-04', area: 'fire', text: '建筑使用芯材燃烧性能低于 A 级的彩钢夹芯板搭建' },
    { code: 'XF-05', area: 'fire', text: '按规定应设的火灾自动报警、自动喷水灭火、消火栓、防排烟系统缺失、不符合要求或不能正常运行' },
    { code: 'XF-06', area: 'fire', text: '学生宿舍、午休室既没有火灾自动报警系统，也没有联网型独立式感烟火灾探测报警器' },
    { code: 'XF-07', area: 'fire', text: '校内电焊、气割、喷灯等动火作业未经审批，或者作业时无人在现场监护' },
    { code: 'XF-08', area: 'fire', text: '电动自行车或其蓄电池进入建筑物内停放、充电，或者私拉乱接电线充电' },
    { code: 'XF-09', area: 'fire', text: '校园建筑未经消防设计审查或消防验收（备案）即投入使用，或者校内宾馆、商店、超市未经消防许可即营业' },
    { code: 'XF-10', area: 'fire', text: '人员密集场所没有独立的安全出口，安全出口数量不足，或者疏散总宽度不到规范要求的 80%' },
    { code: 'XF-11', area: 'fire', text: '人员密集场所的门窗被铁栅栏、防盗网、广告牌等遮挡，影响逃生和灭火救援' },
    { code: 'XF-12', area: 'fire', text: '实验室违反规定存放、使用易燃易爆危险品' },
    { code: 'XS-01', area: 'buildings', text: '经鉴定为 D 级危险房屋的校舍仍在使用' },
    { code: 'XS-02', area: 'buildings', text: '经鉴定为 C 级危险房屋的校舍未加固、未限制使用，仍在正常使用' },
    { code: 'SP-01', area: 'food', text: '学校食堂没有有效的食品经营许可证仍在供餐' },
    { code: 'SP-02', area: 'food', text: '食堂从业人员没有有效的健康证明仍然上岗' },
    { code: 'SY-01', area: 'labs', text: '危险化学品没有实行双人双锁管理（双人保管、双人领取、双锁、双账）' },
    { code: 'JT-01', area: 'traffic', text: '使用没有取得校车使用许可的车辆接送学生' },
    { code: 'JT-02', area: 'traffic', text: '校车或接送学生的车辆超员载客' },
    { code: 'RQ-01', area: 'crowds', text: '集会、集中上下楼时楼梯、通道或安全出口被占用、堵塞或收窄，形成拥堵点' },
    { code: 'TS-01', area: 'special-equipment', text: '锅炉、电梯、压力容器等特种设备没有办理使用登记仍在使用' },
    { code: 'TS-02', area: 'special-equipment', text: '特种设备超过检验有效期或者检验不合格仍在使用' }
  ]
}

/** The next version after a school edits the list: MOE-2024-20 → MOE-2024-20-r1 → MOE-2024-20-r2. */
export function nextCriteriaVersion(version: string): string {
  const match = /^(.*)-r(\d+)$/.exec(version)
  if (!match) return `${version}-r1`
  return `${match[1]}-r${Number(match[2]) + 1}`
}

/** Groups the criteria by area in the guide's order; areas without criteria are kept, empty. */
export function criteriaByArea(criteria: readonly MajorHazardCriterion[]): { area: MajorHazardArea; criteria: MajorHazardCriterion[] }[] {
  return majorHazardAreas.map((area) => ({ area, criteria: criteria.filter((criterion) => criterion.area === area) }))
}
