/**
 * What /.well-known/gpc.json declares: the platform honours Global Privacy Control (Sec-GPC: 1 or
 * navigator.globalPrivacyControl) as "reject analytics and anything like sale or sharing". lastUpdate moves
 * when the way the signal is handled changes.
 */
export const GPC_SUPPORT = { gpc: true, lastUpdate: '2026-11-27' } as const;
