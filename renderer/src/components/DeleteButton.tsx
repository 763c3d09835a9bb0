import { Button, Popconfirm } from 'antd'
import { DeleteOutlined } from '@ant-design/icons'

interface DeleteButtonProps {
  /** What is deleted, shown in the question, e.g. 教职工“张三”. */
  what: string
  /** What else goes with it, when that is not obvious. */
  consequence?: string
  onConfirm: () => Promise<unknown> | void
  testId?: string
  label?: string
  disabled?: boolean
  /** Shows the bin icon; table rows leave it out to stay narrow. */
  showIcon?: boolean
}

/** A delete link that asks for confirmation first. */
export function DeleteButton({ what, consequence, onConfirm, testId, label = '删除', disabled, showIcon = false }: DeleteButtonProps) {
  return (
    <Popconfirm
      title={`确定删除${what}吗？`}
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
