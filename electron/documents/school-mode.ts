import { schoolSettingsOf, type SchoolData } from '../../shared/exchange/school-data'
import type { OutputBuilder } from '../outputs/output-builder'

export type SchoolMode = 'normal' | 'small'

const skipReasons: Record<SchoolMode, string> = {
  normal: '小规模学校模式下由《小规模学校双重预防体系手册》代替',
  small: '仅在小规模学校模式下生成'
}

function modeOf(data: SchoolData): SchoolMode {
  return schoolSettingsOf(data).smallSchoolMode ? 'small' : 'normal'
}

/**
 * Makes a document only in one mode: the small-school mode prints one short manual in place of the two long
 * ones. In the other mode the output is skipped with the reason, as the outputs list shows it.
 */
export function onlyInMode(builder: OutputBuilder, mode: SchoolMode): OutputBuilder {
  return {
    ...builder,
    skipReason: (data) => (modeOf(data) === mode ? builder.skipReason?.(data) : skipReasons[mode])
  }
}
