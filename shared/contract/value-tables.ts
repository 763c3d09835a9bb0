import type { ValueTables } from '../grading/value-tables'
import { emptyInput } from '../schemas/inputs'
import { valueTablesInput } from '../schemas/value-tables-inputs'
import type { ValueTablesApplied, ValueTablesHistoryEntry, ValueTablesPreview } from '../value-tables'
import { channel } from './channel-def'

/** Channels of the value tables (评价标准): read, preview a change, apply it, and list the applied sets. */
export const valueTablesChannels = {
  'value-tables:get': channel<ValueTables>()(emptyInput),
  'value-tables:preview': channel<ValueTablesPreview>()(valueTablesInput),
  'value-tables:apply': channel<ValueTablesApplied>()(valueTablesInput),
  'value-tables:history': channel<ValueTablesHistoryEntry[]>()(emptyInput)
} as const
