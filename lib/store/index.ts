// The reading-list store: plain async functions taking the database. Open the database in the extension origin only.
export { DramatisDB, DB_NAME, declareVersions } from './db';
export * from './schema';
export * from './articles';
export * from './cards';
export { getCorrections } from './corrections';
export * from './settings';
export * from './errors';
export { normalizeUrl, hostOf, TRACKING_PARAMS } from './normalize-url';
export { normalizeName, actorKey, parseActorKey } from './names';
export { indexWords, queryWords, foldText } from './words';
export * from './export-import';
export { importPocket, parsePocket, type PocketItem } from './pocket';
export { fixClaimSource } from './claim-source';
export { applyClaimSourceFixes } from './claim-source-fixes';
export { ensurePersistentStorage, type StorageStatus } from './persist';
