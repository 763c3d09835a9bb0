import type { MapBackgroundImage, RiskMapState } from '../domain/risk-map'
import { emptyInput, idInput } from '../schemas/inputs'
import { areaDetailsInput, areaShapeInput, blankMapInput, mapImageTokenInput, mapSettingsInput, newAreaInput } from '../schemas/risk-map-inputs'
import { channel } from './channel-def'

/** Channels of the four-colour risk map editor. Every write returns the map and its areas as stored. */

export interface ChosenMapImage {
  /** Opaque token for the image chosen in a main-process dialog; `risk-map:set-background` names it by this. */
  token: string
  /** The file's name without its folder, for display. */
  fileName: string
}

export const riskMapChannels = {
  'risk-map:get': channel<RiskMapState>()(emptyInput),
  /** The stored plan image as a data URI, or null on a blank grid; a few MB, so it is loaded apart from the map. */
  'risk-map:background-image': channel<MapBackgroundImage | null>()(emptyInput),
  'risk-map:create-blank': channel<RiskMapState>()(blankMapInput),
  'risk-map:choose-background': channel<ChosenMapImage | null>()(emptyInput),
  'risk-map:set-background': channel<RiskMapState>()(mapImageTokenInput),
  'risk-map:remove-background': channel<RiskMapState>()(emptyInput),
  'risk-map:save-settings': channel<RiskMapState>()(mapSettingsInput),
  'risk-map:add-area': channel<RiskMapState>()(newAreaInput),
  'risk-map:save-area': channel<RiskMapState>()(areaDetailsInput),
  'risk-map:reshape-area': channel<RiskMapState>()(areaShapeInput),
  'risk-map:delete-area': channel<RiskMapState>()(idInput),
  'risk-map:delete': channel<RiskMapState>()(emptyInput)
} as const
