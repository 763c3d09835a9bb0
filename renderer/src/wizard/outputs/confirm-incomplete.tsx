import { App } from 'antd'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import type { WizardStepProgress } from '@shared/wizard'
import { call } from '../../api/client'
import { useAction } from '../../api/hooks'

/** Lists each incomplete step with what it lacks, in the words of the step list. */
function IncompleteSteps({ steps }: { steps: WizardStepProgress[] }) {
  return (
    <div data-testid="incomplete-steps">
      <p>以下步骤尚未完成，生成的文件中相应内容会缺失或留空：</p>
      <ul>
        {steps.map((step) => (
          <li key={step.key} data-step={step.key}>
            <strong>{step.title}</strong>：{step.summary}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Returns a check to run before generating the outputs. It loads the wizard's progress afresh. When every step
 * before 成果输出 is complete it resolves true at once. Otherwise a confirmation lists the incomplete steps, and
 * 仍然生成 resolves true while 返回补充 opens the first incomplete step and resolves false.
 */
export function useConfirmIncompleteSteps(): () => Promise<boolean> {
  const { modal } = App.useApp()
  const navigate = useNavigate()
  const run = useAction()

  return useCallback(async () => {
    const progress = await run(() => call('wizard:progress'))
    if (!progress) return false
    const incomplete = progress.steps.filter((step) => step.key !== 'outputs' && !step.complete)
    if (incomplete.length === 0) return true

    return new Promise<boolean>((resolve) => {
      modal.confirm({
        title: `还有 ${incomplete.length} 个步骤未完成，仍然生成成果文件吗？`,
        content: <IncompleteSteps steps={incomplete} />,
        width: 560,
        okText: '仍然生成',
        cancelText: '返回补充',
        okButtonProps: { 'data-testid': 'outputs-generate-anyway' },
        cancelButtonProps: { 'data-testid': 'outputs-back-to-steps' },
        onOk: () => resolve(true),
        onCancel: () => {
          navigate(`/wizard/${incomplete[0].key}`)
          resolve(false)
        }
      })
    })
  }, [modal, navigate, run])
}
