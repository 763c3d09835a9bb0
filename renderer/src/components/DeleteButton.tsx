import { Button, Popconfirm } from 'antd'
import { DeleteOutlined } from '@ant-design/icons'

interface DeleteButtonProps {
  /** Name of the deleted record, shown in the question, e.g. 教职工“张三”. */
  target: string
  /** Records deleted or changed along with it, when that is not obvious. */
  consequence?: string
  onConfirm: () => Promise<unknown> | void
  testId?: string
  label?: string
  disabled?: boolean
  /** Shows the bin icon; table rows leave it out to stay narrow. */
  showIcon?: boolean
}

/** Shows a delete link that deletes only after the user confirms. */
export function DeleteButton({ target, consequence, onConfirm, testId, label = '删除', disabled, showIcon = false }: DeleteButtonProps) {
  return (
    <Popconfirm
      title={`确定删除${target}吗？`}
      description={consequence}
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true, 'data-testid': 'confirm-delete' }}
      onConfirm={() => onConfirm()}
    >
      <Button
        type="link"
        danger
        size="small"
        icon={showIcon ? <DeleteOutlined /> : undefined}
        autoInsertSpace={false}
        disabled={disabled}
        data-testid={testId}
      >
        {label}
      </Button>
    </Popconfirm>
  )
}
