import { Button, Collapse, List, Result, Tag, Typography } from 'antd'
import type { ImportPreview } from '@shared/risk-import'
import { groupRows, questionKindLabels } from './import-view'
import { QuestionCard } from './QuestionCard'
import type { GivenAnswer, RiskImportState } from './use-risk-import'

const questionsPerPage = 10

function GivenAnswers({ state }: { state: RiskImportState }) {
  if (state.given.length === 0) return null
  return (
    <Collapse
      className="given-answers"
      items={[
        {
          key: 'given',
          label: `已回答的问题（${state.given.length}）`,
          children: (
            <List<GivenAnswer>
              size="small"
              dataSource={state.given}
              data-testid="given-answers"
              renderItem={(entry) => (
                <List.Item
                  actions={[
                    <Button key="withdraw" type="link" size="small" disabled={state.busy !== undefined} onClick={() => void state.withdraw(entry.key)}>
                      撤销
                    </Button>
                  ]}
                >
                  <span>
                    <Tag className="cell-tag">{entry.question.cell}</Tag>
                    {questionKindLabels[entry.question.kind]}：{entry.optionLabel}
                    {entry.appliesToGroup && <span className="muted">（同类情况全部适用）</span>}
                  </span>
                </List.Item>
              )}
            />
          )
        }
      ]}
    />
  )
}

/** Screen 4: the open questions, one card each; every answer re-reads the list, which may raise new ones. */
export function QuestionsView({ state, preview }: { state: RiskImportState; preview: ImportPreview }) {
  const { questions } = preview

  if (questions.length === 0) {
    return (
      <div data-testid="import-questions">
        <Result
          status="success"
          title="没有需要确认的问题"
          subTitle={state.given.length > 0 ? `你回答了 ${state.given.length} 个问题，预览已按回答更新。` : '清单中的内容都能直接识别。'}
          extra={
            <Button type="primary" onClick={() => state.setStep('confirm')} data-testid="questions-go-confirm">
              下一步：确认导入
            </Button>
          }
        />
        <GivenAnswers state={state} />
      </div>
    )
  }

  return (
    <div data-testid="import-questions">
      <Typography.Paragraph data-testid="questions-count">
        还有 <strong>{questions.length}</strong> 个问题需要你确认。导入程序不会替你猜测：每个问题回答后，清单会按回答重新读取，可能出现新的问题。
      </Typography.Paragraph>
      <List
        dataSource={questions}
        rowKey="id"
        pagination={questions.length > questionsPerPage ? { pageSize: questionsPerPage, size: 'small' } : false}
        renderItem={(question) => (
          <List.Item>
            <QuestionCard
              key={question.id}
              question={question}
              groupRows={question.groupId ? groupRows(questions, question.groupId) : question.rows}
              disabled={state.busy !== undefined}
              onAnswer={(value, toGroup) => void state.answer(question, value, toGroup)}
            />
          </List.Item>
        )}
      />
      <GivenAnswers state={state} />
    </div>
  )
}
