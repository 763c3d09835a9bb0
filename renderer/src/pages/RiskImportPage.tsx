import { Alert, Badge, Button, Space, Spin, Steps } from 'antd'
import { useRiskImport, type ImportStep, type RiskImportState } from './risk-import/use-risk-import'
import { StepHeader } from '../components/StepHeader'
import { ChooseFileView } from './risk-import/ChooseFileView'
import { MappingView } from './risk-import/MappingView'
import { PreviewView } from './risk-import/PreviewView'
import { QuestionsView } from './risk-import/QuestionsView'
import { ConfirmView } from './risk-import/ConfirmView'
import { ImportResultView } from './risk-import/ImportResultView'
import './risk-import/risk-import.css'

const steps: { key: Exclude<ImportStep, 'done'>; title: string }[] = [
  { key: 'file', title: '选择文件' },
  { key: 'mapping', title: '核对各列' },
  { key: 'preview', title: '预览' },
  { key: 'questions', title: '回答问题' },
  { key: 'confirm', title: '确认导入' }
]

const busyTips = {
  choosing: '正在选择文件…',
  reading: '正在读取风险清单…',
  importing: '正在导入…',
  saving: '正在保存列对应关系…'
} as const

/** Tells whether a step can be opened: every step after the first needs a preview whose required columns are known. */
function reachable(state: RiskImportState, key: ImportStep): boolean {
  if (key === 'file') return true
  if (!state.preview) return false
  if (key === 'mapping') return true
  return (state.preview.missingFields ?? []).length === 0
}

function stepTitle(state: RiskImportState, key: ImportStep, title: string) {
  const open = key === 'questions' ? (state.preview?.questions.length ?? 0) : 0
  return (
    <Space size={6} data-testid={`import-step-${key}`}>
      {title}
      {open > 0 && <Badge count={open} overflowCount={999} data-testid="steps-question-count" />}
    </Space>
  )
}

function CurrentView({ state }: { state: RiskImportState }) {
  const { preview } = state
  if (state.step === 'done' && state.result) return <ImportResultView result={state.result} onAnother={state.startOver} />
  if (state.step === 'file' || !preview) return <ChooseFileView state={state} />
  if (state.step === 'mapping') return <MappingView state={state} preview={preview} />
  if (state.step === 'preview') return <PreviewView state={state} preview={preview} />
  if (state.step === 'questions') return <QuestionsView state={state} preview={preview} />
  return <ConfirmView state={state} preview={preview} />
}

function Footer({ state }: { state: RiskImportState }) {
  const index = steps.findIndex((step) => step.key === state.step)
  if (state.step === 'file' || state.step === 'done' || index < 0) return null
  const previous = steps[index - 1]
  const next = steps[index + 1]
  return (
    <div className="import-footer">
      <Button onClick={() => state.setStep(previous.key)} data-testid="import-previous">
        上一步
      </Button>
      {next && (
        <Button type="primary" disabled={!reachable(state, next.key) || state.busy !== undefined} onClick={() => state.setStep(next.key)} data-testid="import-next">
          下一步：{next.title}
        </Button>
      )}
    </div>
  )
}

/** 导入风险清单: reads a school's existing Excel risk list, shows what will be imported, asks what it cannot decide, then imports. */
export function RiskImportPage() {
  const state = useRiskImport()
  const current = state.step === 'done' ? steps.length : steps.findIndex((step) => step.key === state.step)

  return (
    <div className="page">
      <div className="page-panel" data-testid="risk-import-page">
        <StepHeader
          title="导入风险清单"
          intro="把学校已有的 Excel 风险清单（.xlsx）导入为风险点、风险和管控措施。导入前会逐行预览，拿不准的地方先问你；确认导入之前，学校文件不会有任何改动。"
        />
        <Steps
          className="import-steps"
          size="small"
          current={current}
          onChange={(index) => {
            if (state.step !== 'done' && reachable(state, steps[index].key)) state.setStep(steps[index].key)
          }}
          items={steps.map((step) => ({
            title: stepTitle(state, step.key, step.title),
            disabled: state.step === 'done' || !reachable(state, step.key)
          }))}
        />
        {state.error && (
          <Alert
            className="import-error"
            type="error"
            showIcon
            closable={{ onClose: state.clearError }}
            title={state.error}
            data-testid="import-error"
          />
        )}
        <Spin spinning={state.busy !== undefined && state.busy !== 'choosing'} description={state.busy ? busyTips[state.busy] : undefined} size="large">
          <div className="import-body" aria-busy={state.busy !== undefined}>
            <CurrentView state={state} />
          </div>
        </Spin>
        <Footer state={state} />
      </div>
    </div>
  )
}
