/** The current instant, passed in so that rules and schedulers can be tested with a fake clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
