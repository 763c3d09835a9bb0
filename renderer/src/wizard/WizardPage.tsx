import { Button, Steps } from 'antd'
import { CheckCircleFilled } from '@ant-design/icons'
import { useCallback, useMemo } from 'react'
import { Navigate, useNavigate, useParams } from 'react-router'
import { wizardSteps, type WizardStepKey } from '@shared/wizard'
import { useLoad } from '../api/hooks'
import { ProgressContext } from './progress'
import { SchoolStep } from './steps/SchoolStep'
import { LeadingGroupStep } from './steps/LeadingGroupStep'
import { ResponsibilitiesStep } from './steps/ResponsibilitiesStep'
import { IdentificationStep } from './steps/IdentificationStep'
import { EvaluationStep } from './steps/EvaluationStep'
import { MeasuresStep } from './steps/MeasuresStep'
import { ChecklistStep } from './steps/ChecklistStep'
import { OutputsStep } from './steps/OutputsStep'

const stepComponents: Record<WizardStepKey, () => React.JSX.Element> = {
  school: SchoolStep,
  'leading-group': LeadingGroupStep,
  responsibilities: ResponsibilitiesStep,
  identification: IdentificationStep,
  evaluation: EvaluationStep,
  measures: MeasuresStep,
  checklist: ChecklistStep,
  outputs: OutputsStep
}

function isStepKey(value: string | undefined): value is WizardStepKey {
  return wizardSteps.some((step) => step.key === value)
}

/** The guided build: the step list with each step's completeness, the current step, and back/next. */
export function WizardPage() {
  const { step } = useParams()
  const navigate = useNavigate()
  const progress = useLoad('wizard:progress')
  const refresh = useCallback(() => void progress.reload(), [progress.reload])
  const context = useMemo(() => ({ refresh }), [refresh])

  if (!isStepKey(step)) return <Navigate to="/wizard/school" replace />
  const index = wizardSteps.findIndex((candidate) => candidate.key === step)
  const Current = stepComponents[step]

  const items = wizardSteps.map((candidate) => {
    const state = progress.data?.steps.find((entry) => entry.key === candidate.key)
    return {
      title: candidate.title,
      status: candidate.key === step ? ('process' as const) : state?.complete ? ('finish' as const) : ('wait' as const),
      icon: state?.complete && candidate.key !== step ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : undefined,
      content: (
        <span className="step-summary" data-testid={`step-summary-${candidate.key}`} data-complete={state?.complete ? 'yes' : 'no'}>
          {state?.summary ?? ''}
        </span>
      )
    }
  })

  return (
    <ProgressContext.Provider value={context}>
      <div className="page wizard">
        <nav className="wizard-steps" aria-label="建设步骤">
          <Steps
            orientation="vertical"
            size="small"
            current={index}
            items={items}
            onChange={(next) => navigate(`/wizard/${wizardSteps[next].key}`)}
          />
        </nav>
        <section className="wizard-content" data-testid={`step-${step}`}>
          <Current key={step} />
          <div className="wizard-footer">
            <Button disabled={index === 0} onClick={() => navigate(`/wizard/${wizardSteps[index - 1].key}`)}>
              上一步
            </Button>
            <Button
              type="primary"
              disabled={index === wizardSteps.length - 1}
              onClick={() => navigate(`/wizard/${wizardSteps[index + 1].key}`)}
            >
              下一步
            </Button>
          </div>
        </section>
      </div>
    </ProgressContext.Provider>
  )
}
