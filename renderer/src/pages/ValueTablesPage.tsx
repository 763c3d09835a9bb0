import { App, Button, Card, Form, Space, Spin, Typography } from 'antd'
import { useState } from 'react'
import { valueTablesVersionLabel } from '@shared/grading/value-tables-version'
import type { ValueTablesPreview } from '@shared/value-tables'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { StepHeader } from '../components/StepHeader'
import { toFormValues, toInput, type TablesFormValues } from './value-tables/form-values'
import { HistoryTable } from './value-tables/HistoryTable'
import { PreviewPanel } from './value-tables/PreviewPanel'
import { TablesForm } from './value-tables/TablesForm'
import './value-tables/value-tables.css'

interface ShownPreview {
  /** The form values the preview was made from; any later edit makes it stale. */
  key: string
  result: ValueTablesPreview
}

/**
 * 评价标准: the school's LEC and LS tables. A change is previewed first (which risks move, counts per level),
 * then applied in one step that grades every LEC and LS risk again and records the new version.
 */
export function ValueTablesPage() {
  const tables = useLoad('value-tables:get')
  const history = useLoad('value-tables:history')
  const [form] = Form.useForm<TablesFormValues>()
  const watchedKey = Form.useWatch((values: TablesFormValues) => JSON.stringify(values), form)
  const [preview, setPreview] = useState<ShownPreview>()
  const [applying, setApplying] = useState(false)
  const { modal } = App.useApp()
  const run = useAction()

  const failed = tables.error ?? history.error
  if (failed) return <div className="page"><ErrorBox error={failed} onRetry={() => void Promise.all([tables.reload(), history.reload()])} /></div>
  if (!tables.data || !history.data) return <div className="page"><Spin /></div>
  const current = tables.data

  const showPreview = async () => {
    const valid = await form.validateFields().then(
      () => true,
      () => false
    )
    if (!valid) return
    // validateFields returns the registered fields only; the whole store also carries each bound's level.
    const values = form.getFieldsValue(true) as TablesFormValues
    const result = await run(() => call('value-tables:preview', toInput(values)))
    if (result) setPreview({ key: watchedKey ?? '', result })
  }

  const apply = async (values: TablesFormValues) => {
    setApplying(true)
    const applied = await run(() => call('value-tables:apply', toInput(values)), '新的评价标准已应用')
    setApplying(false)
    if (!applied) return
    setPreview(undefined)
    tables.setData(applied.tables)
    form.setFieldsValue(toFormValues(applied.tables))
    await history.reload()
  }

  const confirmApply = () => {
    const values = form.getFieldsValue(true) as TablesFormValues
    const count = preview?.result.changes.length ?? 0
    modal.confirm({
      title: '应用新的评价标准？',
      content: `将按新标准重新评定全部 LEC、LS 风险，其中 ${count} 项风险的等级会改变，并记入评价标准修改记录。应用后请重新生成成果文件。`,
      okText: '应用',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'value-tables-confirm' },
      onOk: () => apply(values)
    })
  }

  const stale = preview !== undefined && preview.key !== (watchedKey ?? '')
  const reset = () => {
    form.setFieldsValue(toFormValues(current))
    setPreview(undefined)
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="value-tables-page">
        <StepHeader
          title="评价标准"
          intro="本校评价风险所用的 LEC、LS 取值表和分级界限。修改后先预览哪些风险的等级会改变，确认后再应用；直接判定等级的风险不受影响。"
        />
        <Typography.Paragraph data-testid="value-tables-current">
          当前使用：<strong>{current.name}</strong>
          <span className="muted" style={{ marginLeft: 12 }} data-testid="value-tables-version">版本：{valueTablesVersionLabel(current.version)}</span>
        </Typography.Paragraph>
        <TablesForm key={current.version} form={form} initialValues={toFormValues(current)} />
        <Space style={{ margin: '16px 0' }}>
          <Button type="primary" onClick={() => void showPreview()} data-testid="value-tables-preview-button">
            预览变更
          </Button>
          <Button onClick={reset}>恢复为当前标准</Button>
        </Space>
        {preview && !stale && <PreviewPanel preview={preview.result} applying={applying} onApply={confirmApply} onCancel={() => setPreview(undefined)} />}
        {stale && <Typography.Paragraph type="warning" data-testid="value-tables-stale">评价标准已再次修改，请重新预览。</Typography.Paragraph>}
        <Card size="small" title="评价标准修改记录" style={{ marginTop: 24 }}>
          <HistoryTable history={history.data} />
        </Card>
      </div>
    </div>
  )
}
