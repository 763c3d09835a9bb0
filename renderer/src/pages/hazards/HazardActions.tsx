import { Button, Space, Tooltip } from 'antd'
import { checkHazardAction, transitionFacts, type Hazard, type HazardAction } from '@shared/domain/hazards'

/** The dialogs the action bar opens. */
export type StepDialog = 'update' | 'report' | 'submit' | 'accept' | 'reject' | 'close'

const buttons: { dialog: StepDialog; action: HazardAction; label: string; primary?: boolean; danger?: boolean; majorOnly?: boolean }[] = [
  { dialog: 'update', action: 'update', label: '修改登记信息' },
  { dialog: 'report', action: 'report', label: '上报', majorOnly: true },
  { dialog: 'submit', action: 'submit', label: '提交验收', primary: true },
  { dialog: 'accept', action: 'accept', label: '验收通过', primary: true },
  { dialog: 'reject', action: 'reject', label: '验收不通过', danger: true },
  { dialog: 'close', action: 'close', label: '销号', primary: true }
]

/**
 * Shows the steps of the loop as buttons. A step the hazard's state does not allow stays visible but
 * disabled, with the reason from the transition table on hover.
 */
export function HazardActions({ hazard, onOpen }: { hazard: Hazard; onOpen: (dialog: StepDialog) => void }) {
  const facts = transitionFacts(hazard)
  return (
    <Space wrap data-testid="hazard-actions">
      {buttons
        .filter((button) => !button.majorOnly || hazard.grade === 'major')
        .map((button) => {
          const check = checkHazardAction(facts, button.action)
          return (
            <Tooltip key={button.dialog} title={check.allowed ? undefined : check.reason}>
              <Button
                type={button.primary ? 'primary' : 'default'}
                danger={button.danger}
                disabled={!check.allowed}
                autoInsertSpace={false}
                onClick={() => onOpen(button.dialog)}
                data-testid={`hazard-action-${button.dialog}`}
              >
                {button.label}
              </Button>
            </Tooltip>
          )
        })}
    </Space>
  )
}
