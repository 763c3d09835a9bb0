import { Button, Collapse, Descriptions, List, Result, Typography } from 'antd'
import { useNavigate } from 'react-router'
import type { ImportResult } from '@shared/risk-import'

/** After the import: what was written, where to see it, and what to do next. */
export function ImportResultView({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const navigate = useNavigate()

  return (
    <div data-testid="import-result">
      <Result
        status="success"
        title={`已导入 ${result.risksCreated} 项风险`}
        subTitle={`来自“${result.file}”的工作表“${result.sheet}”。`}
        extra={[
          <Button key="identification" type="primary" onClick={() => navigate('/wizard/identification')} data-testid="result-go-identification">
            到“风险辨识”查看
          </Button>,
          <Button key="another" onClick={onAnother} data-testid="result-another">
            再导入一份清单
          </Button>
        ]}
      />
      <Descriptions
        bordered
        size="small"
        column={2}
        data-testid="result-counts"
        items={[
          { key: 'created', label: '新建风险点', children: `${result.riskPointsCreated} 个` },
          { key: 'matched', label: '归入已有风险点', children: `${result.riskPointsMatched} 个` },
          { key: 'risks', label: '风险', children: `${result.risksCreated} 项` },
          { key: 'measures', label: '管控措施', children: `${result.measuresCreated} 条` },
          { key: 'skipped', label: '跳过的行', children: `${result.skippedRows} 行` },
          { key: 'warnings', label: '警告', children: `${result.warnings.length} 条` }
        ]}
      />
      <Typography.Paragraph className="result-hint" data-testid="result-hint">
        下一步：到“隐患排查清单”步骤点击“根据管控措施生成排查项”，为导入的管控措施生成排查项。
        <Button type="link" onClick={() => navigate('/wizard/checklist')} data-testid="result-go-checklist">
          前往隐患排查清单
        </Button>
      </Typography.Paragraph>
      {result.warnings.length > 0 && (
        <Collapse
          items={[
            {
              key: 'warnings',
              label: `导入时的警告（${result.warnings.length}）`,
              children: <List size="small" dataSource={result.warnings} renderItem={(warning) => <List.Item>{warning.message}</List.Item>} />
            }
          ]}
        />
      )}
    </div>
  )
}
