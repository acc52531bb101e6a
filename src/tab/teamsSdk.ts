/**
 * The parts of teams-js the tab uses. Loaded with a dynamic import so that (a) a plain browser never
 * runs teams-js, which fetches its origin list from a CDN on import, and (b) named re-exports keep
 * tree-shaking working (importing the package namespace dynamically would pull in all of it).
 */
export { app, authentication, meeting, pages } from "@microsoft/teams-js";
