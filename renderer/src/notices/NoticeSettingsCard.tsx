import { Button, Card, Col, Form, Input, Radio, Row, Spin, Switch } from 'antd'
import { useEffect } from 'react'
import { boardSizeLabels, boardSizes, cardSizeLabels, cardSizes, type NoticeSettings } from '@shared/domain/notices'
import { noticeSettingsInput, type NoticeSettingsInput } from '@shared/schemas/notice-inputs'
import { call } from '../api/client'
import { useAction, useLoad } from '../api/hooks'
import { ErrorBox } from '../components/ErrorBox'
import { schemaRule } from '../components/form-rules'

const fields = noticeSettingsInput.shape

/**
 * 告知卡与公告栏 settings on the outputs step: card paper size, the QR code on each card, the notice board's
 * paper size and the two phone numbers every card and the board print.
 */
export function NoticeSettingsCard() {
  const settings = useLoad('notice-settings:get')
  const [form] = Form.useForm<NoticeSettings>()
  const run = useAction()

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  if (settings.error) return <ErrorBox error={settings.error} onRetry={() => void settings.reload()} />
  if (!settings.data) return <Spin />

  const save = async (values: NoticeSettings) => {
    const saved = await run(() => call('notice-settings:save', values as unknown as NoticeSettingsInput), '告知卡与公告栏设置已保存')
    if (saved) settings.setData(saved)
  }

  return (
    <Card title="告知卡与公告栏" size="small" style={{ marginBottom: 16 }} data-testid="notice-settings">
      <Form form={form} layout="vertical" initialValues={settings.data} onFinish={(values) => void save(values)}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="cardSize" label="告知卡纸张" extra="A5 告知卡保留全部栏目，每栏列出的条目较少。">
              <Radio.Group options={cardSizes.map((size) => ({ value: size, label: cardSizeLabels[size] }))} data-testid="notice-card-size" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="cardQrCode" label="告知卡二维码" valuePropName="checked" extra="二维码里是告知卡本身的文字，手机扫码即可查看，不需要联网。">
              <Switch data-testid="notice-qr" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="boardSize" label="公告栏纸张">
              <Radio.Group options={boardSizes.map((size) => ({ value: size, label: boardSizeLabels[size] }))} data-testid="notice-board-size" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="dutyPhone" label="学校值班电话" rules={[schemaRule(fields.dutyPhone)]} extra="不填时使用办公室电话，再无则用学校联系电话。">
              <Input maxLength={20} data-testid="notice-duty-phone" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="bureauPhone" label="县（市、区）教育局电话" rules={[schemaRule(fields.bureauPhone)]} extra="印在公告栏和告知卡上，用于报告险情和隐患。">
              <Input maxLength={20} placeholder="如：0391-1234567" data-testid="notice-bureau-phone" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" data-testid="notice-save">
          保存设置
        </Button>
      </Form>
    </Card>
  )
}
