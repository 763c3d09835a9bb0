import { Alert, Button, Card, Form, Input, Popconfirm, Select, Space, Spin, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { majorHazardAreaLabels, majorHazardAreas, type MajorHazardCriteria, type MajorHazardCriterion } from '@shared/domain/major-hazard-criteria'
import type { MajorHazardCriteriaInput } from '@shared/schemas/hazard-inputs'
import { call } from '../../api/client'
import { useAction, useLoad } from '../../api/hooks'
import { ErrorBox } from '../../components/ErrorBox'

const areaOptions = majorHazardAreas.map((area) => ({ value: area, label: majorHazardAreaLabels[area] }))

interface CriteriaValues {
  name: string
  criteria: MajorHazardCriterion[]
}

function CriteriaEditor({ criteria, onSaved, onCancel }: { criteria: MajorHazardCriteria; onSaved: (saved: MajorHazardCriteria) => void; onCancel: () => void }) {
  const [form] = Form.useForm<CriteriaValues>()
  const run = useAction()

  const save = async (values: CriteriaValues) => {
    const saved = await run(() => call('hazard-criteria:save', values as unknown as MajorHazardCriteriaInput), '重大事故隐患判定标准已保存')
    if (saved) onSaved(saved)
  }

  return (
    <Form<CriteriaValues> form={form} initialValues={criteria} onFinish={(values) => void save(values)} data-testid="criteria-editor">
      <Form.Item name="name" label="名称" rules={[{ required: true, message: '「判定标准名称」不能为空，请填写后再保存。' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.List name="criteria">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Space key={row.key} align="start" style={{ display: 'flex' }}>
                <Form.Item name={[row.name, 'code']} style={{ width: 100 }}>
                  <Input maxLength={20} placeholder="编号" />
                </Form.Item>
                <Form.Item name={[row.name, 'area']} style={{ width: 230 }}>
                  <Select options={areaOptions} />
                </Form.Item>
                <Form.Item name={[row.name, 'text']} style={{ width: 560 }}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} placeholder="判定情形" />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(row.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ code: '', area: 'fire', text: '' })}>
              添加判定情形
            </Button>
          </>
        )}
      </Form.List>
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" data-testid="criteria-save">
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  )
}

/**
 * 重大事故隐患判定标准: the list inspectors tick when registering a hazard. Editable, saved with a new
 * version; a criterion a hazard was graded by can be reworded but not removed.
 */
export function MajorHazardCriteriaCard() {
  const loaded = useLoad('hazard-criteria:get')
  const [editing, setEditing] = useState(false)
  const run = useAction()

  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={() => void loaded.reload()} />
  if (!loaded.data) return <Spin />
  const criteria = loaded.data

  const reset = async () => {
    const saved = await run(() => call('hazard-criteria:reset'), '已恢复默认判定标准')
    if (saved) loaded.setData(saved)
  }

  return (
    <Card
      title="重大事故隐患判定标准"
      size="small"
      data-testid="criteria-card"
      extra={
        !editing && (
          <Space>
            <Popconfirm title="恢复为软件自带的判定标准吗？" description="本校修改过的条目将被替换；已被隐患引用的条目不能删除。" okText="恢复" cancelText="取消" onConfirm={() => reset()}>
              <Button size="small">恢复默认</Button>
            </Popconfirm>
            <Button size="small" type="primary" onClick={() => setEditing(true)} data-testid="criteria-edit">
              编辑
            </Button>
          </Space>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`${criteria.name}（版本 ${criteria.version}）`}
        description="登记隐患时勾选其中任意一项，该隐患即判定为重大事故隐患。消防安全的条目依据教育部《教育系统重大事故隐患判定指南》（教发厅函〔2024〕20号）整理；其他领域的条目依据常见做法整理，请对照指南原文和本省规定核对后修改。"
      />
      {editing ? (
        <CriteriaEditor
          criteria={criteria}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            loaded.setData(saved)
            setEditing(false)
          }}
        />
      ) : (
        <Table<MajorHazardCriterion>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={criteria.criteria}
          columns={[
            { title: '编号', dataIndex: 'code', width: 90 },
            { title: '领域', key: 'area', width: 220, render: (_value, item) => majorHazardAreaLabels[item.area] },
            { title: '判定情形', dataIndex: 'text' }
          ]}
        />
      )}
    </Card>
  )
}
