export { analyze } from './analyze';
export { reattribute } from './reattribute';
export { setActorModel, hasActorModel } from './actors/model';
export type * from './types';
