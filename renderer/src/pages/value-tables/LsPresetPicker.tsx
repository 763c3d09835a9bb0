import { Form, Radio } from 'antd'
import { lsPresetKeys, lsPresets, matchLsPreset, type LsPresetKey } from '@shared/grading/ls-presets'
import { completeThresholds, orderedThresholds, type ThresholdRow } from './form-values'

/**
 * Picks the R bounds of the risk matrix from the published presets; editing a bound by hand shows 自定义. The
 * choice is read back from the bounds, so it never disagrees with them.
 */
export function LsPresetPicker() {
  const form = Form.useFormInstance()
  const watched = Form.useWatch<ThresholdRow[] | undefined>(['ls', 'thresholds'])
  const complete = completeThresholds(watched)
  const current = complete ? matchLsPreset(complete) : 'custom'

  const choose = (key: LsPresetKey | 'custom') => {
    if (key === 'custom') return
    form.setFieldValue(['ls', 'thresholds'], orderedThresholds(lsPresets[key].thresholds))
  }

  return (
    <Radio.Group value={current} onChange={(event) => choose(event.target.value as LsPresetKey | 'custom')} className="ls-presets" data-testid="ls-presets">
      {lsPresetKeys.map((key) => (
        <Radio key={key} value={key} data-testid={`ls-preset-${key}`}>
          <strong>{lsPresets[key].label}</strong>
          <span className="muted preset-ranges">{lsPresets[key].ranges}</span>
          {key === 'A' && <span className="muted">（默认）</span>}
        </Radio>
      ))}
      <Radio value="custom" data-testid="ls-preset-custom">
        <strong>自定义</strong>
        <span className="muted preset-ranges">在下方直接修改各等级的 R 下限</span>
      </Radio>
    </Radio.Group>
  )
}
