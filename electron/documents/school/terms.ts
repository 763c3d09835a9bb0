import { headTitle, isKindergarten, type SchoolCategory } from '../../../shared/domain/school'

/** The words a school and a kindergarten each use for themselves, their head and their people. */
export interface UnitTerms {
  /** 学校 or 幼儿园. */
  unit: string
  /** 我校 or 我园. */
  we: string
  /** 校长 or 园长. */
  head: string
  /** 副校长 or 副园长. */
  deputyHead: string
  /** 学生 or 幼儿. */
  pupils: string
  /** 全校师生 or 全园师幼. */
  everyone: string
  /** The departments a notice is addressed to: 各处室、年级组 or 各部门、各班级. */
  departments: string
  /** 校园 or 园区. */
  campus: string
}

export function unitTerms(category: SchoolCategory | ''): UnitTerms {
  if (isKindergarten(category)) {
    return {
      unit: '幼儿园',
      we: '我园',
      head: headTitle(category),
      deputyHead: '副园长',
      pupils: '幼儿',
      everyone: '全园师幼',
      departments: '各部门、各班级',
      campus: '园区'
    }
  }
  return {
    unit: '学校',
    we: '我校',
    head: headTitle(category),
    deputyHead: '副校长',
    pupils: '学生',
    everyone: '全校师生',
    departments: '各处室、年级组',
    campus: '校园'
  }
}
