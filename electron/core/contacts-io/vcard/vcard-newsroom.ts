/**
 * Private properties with which our vCard export carries the directory fields that vCard has no
 * property for. Other applications ignore X- properties; our import reads them back, so a move
 * between two Newsroom installations loses nothing.
 */
export const newsroomProperty = {
  beats: 'X-NEWSROOM-BEATS',
  pitching: 'X-NEWSROOM-PITCHING',
  doNotContact: 'X-NEWSROOM-DO-NOT-CONTACT',
  consent: 'X-NEWSROOM-CONSENT',
  source: 'X-NEWSROOM-SOURCE',
  lastVerified: 'X-NEWSROOM-LAST-VERIFIED',
  /**
   * A parameter on an ADR that holds the contact's city and country, not a postal address: the
   * directory keeps both, and they may differ (or there may be no address at all).
   */
  locationParam: 'X-NEWSROOM-LOCATION',
} as const;
