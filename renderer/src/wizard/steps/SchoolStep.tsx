import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { facilityKeys, facilityLabels, jiaozuoCounties, schoolCategories, schoolNatures, schoolScopes, type School } from '@shared/domain/school'
import { schoolInput, type SchoolInput } from '@shared/schemas/inputs'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { useAppInfo } from '../../app/app-info'
import { ErrorBox } from '../../components/ErrorBox'
import { schemaRule } from '../../components/form-rules'
import { useProgressRefresh } from '../progress'
import { SmallSchoolModeCard } from '../../small-school/SmallSchoolModeCard'

const fields = schoolInput.shape
const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

type FormValues = Omit<School, 'updatedAt'>

/** Step 1 学校概况: every field of the bureau's statistics table plus the facts the manuals print. */
export function SchoolStep() {
  const school = useLoad('school:get')
  const [form] = Form.useForm<FormValues>()
  const run = useAction()
  const refresh = useProgressRefresh()
  const appInfo = useAppInfo()
  const [savedCount, setSavedCount] = useState(0)

  useEffect(() => {
    if (school.data) form.setFieldsValue(school.data)
  }, [school.data, form])

  if (school.error) return <ErrorBox error={school.error} onRetry={() => void school.reload()} />
  if (!school.data) return <Spin />

  const save = async (values: FormValues) => {
    const saved = await run(() => call('school:save', values as unknown as SchoolInput), '学校概况已保存')
    if (saved) {
      school.setData(saved)
      setSavedCount((count) => count + 1)
      refresh()
      void appInfo.reload()
    }
  }

  return (
    <>
      <Typography.Title level={4}>学校概况</Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="以下信息用于生成上报教育局的统计表和各类手册，请按实际情况填写。带 * 的为统计表必填项。"
      />
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} requiredMark>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="学校名称" required rules={[schemaRule(fields.name)]}>
              <Input placeholder="如：焦作市某某学校" maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="county" label="县（市、区）" required rules={[{ required: true, message: '请选择县（市、区）' }]}>
              <Select options={options(jiaozuoCounties)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="scope" label="所在范围" required rules={[{ required: true, message: '请选择所在范围' }]}>
              <Select options={options(schoolScopes)} placeholder="城区/乡镇/农村" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="nature" label="办学性质" required rules={[{ required: true, message: '请选择办学性质' }]}>
              <Select options={options(schoolNatures)} placeholder="公办/民办" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="category" label="所属类别" required rules={[{ required: true, message: '请选择所属类别' }]}>
              <Select options={options(schoolCategories)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="address" label="学校地址" rules={[schemaRule(fields.address)]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="principal" label="校(园)长" required rules={[{ required: true, message: '请填写校(园)长姓名' }, schemaRule(fields.principal)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="principalPhone" label="校(园)长电话" rules={[schemaRule(fields.principalPhone)]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="deputy" label="主管双重预防体系建设副校(园)长" rules={[schemaRule(fields.deputy)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="deputyPhone" label="副校(园)长电话" rules={[schemaRule(fields.deputyPhone)]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="contactName" label="联系人姓名" required rules={[{ required: true, message: '请填写联系人姓名' }, schemaRule(fields.contactName)]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="contactPhone"
              label="联系人电话"
              required
              rules={[{ required: true, message: '请填写联系人电话' }, schemaRule(fields.contactPhone)]}
              extra="手机号或带区号的固定电话，如 0391-1234567"
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="pupilCount" label="学生（幼儿）人数" rules={[schemaRule(fields.pupilCount)]}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="staffCount" label="教职工人数" rules={[schemaRule(fields.staffCount)]}>
              <InputNumber min={0} max={20000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="classCount" label="班级数" rules={[schemaRule(fields.classCount)]}>
              <InputNumber min={0} max={2000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="facilities" label="学校设施（用于筛选适用的风险点）">
              <Checkbox.Group options={facilityKeys.map((key) => ({ value: key, label: facilityLabels[key] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="surroundings" label="周边环境" rules={[schemaRule(fields.surroundings)]}>
              <Input.TextArea rows={3} placeholder="如：东临城市主干道，南侧约 300 米有河道……" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="note" label="备注（统计表）" rules={[schemaRule(fields.note)]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit">
          保存学校概况
        </Button>
      </Form>
      <SmallSchoolModeCard profileVersion={savedCount} />
    </>
  )
}
