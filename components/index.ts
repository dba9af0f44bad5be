/** Presentational components: props in, events out, no browser or extension APIs. Styles: ./styles.css / ./styles.ts. */
export { ActorCard, type ActorCardActor, type ActorCardProps, type BackgroundSummary, type CountryFacts } from './actor-card';
export { ActorList, groupActors, type ActorGroup, type ActorListProps } from './actor-list';
export { ClaimCard, type ClaimCardProps } from './claim-card';
export { ClaimList, SourceBadge, groupClaims, type ClaimGroup, type ClaimListProps } from './claim-list';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorState, type ErrorStateProps } from './error-state';
export { LoadingState, type LoadingStateProps } from './loading-state';
export { PopupView, type PopupStatus, type PopupViewProps } from './popup-view';
export { SourcingSummary, type SourcingSummaryProps } from './sourcing-summary';
export { Switch, type SwitchProps } from './switch';
export { adoptDramatisStyles, dramatisCss } from './styles';
export * from './format';
