import type { NoticeSettings } from '../domain/notices'
import { emptyInput } from '../schemas/inputs'
import { noticeSettingsInput } from '../schemas/notice-inputs'
import { channel } from './channel-def'

/** Channels of the notice settings: card size, QR codes, notice board size and the phone numbers printed. */
export const noticeChannels = {
  'notice-settings:get': channel<NoticeSettings>()(emptyInput),
  'notice-settings:save': channel<NoticeSettings>()(noticeSettingsInput)
} as const
