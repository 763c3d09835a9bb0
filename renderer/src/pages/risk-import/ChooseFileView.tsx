import { Button, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import type { RiskImportState } from './use-risk-import'

/** First screen: what the import reads and the button that opens the file dialog. */
export function ChooseFileView({ state }: { state: RiskImportState }) {
  const failedFile = state.file && !state.preview ? state.file.fileName : undefined

  return (
    <div className="import-choose" data-testid="import-choose">
      <FileExcelOutlined className="import-choose-icon" aria-hidden />
      <Typography.Paragraph>
        选择学校已有的风险清单（Excel 工作簿 .xlsx）。表头可以有多行，风险点等合并单元格、每页重复的表头、合计行和签字行都能识别；
        评价方法可以是 LEC、LS，或只写了风险等级。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        旧版 .xls 文件和 WPS 的 .et 文件，请先在 Excel 或 WPS 中另存为“Excel 工作簿（*.xlsx）”。
      </Typography.Paragraph>
      <Button
        type="primary"
        size="large"
        icon={<FileExcelOutlined />}
        loading={state.busy === 'choosing'}
        onClick={() => void state.choose()}
        data-testid="import-choose-file"
      >
        {failedFile ? '选择其他文件' : '选择 Excel 文件'}
      </Button>
      {state.preview && state.file && (
        <Typography.Paragraph className="import-current-file">
          当前文件：{state.file.fileName}
          <Button type="link" onClick={() => state.setStep('mapping')}>
            继续核对各列
          </Button>
        </Typography.Paragraph>
      )}
    </div>
  )
}
