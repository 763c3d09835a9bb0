import type { AppInfo } from '../../shared/channels'
import { appVersion } from '../app-version'
import { backupSchoolFile } from '../db/school-file'
import { deleteCheckItem, deriveCheckItems, listCheckItems, saveCheckItem } from '../checklist/check-items.service'
import { deleteLeadingGroupMember, getLeadingGroup, saveLeadingGroupMember, saveOffice } from '../leading-group/leading-group.service'
import { listPolicies, savePolicy } from '../policies/policies.service'
import { builtinPostsFor, deletePost, listPosts, savePost, seedPosts } from '../posts/posts.service'
import { listLibrary } from '../risks/library.service'
import { deleteMeasure, saveMeasure } from '../risks/measures.service'
import { addRiskPointsFromLibrary, deleteRiskPoint, listRiskPoints, saveRiskPoint } from '../risks/risk-points.service'
import { deleteRisk, saveRisk } from '../risks/risks.service'
import { getSchool, saveSchool } from '../school/school.service'
import { getMeta, getSettings, saveSettings } from '../settings/settings.service'
import { loadSchoolData } from '../snapshot/school-data'
import { deleteStaff, listStaff, saveStaff } from '../staff/staff.service'
import { computeWizardProgress } from '../wizard/progress.service'
import { customPointsFor } from '../custom-library/custom-library.service'
import { loadCustomLibraryForListing } from '../custom-library/custom-library-store'
import type { coreChannels } from '../../shared/contract/core'
import { chosenPath, rememberChoice, type HandlerContext, type HandlersFor } from './context'
import { localDateTime } from '../../shared/domain/local-date'

export async function appInfo(ctx: HandlerContext): Promise<AppInfo> {
  const db = ctx.session.schoolDb.db
  return {
    appVersion,
    schoolFile: ctx.session.file,
    schoolFileId: (await getMeta(db, 'schoolFileId')) ?? '',
    schoolName: (await getSchool(db)).name,
    operatorName: (await getSettings(db)).operatorName,
    harness: ctx.harness
  }
}

function localStamp(date = new Date()): string {
  return localDateTime(date)
}

/** Handlers of the school file, the guided build and the outputs. */
export const coreHandlers: HandlersFor<typeof coreChannels> = {
  'app:info': (ctx) => appInfo(ctx),
  'settings:get': (ctx) => getSettings(ctx.session.schoolDb.db),
  'settings:save': (ctx, input) => saveSettings(ctx.session.schoolDb.db, input),

  'files:new': async (ctx) => {
    const file = await ctx.platform.chooseNewSchoolFile()
    if (file === null) return null
    await ctx.session.create(file)
    await ctx.platform.rememberSchoolFile(file)
    return appInfo(ctx)
  },
  'files:open': async (ctx) => {
    const file = await ctx.platform.chooseSchoolFileToOpen()
    if (file === null) return null
    await ctx.session.open(file)
    await ctx.platform.rememberSchoolFile(file)
    return appInfo(ctx)
  },
  'files:save-as': async (ctx) => {
    const file = await ctx.platform.chooseSaveAsFile()
    if (file === null) return null
    await backupSchoolFile(ctx.session.schoolDb.sqlite, file)
    await ctx.session.open(file)
    await ctx.platform.rememberSchoolFile(file)
    return appInfo(ctx)
  },

  'school:get': (ctx) => getSchool(ctx.session.schoolDb.db),
  'school:save': (ctx, input) => saveSchool(ctx.session.schoolDb.db, input),

  'staff:list': (ctx) => listStaff(ctx.session.schoolDb.db),
  'staff:save': (ctx, input) => saveStaff(ctx.session.schoolDb.db, input),
  'staff:delete': (ctx, input) => deleteStaff(ctx.session.schoolDb.db, input.id),

  'leading-group:get': (ctx) => getLeadingGroup(ctx.session.schoolDb.db),
  'leading-group:save-member': (ctx, input) => saveLeadingGroupMember(ctx.session.schoolDb.db, input),
  'leading-group:delete-member': (ctx, input) => deleteLeadingGroupMember(ctx.session.schoolDb.db, input.id),
  'leading-group:save-office': (ctx, input) => saveOffice(ctx.session.schoolDb.db, input),

  'posts:builtin': async (ctx) => {
    const school = await getSchool(ctx.session.schoolDb.db)
    return builtinPostsFor(school.category, school.facilities)
  },
  'posts:list': (ctx) => listPosts(ctx.session.schoolDb.db),
  'posts:seed': (ctx, input) => seedPosts(ctx.session.schoolDb.db, input.codes),
  'posts:save': (ctx, input) => savePost(ctx.session.schoolDb.db, input),
  'posts:delete': (ctx, input) => deletePost(ctx.session.schoolDb.db, input.id),

  'library:list': (ctx) => listLibrary(ctx.session.schoolDb.db, loadCustomLibraryForListing(ctx.platform.customLibraryFile()).riskPoints),
  'risk-points:list': (ctx) => listRiskPoints(ctx.session.schoolDb.db),
  'risk-points:add-from-library': (ctx, input) =>
    addRiskPointsFromLibrary(ctx.session.schoolDb.db, input.keys, customPointsFor(ctx.platform.customLibraryFile(), input.keys)),
  'risk-points:save': (ctx, input) => saveRiskPoint(ctx.session.schoolDb.db, input),
  'risk-points:delete': (ctx, input) => deleteRiskPoint(ctx.session.schoolDb.db, input.id),
  'risks:save': (ctx, input) => saveRisk(ctx.session.schoolDb.db, input),
  'risks:delete': (ctx, input) => deleteRisk(ctx.session.schoolDb.db, input.id),
  'measures:save': (ctx, input) => saveMeasure(ctx.session.schoolDb.db, input),
  'measures:delete': (ctx, input) => deleteMeasure(ctx.session.schoolDb.db, input.id),

  'check-items:list': (ctx) => listCheckItems(ctx.session.schoolDb.db),
  'check-items:derive': (ctx) => deriveCheckItems(ctx.session.schoolDb.db),
  'check-items:save': (ctx, input) => saveCheckItem(ctx.session.schoolDb.db, input),
  'check-items:delete': (ctx, input) => deleteCheckItem(ctx.session.schoolDb.db, input.id),

  'policies:list': (ctx) => listPolicies(ctx.session.schoolDb.db),
  'policies:save': (ctx, input) => savePolicy(ctx.session.schoolDb.db, input),

  'wizard:progress': async (ctx) => {
    const db = ctx.session.schoolDb.db
    return computeWizardProgress(await loadSchoolData(db), await getMeta(db, 'lastOutputsAt'))
  },

  'outputs:choose-folder': async (ctx) => {
    const folder = await ctx.platform.chooseOutputFolder()
    if (folder === null) return null
    return { token: rememberChoice(ctx, 'output-folder', folder), folder }
  },
  'outputs:start': async (ctx, input) => {
    const folder = chosenPath(ctx, input.token, 'output-folder')
    const schoolDb = ctx.session.schoolDb
    const jobId = ctx.jobs.start(ctx.outputsJob(schoolDb.file, folder), async () => {
      if (ctx.session.schoolDb !== schoolDb) return
      await schoolDb.db
        .insertInto('meta')
        .values({ key: 'lastOutputsAt', value: localStamp() })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: localStamp() }))
        .execute()
    })
    return { jobId }
  },
  'outputs:open-folder': async (ctx, input) => {
    await ctx.platform.openFolder(chosenPath(ctx, input.token, 'output-folder'))
  },
  'jobs:status': async (ctx, input) => ctx.jobs.status(input.jobId)
}
