/** Saving the channel/meeting tab's configuration in Teams. */
import type { pages } from "@microsoft/teams-js";
import type { ViewId } from "./hostInfo.js";

/** The settings Teams stores for the configurable tab. */
export function tabConfig(origin: string, view: ViewId): pages.InstanceConfig {
  const url = `${origin}/tab/index.html?view=${view}&context=channel`;
  return { contentUrl: url, websiteUrl: url, entityId: "alrek-status", suggestedDisplayName: "Alrek status" };
}

/** Registers the Save handler (reading the chosen view when the user presses Save) and enables Save. */
export async function registerTabConfig(getView: () => ViewId, origin: string = location.origin): Promise<void> {
  // Loaded here, not at the top: importing teams-js fetches from a CDN (see teamsStartup.ts).
  const { pages } = await import("./teamsSdk.js");
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config.setConfig(tabConfig(origin, getView())).then(
      () => saveEvent.notifySuccess(),
      (e: unknown) => saveEvent.notifyFailure(e instanceof Error ? e.message : String(e)),
    );
  });
  pages.config.setValidityState(true);
}
