import { Alert, Col, Form, Radio, Row, Select, type FormInstance } from 'antd'
import { useEffect, useRef } from 'react'
import type { Post, Staff } from '@shared/domain/entities'
import { controlLevelLabels, controlLevels, riskLevelInfo, type RiskLevel } from '@shared/domain/levels'
import { gradingMethodLabels, gradingMethods, type GradingMethod } from '@shared/grading/grade'
import type { ValueTables } from '@shared/grading/value-tables'
import { riskInput } from '@shared/schemas/inputs'
import { requiredRule, schemaRule } from '../../components/form-rules'
import { LevelTag } from '../../components/LevelTag'
import { PostSelect } from '../../components/PostSelect'
import { StaffSelect } from '../../components/StaffSelect'
import { DirectLevelCards } from './DirectLevelCards'
import { LecFields } from './LecFields'
import { liveGrade } from './live-grade'
import { LsFields } from './LsFields'

const fields = riskInput.shape

interface EvaluationFieldsProps {
  form: FormInstance
  tables: ValueTables
  posts: readonly Post[]
  staff: readonly Staff[]
  onStaffAdded: () => Promise<void>
}

/**
 * The evaluation part of the risk editor: the method, its factors with the score and level computed as
 * they are chosen, the control level (following the level until the user picks another) and the owners.
 */
export function EvaluationFields({ form, tables, posts, staff, onStaffAdded }: EvaluationFieldsProps) {
  const method = (Form.useWatch('method', form) as GradingMethod | undefined) ?? 'lec'
  const lecL = (Form.useWatch('lecL', form) as number | null | undefined) ?? null
  const lecE = (Form.useWatch('lecE', form) as number | null | undefined) ?? null
  const lecC = (Form.useWatch('lecC', form) as number | null | undefined) ?? null
  const lsL = (Form.useWatch('lsL', form) as number | null | undefined) ?? null
  const lsS = (Form.useWatch('lsS', form) as number | null | undefined) ?? null
  const directLevel = (Form.useWatch('directLevel', form) as RiskLevel | null | undefined) ?? null

  const live = liveGrade({ method, lecL, lecE, lecC, lsL, lsS, directLevel }, tables)
  const level = live.grade?.level

  // The control level follows the level while it still equals the previous level's default.
  const previousLevel = useRef<RiskLevel | undefined>(level)
  useEffect(() => {
    if (level === undefined || level === previousLevel.current) return
    const current = form.getFieldValue('controlLevel') as string | null | undefined
    const previousDefault = previousLevel.current ? riskLevelInfo[previousLevel.current].defaultControlLevel : undefined
    if (!current || current === previousDefault) form.setFieldValue('controlLevel', riskLevelInfo[level].defaultControlLevel)
    previousLevel.current = level
  }, [level, form])

  // A post with exactly one person names the owner too, unless the user already chose one.
  const fillOwnerFromPost = (postId: number | null) => {
    const people = posts.find((post) => post.id === postId)?.staffIds ?? []
    if (people.length === 1 && !form.getFieldValue('ownerStaffId')) form.setFieldValue('ownerStaffId', people[0])
  }

  return (
    <div data-testid="evaluation-fields">
      <Form.Item name="method" label="评价方法" required rules={[schemaRule(fields.method)]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={gradingMethods.map((value) => ({ value, label: gradingMethodLabels[value] }))}
          data-testid="risk-method"
        />
      </Form.Item>

      {method === 'lec' && <LecFields table={tables.lec} factors={{ l: lecL, e: lecE, c: lecC }} grade={live.grade} />}
      {method === 'ls' && <LsFields table={tables.ls} form={form} factors={{ l: lsL, s: lsS }} grade={live.grade} />}
      {method === 'direct' && (
        <Form.Item name="directLevel" label="风险等级" required rules={[requiredRule('风险等级', 'choice')]} extra="对照各等级的定义，直接判定风险等级。适合小规模学校和简单的作业活动。">
          <DirectLevelCards />
        </Form.Item>
      )}

      {live.problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={live.problem} data-testid="grade-problem" />}

      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="controlLevel"
            label="管控层级"
            rules={[schemaRule(fields.controlLevel)]}
            extra={level ? <span>按{riskLevelInfo[level].word}默认为{controlLevelLabels[riskLevelInfo[level].defaultControlLevel]}，可修改</span> : '风险越高，管控层级越高'}
          >
            <Select
              options={controlLevels.map((value) => ({ value, label: controlLevelLabels[value] }))}
              allowClear
              placeholder="按风险等级自动确定"
              data-testid="risk-control-level"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerPostId" label="责任岗位" rules={[schemaRule(fields.ownerPostId)]}>
            <PostSelect posts={posts} onChange={fillOwnerFromPost} testId="risk-owner-post" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerStaffId" label="责任人" rules={[schemaRule(fields.ownerStaffId)]}>
            <StaffSelect staff={staff} onStaffAdded={onStaffAdded} testId="risk-owner-staff" />
          </Form.Item>
        </Col>
      </Row>
      {level && (
        <div className="muted" data-testid="risk-live-level">
          判定结果：<LevelTag level={level} score={live.grade?.score} />
        </div>
      )}
    </div>
  )
}
