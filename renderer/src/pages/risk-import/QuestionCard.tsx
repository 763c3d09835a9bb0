import { Button, Card, Checkbox, Radio, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { ImportQuestion } from '@shared/risk-import'
import { questionKindLabels, rowsText } from './import-view'

interface QuestionCardProps {
  question: ImportQuestion
  /** Rows of every open question of this question's group, when there are more than this question's own. */
  groupRows: number[]
  disabled: boolean
  onAnswer: (value: string, toGroup: boolean) => void
}

/** One open question: what the importer found, where, and the options; the answer re-reads the list. */
export function QuestionCard({ question, groupRows, disabled, onAnswer }: QuestionCardProps) {
  const [choice, setChoice] = useState<string>()
  const [toGroup, setToGroup] = useState(false)
  const canApplyToGroup = question.groupId !== undefined && groupRows.length > question.rows.length
  const promptId = `question-prompt-${question.id}`

  return (
    <Card
      size="small"
      className="question-card"
      data-testid="question-card"
      data-question={question.id}
      title={
        <Space size={8}>
          <span>{questionKindLabels[question.kind]}</span>
          <Tag className="cell-tag" data-testid="question-cell">
            {question.cell}
          </Tag>
        </Space>
      }
    >
      <Typography.Paragraph id={promptId} className="question-prompt">
        {question.prompt}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="question-facts">
        {question.value ? `单元格 ${question.cell} 的内容：“${question.value}”` : `单元格 ${question.cell} 为空`}
        {question.rows.length > 1 && `；这个回答适用于${rowsText(question.rows)}`}
      </Typography.Paragraph>
      <Radio.Group
        className="question-options"
        name={question.id}
        aria-labelledby={promptId}
        value={choice}
        disabled={disabled}
        onChange={(event) => setChoice(event.target.value as string)}
        options={question.options.map((option) => ({ value: option.value, label: option.label }))}
        vertical
      />
      <div className="question-actions">
        {canApplyToGroup ? (
          <span data-testid="question-apply-all">
            <Checkbox checked={toGroup} disabled={disabled} onChange={(event) => setToGroup(event.target.checked)}>
              对同类情况全部适用（{rowsText(groupRows)}）
            </Checkbox>
          </span>
        ) : (
          <span />
        )}
        <Button type="primary" disabled={disabled || choice === undefined} onClick={() => choice !== undefined && onAnswer(choice, toGroup && canApplyToGroup)} data-testid="question-confirm">
          确定
        </Button>
      </div>
    </Card>
  )
}
