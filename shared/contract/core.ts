import { z } from 'zod'
import { channel } from './channel-def'
import type { Settings, CheckItem, LeadingGroup, Policy, Post, RiskPoint, Staff } from '../domain/entities'
import type { BuiltinPost, LibraryEntry } from '../domain/library'
import type { School } from '../domain/school'
import {
  addFromLibraryInput,
  checkItemInput,
  emptyInput,
  idInput,
  leadingGroupMemberInput,
  measureInput,
  officeInput,
  policyInput,
  postInput,
  riskInput,
  riskPointInput,
  schoolInput,
  seedPostsInput,
  settingsInput,
  staffInput
} from '../schemas/inputs'
import type { WizardProgress } from '../wizard'
import type { JobStatus } from '../jobs'

/** Channels of the school file, the guided build and the outputs. */

export interface AppInfo {
  appVersion: string
  schoolFile: string
  schoolFileId: string
  schoolName: string
  operatorName: string
  /** True when the window runs in the loopback test harness instead of Electron. */
  harness: boolean
}

export interface ChosenFolder {
  /** Opaque token for a folder chosen in a main-process dialog; the window never sends paths. */
  token: string
  folder: string
}

const tokenInput = z.object({ token: z.string().min(1).max(100) })
const jobIdInput = z.object({ jobId: z.string().min(1).max(100) })
const startOutputsInput = z.object({ token: z.string().min(1).max(100) })

export const coreChannels = {
  'app:info': channel<AppInfo>()(emptyInput),
  'settings:get': channel<Settings>()(emptyInput),
  'settings:save': channel<Settings>()(settingsInput),

  'files:new': channel<AppInfo | null>()(emptyInput),
  'files:open': channel<AppInfo | null>()(emptyInput),
  'files:save-as': channel<AppInfo | null>()(emptyInput),

  'school:get': channel<School>()(emptyInput),
  'school:save': channel<School>()(schoolInput),

  'staff:list': channel<Staff[]>()(emptyInput),
  'staff:save': channel<Staff>()(staffInput),
  'staff:delete': channel<void>()(idInput),

  'leading-group:get': channel<LeadingGroup>()(emptyInput),
  'leading-group:save-member': channel<LeadingGroup>()(leadingGroupMemberInput),
  'leading-group:delete-member': channel<LeadingGroup>()(idInput),
  'leading-group:save-office': channel<LeadingGroup>()(officeInput),

  'posts:builtin': channel<BuiltinPost[]>()(emptyInput),
  'posts:list': channel<Post[]>()(emptyInput),
  'posts:seed': channel<Post[]>()(seedPostsInput),
  'posts:save': channel<Post>()(postInput),
  'posts:delete': channel<void>()(idInput),

  'library:list': channel<LibraryEntry[]>()(emptyInput),
  'risk-points:list': channel<RiskPoint[]>()(emptyInput),
  'risk-points:add-from-library': channel<RiskPoint[]>()(addFromLibraryInput),
  'risk-points:save': channel<RiskPoint>()(riskPointInput),
  'risk-points:delete': channel<void>()(idInput),
  'risks:save': channel<RiskPoint>()(riskInput),
  'risks:delete': channel<void>()(idInput),
  'measures:save': channel<RiskPoint>()(measureInput),
  'measures:delete': channel<void>()(idInput),

  'check-items:list': channel<CheckItem[]>()(emptyInput),
  'check-items:derive': channel<CheckItem[]>()(emptyInput),
  'check-items:save': channel<CheckItem>()(checkItemInput),
  'check-items:delete': channel<void>()(idInput),

  'policies:list': channel<Policy[]>()(emptyInput),
  'policies:save': channel<Policy>()(policyInput),

  'wizard:progress': channel<WizardProgress>()(emptyInput),

  'outputs:choose-folder': channel<ChosenFolder | null>()(emptyInput),
  'outputs:start': channel<{ jobId: string }>()(startOutputsInput),
  'outputs:open-folder': channel<void>()(tokenInput),
  'jobs:status': channel<JobStatus>()(jobIdInput)
} as const
