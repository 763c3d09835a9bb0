import { Form, Modal, type FormInstance } from 'antd'
import { useState, type KeyboardEvent, type ReactNode } from 'react'

interface FormModalProps<Values> {
  title: string
  form: FormInstance<Values>
  initialValues?: Partial<Values>
  /** Saves the values; returns true when saved, so the modal closes. */
  onSubmit: (values: Values) => Promise<boolean>
  onClose: () => void
  okText?: string
  width?: number
  testId: string
  children: ReactNode
}

/**
 * Controls in which Enter confirms a value inside the control: a typed date in a date picker, an option in a
 * select list. The browser would also submit the form on that Enter (implicit submission from an input).
 */
const pickerControls = '.ant-picker, .ant-select, .ant-cascader'

/** Keeps Enter in a date picker or select list from saving a half-filled form; the control still takes the Enter. */
function keepPickerEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.target instanceof Element)) return
  if (event.target.closest(pickerControls)) event.preventDefault()
}

/**
 * Wraps a form in a modal whose OK button is the form's submit button, so Enter in a one-line text field saves
 * after the form's validation passes; Enter in a date picker or select list only confirms its value. Render
 * it only while it is open, so each opening starts with a fresh form.
 */
export function FormModal<Values>({ title, form, initialValues, onSubmit, onClose, okText = '保存', width = 560, testId, children }: FormModalProps<Values>) {
  const [saving, setSaving] = useState(false)

  const finish = async (values: Values) => {
    setSaving(true)
    try {
      if (await onSubmit(values)) onClose()
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      cancelText="取消"
      confirmLoading={saving}
      onCancel={onClose}
      mask={{ closable: false }}
      okButtonProps={{ htmlType: 'submit', 'data-testid': `${testId}-ok` }}
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void finish(values)}
          onKeyDown={keepPickerEnter}
          data-testid={testId}
          scrollToFirstError
        >
          {dom}
        </Form>
      )}
    >
      {children}
    </Modal>
  )
}
