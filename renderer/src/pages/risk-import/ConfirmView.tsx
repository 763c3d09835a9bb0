import { Alert, Button, Descriptions, Space, Typography } from 'antd'
import { riskLevelInfo, riskLevels } from '@shared/domain/levels'
import type { ImportPreview } from '@shared/risk-import'
import { LevelTag } from '../../components/LevelTag'
import type { RiskImportState } from './use-risk-import'

/** Screen 5: what the import will write, and the one button that writes it. */
export function ConfirmView({ state, preview }: { state: RiskImportState; preview: ImportPreview }) {
  const { counts } = preview
  const open = preview.questions.length
  const reused = counts.riskPoints - counts.newRiskPoints

  return (
    <div data-testid="import-confirm">
      <Descriptions
        bordered
        size="small"
        column={1}
        className="import-summary"
        data-testid="confirm-summary"
        items={[
          { key: 'file', label: '文件与工作表', children: `${preview.file}，工作表“${preview.sheet}”` },
          { key: 'new', label: '新建风险点', children: <span data-testid="confirm-new-points">{counts.newRiskPoints} 个</span> },
          { key: 'reused', label: '归入已有风险点', children: <span data-testid="confirm-reused-points">{reused} 个（同名风险点已在学校文件中，风险加到它下面）</span> },
          {
            key: 'risks',
            label: '风险',
            children: (
              <Space wrap data-testid="confirm-risks">
                <span>{counts.risks} 项：</span>
                {riskLevels.map((level) => (
                  <span key={level} className="confirm-level">
                    <LevelTag level={level} /> {counts.levels[level]}
                  </span>
                ))}
                {counts.levels.pending > 0 && <span>待回答 {counts.levels.pending}</span>}
              </Space>
            )
          },
          { key: 'measures', label: '管控措施', children: <span data-testid="confirm-measures">{counts.measures} 条</span> },
          { key: 'skipped', label: '跳过的行', children: `${counts.skippedRows} 行（不导入，原因见“预览”）` },
          { key: 'warnings', label: '警告', children: <span data-testid="confirm-warnings">{counts.warnings} 条（见“预览”）</span> }
        ]}
      />
      {counts.risks === 0 && open === 0 && (
        <Alert
          className="import-note"
          type="warning"
          showIcon
          title="没有可导入的风险：表头下方的行都被跳过了。请在“预览”的“跳过的行”中查看原因，或检查列对应关系。"
          data-testid="confirm-nothing"
        />
      )}
      {open > 0 ? (
        <Alert
          className="import-note"
          type="warning"
          showIcon
          title={`还有 ${open} 个问题没有回答，回答完才能导入。`}
          action={
            <Button size="small" onClick={() => state.setStep('questions')}>
              去回答
            </Button>
          }
        />
      ) : (
        <Typography.Paragraph type="secondary" className="import-note">
          导入在一次操作中完成：要么全部写入，要么（出错时）一项也不写入。之后可在“风险辨识”“风险评价”中逐项修改；{riskLevelInfo.major.word}和{riskLevelInfo.high.word}请再逐项核对管控措施。
        </Typography.Paragraph>
      )}
      <Button
        type="primary"
        size="large"
        disabled={open > 0 || counts.risks === 0 || state.busy !== undefined}
        loading={state.busy === 'importing'}
        onClick={() => void state.apply()}
        data-testid="import-apply"
      >
        {open > 0 ? `确认导入（还有 ${open} 个问题未回答）` : '确认导入'}
      </Button>
    </div>
  )
}
