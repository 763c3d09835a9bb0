import type { noticeChannels } from '../../shared/contract/notices'
import { getNoticeSettings, saveNoticeSettings } from '../settings/notice-settings.service'
import type { HandlersFor } from './context'

/** Handlers of the notice settings. */
export const noticeHandlers: HandlersFor<typeof noticeChannels> = {
  'notice-settings:get': (ctx) => getNoticeSettings(ctx.session.schoolDb.db),
  'notice-settings:save': (ctx, input) => saveNoticeSettings(ctx.session.schoolDb.db, input)
}
