import { Form, Input, List, Typography } from 'antd'
import type { NumberedItem } from '@shared/domain/inspections'
import { describeError } from '@shared/errors'
import { parseItemNumbers, sharedNumbers } from '@shared/inspections/item-numbers'
import { applyNumbers, numbersWith, setMark, type Marks } from './record-marks'

/** The two number fields as typed. */
export interface NumberTexts {
  notOk: string
  na: string
}

/** Returns the message for what was typed, or '' when both fields read cleanly and name no item twice. */
export function numbersProblem(texts: NumberTexts, itemCount: number): { notOk: string; na: string } {
  const notOk = parseItemNumbers(texts.notOk, itemCount, '不合格项序号')
  const na = parseItemNumbers(texts.na, itemCount, '不适用项序号')
  const problems = { notOk: notOk.ok ? '' : describeError(notOk.error), na: na.ok ? '' : describeError(na.error) }
  if (notOk.ok && na.ok) {
    const both = sharedNumbers(notOk.numbers, na.numbers)
    if (both.length > 0) problems.na = describeError({ code: 'item-numbers-conflict', value: both.join('、') })
  }
  return problems
}

interface NumbersEntryProps {
  items: readonly NumberedItem[]
  texts: NumberTexts
  marks: Marks
  onChange: (texts: NumberTexts, marks: Marks) => void
}

/**
 * Takes the results the paper-first way: the user types the numbers of the items not OK and not applicable
 * ("3, 7, 12-14"), and every other item is OK. The items not OK are then listed to copy the problem written
 * on paper.
 */
export function NumbersEntry({ items, texts, marks, onChange }: NumbersEntryProps) {
  const problems = numbersProblem(texts, items.length)

  const type = (next: NumberTexts) => {
    const notOk = parseItemNumbers(next.notOk, items.length, '不合格项序号')
    const na = parseItemNumbers(next.na, items.length, '不适用项序号')
    const clean = notOk.ok && na.ok && sharedNumbers(notOk.numbers, na.numbers).length === 0
    onChange(next, clean ? applyNumbers(marks, notOk.numbers, na.numbers) : marks)
  }

  // While the numbers do not parse, the marks still hold the last good numbers (and the descriptions typed
  // for them, which come back once the numbers are corrected), so their description fields are hidden.
  const parsed = problems.notOk === '' && problems.na === ''
  const failing = parsed ? numbersWith(marks, 'not-ok').map((itemNo) => items[itemNo - 1]).filter((item): item is NumberedItem => item !== undefined) : []
  return (
    <>
      <Form.Item label="不合格项序号" validateStatus={problems.notOk ? 'error' : undefined} help={problems.notOk || '如 3, 7, 12-14；可用全角数字和“、，；”'}>
        <Input value={texts.notOk} onChange={(event) => type({ ...texts, notOk: event.target.value })} placeholder="如 3, 7, 12-14" data-testid="record-not-ok" />
      </Form.Item>
      <Form.Item label="不适用项序号" validateStatus={problems.na ? 'error' : undefined} help={problems.na || '本次没有检查条件的项目，如设施停用'}>
        <Input value={texts.na} onChange={(event) => type({ ...texts, na: event.target.value })} placeholder="没有可不填" data-testid="record-na" />
      </Form.Item>
      {failing.length > 0 && (
        <List
          size="small"
          bordered
          header={<Typography.Text strong>不合格项的问题描述（照抄检查表“问题描述”栏）</Typography.Text>}
          dataSource={failing}
          data-testid="record-failing"
          renderItem={(item) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <div>
                  第 {item.itemNo} 项 · {item.riskPointLabel} · {item.content}
                </div>
                <Input
                  value={marks[item.itemNo]?.note ?? ''}
                  maxLength={500}
                  placeholder="部位和情况，如：东侧围墙一处砖块松动"
                  onChange={(event) => onChange(texts, setMark(marks, item.itemNo, { note: event.target.value }))}
                  data-testid={`record-note-${item.itemNo}`}
                />
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  )
}
