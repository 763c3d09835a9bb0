/**
 * Value sets of the bureau's statistics table (焦作市教育局 2020 notice, attachment): 所在范围, 办学性质 and
 * 所属类别 are the notice's own words, so they are stored as they are printed.
 */
export const schoolScopes = ['城区', '乡镇', '农村'] as const
export type SchoolScope = (typeof schoolScopes)[number]

export const schoolNatures = ['公办', '民办'] as const
export type SchoolNature = (typeof schoolNatures)[number]

export const schoolCategories = ['普通初中', '普通高中', '特教学校', '小学', '一贯制学校', '幼儿园', '中职'] as const
export type SchoolCategory = (typeof schoolCategories)[number]

/**
 * County-level units of 焦作市 (code 410800) as the city's education bureau addresses them: 4 districts,
 * 4 counties, 2 county-level cities, the two functional zones that run their own schools, and 市直 for
 * city-run schools, in the order they are usually printed.
 */
export const jiaozuoCounties = [
  '解放区',
  '中站区',
  '马村区',
  '山阳区',
  '示范区',
  '高新区',
  '修武县',
  '博爱县',
  '武陟县',
  '温县',
  '沁阳市',
  '孟州市',
  '市直'
] as const
export type JiaozuoCounty = (typeof jiaozuoCounties)[number]

export const facilityKeys = [
  'canteen',
  'dormitory',
  'schoolBus',
  'boiler',
  'laboratory',
  'pool',
  'workshop',
  'elevator'
] as const
export type FacilityKey = (typeof facilityKeys)[number]

export const facilityLabels: Record<FacilityKey, string> = {
  canteen: '食堂',
  dormitory: '学生宿舍',
  schoolBus: '校车',
  boiler: '锅炉',
  laboratory: '实验室',
  pool: '游泳池',
  workshop: '实训车间',
  elevator: '电梯'
}

export interface School {
  name: string
  county: JiaozuoCounty | ''
  scope: SchoolScope | ''
  nature: SchoolNature | ''
  category: SchoolCategory | ''
  address: string
  principal: string
  principalPhone: string
  deputy: string
  deputyPhone: string
  contactName: string
  contactPhone: string
  pupilCount: number | null
  staffCount: number | null
  classCount: number | null
  facilities: FacilityKey[]
  /** 周边环境, printed in the manual's school profile. */
  surroundings: string
  note: string
  updatedAt: string | null
}

export function isKindergarten(category: SchoolCategory | ''): boolean {
  return category === '幼儿园'
}

/** 校长 or 园长, as the school type calls its head. */
export function headTitle(category: SchoolCategory | ''): string {
  return isKindergarten(category) ? '园长' : '校长'
}
