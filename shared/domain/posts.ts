/** The parts of a post's 安全责任清单. */
export const responsibilityKinds = ['duty', 'risk', 'check', 'emergency', 'training'] as const
export type ResponsibilityKind = (typeof responsibilityKinds)[number]

export const responsibilityKindLabels: Record<ResponsibilityKind, string> = {
  duty: '安全职责',
  risk: '管控的风险',
  check: '隐患排查',
  emergency: '应急职责',
  training: '培训要求'
}

export const leadingGroupRoles = ['leader', 'deputy', 'member'] as const
export type LeadingGroupRole = (typeof leadingGroupRoles)[number]

export const leadingGroupRoleLabels: Record<LeadingGroupRole, string> = {
  leader: '组长',
  deputy: '副组长',
  member: '成员'
}
