import { Col, Form, Row, Select } from 'antd'
import { facilityKeys, facilityLabels, schoolCategories } from '@shared/domain/school'
import { customEntryInput } from '@shared/schemas/custom-library-inputs'
import { schemaRule } from './form-rules'

const fields = customEntryInput.shape

/** 适用学校类别 and 所需设施 of a custom library entry; leaving both empty makes it fit every school. */
export function ApplicabilityFields() {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="categories" label="适用学校类别" extra="不选表示适用于所有类别的学校" rules={[schemaRule(fields.categories)]}>
          <Select
            mode="multiple"
            allowClear
            placeholder="所有类别"
            options={schoolCategories.map((category) => ({ value: category, label: category }))}
            data-testid="applies-categories"
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="facilities" label="所需设施" extra="选了设施时，学校有其中任一项才适用" rules={[schemaRule(fields.facilities)]}>
          <Select
            mode="multiple"
            allowClear
            placeholder="不需要特定设施"
            options={facilityKeys.map((key) => ({ value: key, label: facilityLabels[key] }))}
            data-testid="applies-facilities"
          />
        </Form.Item>
      </Col>
    </Row>
  )
}
