import type { OutputBuilder } from '../outputs/output-builder'
import { hazardCheckListBuilder } from './hazard-check-list'
import { riskControlListBuilder } from './risk-control-list'
import { statisticsTableBuilder } from './statistics-table'
import { hazardLedgerBuilder } from './hazard-ledger'

/** The Excel sheets, generated after the Word documents. */
export const sheetBuilders: OutputBuilder[] = [riskControlListBuilder, hazardCheckListBuilder, statisticsTableBuilder, hazardLedgerBuilder]
