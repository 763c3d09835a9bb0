import { Button, Card, Descriptions, Form, Input, Space, Spin } from 'antd'
import { settingsInput, type SettingsInput } from '@shared/schemas/inputs'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { useAppInfo } from '../app/app-info'
import { ErrorBox } from '../components/ErrorBox'
import { schemaRule } from '../components/form-rules'
import { StepHeader } from '../components/StepHeader'
import { ValueTablesView } from './settings/ValueTablesView'
import { MajorHazardCriteriaCard } from './settings/MajorHazardCriteriaCard'
import { ReviewScheduleForm } from './reviews/ReviewScheduleForm'
import { Link } from 'react-router'

const fields = settingsInput.shape

/** 设置: the operator name recorded with every change, the value tables in use, and the program version. */
export function SettingsPage() {
  const settings = useLoad('settings:get')
  const tables = useLoad('value-tables:get')
  const appInfo = useAppInfo()
  const [form] = Form.useForm<{ operatorName: string }>()
  const run = useAction()

  const failed = settings.error ?? tables.error
  if (failed) return <div className="page"><ErrorBox error={failed} onRetry={() => void Promise.all([settings.reload(), tables.reload()])} /></div>
  if (!settings.data || !tables.data) return <div className="page"><Spin /></div>

  const save = async (values: { operatorName: string }) => {
    const saved = await run(() => call('settings:save', values as unknown as SettingsInput), '操作人已保存')
    if (!saved) return
    settings.setData(saved)
    form.setFieldsValue(saved)
    void appInfo.reload()
  }

  return (
    <div className="page">
      <div className="page-panel" data-testid="settings-page">
        <StepHeader title="设置" intro="填写操作人姓名和风险评审周期，查看本校使用的风险评价标准和软件版本。" />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card title="操作人" size="small">
            <Form form={form} layout="inline" initialValues={settings.data} onFinish={(values) => void save(values)}>
              <Form.Item
                name="operatorName"
                label="操作人姓名"
                rules={[schemaRule(fields.operatorName)]}
                extra="每一次修改都会连同操作人姓名和时间记入变更记录，便于追溯。"
              >
                <Input maxLength={30} style={{ width: 220 }} placeholder="如：李明" data-testid="settings-operator" />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" data-testid="settings-save">
                  保存
                </Button>
              </Form.Item>
            </Form>
          </Card>
          <Card title="风险评审周期" size="small">
            <ReviewScheduleForm />
          </Card>
          <Card title="风险评价标准" size="small" extra={<Link to="/value-tables" data-testid="settings-edit-value-tables">修改评价标准</Link>}>
            <ValueTablesView tables={tables.data} />
          </Card>
          <MajorHazardCriteriaCard />
          <Card title="关于" size="small">
            <Descriptions
              column={1}
              size="small"
              data-testid="app-info"
              items={[
                { key: 'version', label: '软件版本', children: appInfo.info?.appVersion ?? '' },
                { key: 'file', label: '学校文件', children: <span className="file-path">{appInfo.info?.schoolFile ?? ''}</span> },
                { key: 'school', label: '学校名称', children: appInfo.info?.schoolName || '（未填写）' }
              ]}
            />
          </Card>
        </Space>
      </div>
    </div>
  )
}
