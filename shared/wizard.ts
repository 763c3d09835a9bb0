/** Completeness of each step of the guided build (建设向导). */
export const wizardSteps = [
  { key: 'school', title: '学校概况' },
  { key: 'leading-group', title: '领导小组与办公室' },
  { key: 'responsibilities', title: '责任清单' },
  { key: 'identification', title: '风险辨识' },
  { key: 'evaluation', title: '风险评价' },
  { key: 'measures', title: '管控措施' },
  { key: 'checklist', title: '隐患排查清单' },
  { key: 'outputs', title: '成果输出' }
] as const

export type WizardStepKey = (typeof wizardSteps)[number]['key']

export interface WizardStepProgress {
  key: WizardStepKey
  title: string
  complete: boolean
  /** One line on what is done or still missing, shown under the step title. */
  summary: string
}

export interface WizardProgress {
  steps: WizardStepProgress[]
}
