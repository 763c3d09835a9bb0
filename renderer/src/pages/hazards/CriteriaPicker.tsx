import { Alert, Checkbox, Typography } from 'antd'
import { criteriaByArea, majorHazardAreaLabels, type MajorHazardCriteria } from '@shared/domain/major-hazard-criteria'

interface CriteriaPickerProps {
  criteria: MajorHazardCriteria
  value?: string[]
  onChange?: (codes: string[]) => void
  disabled?: boolean
}

/** Shows the major-hazard criteria by area to tick; ticking any one makes the hazard 重大. */
export function CriteriaPicker({ criteria, value = [], onChange, disabled }: CriteriaPickerProps) {
  const toggle = (code: string, checked: boolean) => {
    const next = checked ? [...value, code] : value.filter((item) => item !== code)
    onChange?.(criteria.criteria.map((criterion) => criterion.code).filter((item) => next.includes(item)))
  }

  return (
    <div data-testid="criteria-picker">
      <Alert
        type={value.length > 0 ? 'error' : 'info'}
        showIcon
        style={{ marginBottom: 8 }}
        title={
          value.length > 0
            ? `已勾选 ${value.length} 项判定情形，该隐患按重大事故隐患管理：须落实五落实、编制治理方案并上报后才能整改。`
            : '对照下列判定情形检查：勾选任意一项，该隐患即判定为重大事故隐患。'
        }
      />
      <div className="criteria-list">
        {criteriaByArea(criteria.criteria).map(({ area, criteria: items }) => (
          <div key={area} className="criteria-area">
            <Typography.Text strong>{majorHazardAreaLabels[area]}</Typography.Text>
            {items.length === 0 && <div className="muted">（本校判定标准中暂无条目，可在“设置”中添加）</div>}
            {items.map((criterion) => (
              <div key={criterion.code}>
                <Checkbox
                  checked={value.includes(criterion.code)}
                  disabled={disabled}
                  onChange={(event) => toggle(criterion.code, event.target.checked)}
                  data-testid={`criterion-${criterion.code}`}
                >
                  <span className="muted">{criterion.code}</span> {criterion.text}
                </Checkbox>
              </div>
            ))}
          </div>
        ))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        判定标准：{criteria.name}（版本 {criteria.version}）
      </Typography.Text>
    </div>
  )
}
