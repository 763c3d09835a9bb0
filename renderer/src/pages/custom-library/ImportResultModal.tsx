import { Alert, List, Modal, Typography } from 'antd'
import type { CustomLibraryImportResult } from '@shared/domain/custom-library'

interface ImportResultModalProps {
  result: CustomLibraryImportResult
  onClose: () => void
}

/** Lists every problem of a rejected import file, each under the key of its entry. */
export function ImportResultModal({ result, onClose }: ImportResultModalProps) {
  return (
    <Modal open title={`“${result.fileName}”未导入`} width={760} onCancel={onClose} onOk={onClose} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }}>
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={`文件中发现 ${result.problems.length} 个问题，自定义风险库未作任何改动。`}
        description="请按下列说明修改文件，或向对方重新索取导出的文件后再导入。"
      />
      <List
        size="small"
        bordered
        style={{ maxHeight: 420, overflow: 'auto' }}
        dataSource={result.problems}
        data-testid="import-problems"
        renderItem={(problem) => (
          <List.Item>
            <Typography.Text>
              {problem.key && <Typography.Text code>{problem.key}</Typography.Text>} {problem.message}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Modal>
  )
}
