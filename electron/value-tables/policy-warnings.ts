import type { Policy } from '../../shared/domain/entities'
import { methodScales } from '../../shared/grading/table-checks'
import type { LevelThreshold, ValueTables } from '../../shared/grading/value-tables'

function boundsKey(thresholds: readonly LevelThreshold[]): string {
  return [...thresholds]
    .sort((a, b) => a.level.localeCompare(b.level))
    .map((threshold) => `${threshold.level}${threshold.inclusive ? '>=' : '>'}${threshold.min}`)
    .join(',')
}

/**
 * Warns when a policy text spells out bounds that the proposed tables move: the default 安全风险分级管控制度
 * states "D值大于320为重大风险…" and "R值20至25为重大风险…", and the manual prints both the policy and the
 * method chapter, which would then disagree. The text is the school's own, so it is not rewritten.
 */
export function policyWarnings(policies: readonly Policy[], current: ValueTables, proposed: Omit<ValueTables, 'version'>): string[] {
  const before = methodScales(current)
  return methodScales(proposed).flatMap((method, position) => {
    if (boundsKey(method.thresholds) === boundsKey(before[position].thresholds)) return []
    return policies
      .filter((policy) => policy.body.includes(`${method.symbol}值`))
      .map((policy) => `制度文本《${policy.title}》写有 ${method.method} 法的分级界限（${method.symbol}值），应用后请到“制度文本”中按新标准修改，使手册前后一致。`)
  })
}
