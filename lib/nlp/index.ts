export { analyze } from './analyze';
export { setActorModel, hasActorModel } from './actors/model';
export type * from './types';
