/**
 * The Norwegian folding rule (domain/fold.ts) for the tab: the tab imports only its own code and
 * the contract, and its search must treat æ/ae, ø/oe and å/aa as the bot does.
 */
export { fold } from "../domain/fold.js";
