import { Button, Form, Input, InputNumber } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { maxMeaningLength, maxScaleRows, meaningProblem, scaleValueProblem } from '@shared/schemas/value-tables-inputs'
import { problemRule } from './form-values'

interface ScaleEditorProps {
  method: 'lec' | 'ls'
  scale: 'l' | 'e' | 'c' | 's'
  /** The scale's name in messages, e.g. "LEC 暴露频繁程度 E"; the same words the Node side uses. */
  label: string
  title: string
  /** LEC values may be changed, added and removed; LS keeps its 1–5 values and only the meanings change. */
  editableValues: boolean
}

/** Edits one scale as rows of 分值 and 含义, each checked with the Node side's words. */
export function ScaleEditor({ method, scale, label, title, editableValues }: ScaleEditorProps) {
  const testId = `scale-${method}-${scale}`
  return (
    <div className="scale-editor" data-testid={testId}>
      <div className="scale-editor-title">{title}</div>
      <Form.List name={[method, scale]}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div className="scale-row" key={field.key}>
                <Form.Item
                  name={[field.name, 'value']}
                  className="scale-value"
                  rules={[problemRule((value) => scaleValueProblem(value, `${label}第${index + 1}行分值`))]}
                >
                  <InputNumber disabled={!editableValues} min={0} aria-label={`${label}第${index + 1}行分值`} data-testid={`${testId}-value-${index}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'meaning']}
                  className="scale-meaning"
                  rules={[problemRule((value) => meaningProblem(value, `${label}第${index + 1}行含义`))]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={maxMeaningLength} aria-label={`${label}第${index + 1}行含义`} data-testid={`${testId}-meaning-${index}`} />
                </Form.Item>
                {editableValues && fields.length > 1 && (
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除${label}第${index + 1}行`} onClick={() => remove(field.name)} />
                )}
              </div>
            ))}
            {editableValues && fields.length < maxScaleRows && (
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ value: null, meaning: '' })} data-testid={`${testId}-add`}>
                添加分值
              </Button>
            )}
          </>
        )}
      </Form.List>
    </div>
  )
}
