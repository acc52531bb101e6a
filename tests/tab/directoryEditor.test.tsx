// @vitest-environment jsdom
import "./polyfills.js";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ChangeRecord, DirectoryImportResponse, GroupView } from "../../src/tab/apiTypes.js";
import { fakeApi, groups, json, people, type SeenRequest } from "./fakeApi.js";
import { renderApp } from "./renderApp.js";

afterEach(cleanup);

const husradet = groups.find((g) => g.id === "husradet")!;
const editor = { isEditor: true };

/** The group as the server stores it after `body` is applied, with a new ETag. */
const patched = (g: GroupView, body: unknown, etag = 'W/"g2-2"'): GroupView => ({ ...g, ...(body as object), etag });

async function openEditor(fetch: typeof globalThis.fetch, search = "?view=representation") {
  renderApp(fetch, search);
  const button = await screen.findByTestId("edit-group-husradet");
  button.focus();
  fireEvent.click(button);
  return { button, dialog: await screen.findByTestId("group-dialog") };
}

const lastPatch = (seen: SeenRequest[]) => seen.filter((r) => r.method === "PATCH").at(-1)!;

describe("the directory for readers", () => {
  it("shows no editing tools, no retired groups and no history buttons", async () => {
    const retired = { ...husradet, id: "gammel", name: "Gammel gruppe", retired: true };
    const { fetch } = fakeApi({ routes: { "GET /api/groups": () => json({ groups: [...groups, retired], people }) } });
    renderApp(fetch, "?view=representation");
    await screen.findByTestId("group-husradet");
    expect(screen.queryByTestId("directory-tools")).toBeNull();
    expect(screen.queryByTestId("edit-group-husradet")).toBeNull();
    expect(screen.queryByTestId("history-group-husradet")).toBeNull();
    expect(screen.queryByTestId("group-gammel")).toBeNull();
  });
});

describe("an editor changing a group", () => {
  it("sends only the changed seats with the ETag, says it is saved, and gives focus back to the button", async () => {
    const { fetch, seen } = fakeApi({
      me: editor,
      routes: { "PATCH /api/groups/husradet": (req) => json(patched(husradet, req.body)) },
    });
    const { button, dialog } = await openEditor(fetch);
    fireEvent.click(within(dialog).getByRole("button", { name: "Fjern Karen Haugvaldstad" }));
    fireEvent.change(within(dialog).getByTestId("seat-choose"), { target: { value: "ingelin-soraas" } });
    fireEvent.click(within(dialog).getByTestId("seat-add"));
    fireEvent.change(within(dialog).getByTestId("seat-role-ingelin-soraas"), { target: { value: "leder" } });
    fireEvent.click(within(dialog).getByTestId("group-save"));
    await waitFor(() => expect(screen.queryByTestId("group-dialog")).toBeNull());
    const req = lastPatch(seen);
    expect(req.headers.get("If-Match")).toBe('W/"g2"');
    expect(req.body).toEqual({ members: [{ personId: "ingelin-soraas", role: "leder" }] });
    expect(screen.getByTestId("directory-status").textContent).toBe("Husrådet er lagret.");
    expect(within(screen.getByTestId("group-husradet")).getByText("Ingelin Søråas")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it("on a conflict keeps the editor's changes, says who changed what, and saves them over the new version", async () => {
    const theirs = patched(husradet, { note: "Møtes hver måned." }, 'W/"g2-theirs"');
    let calls = 0;
    const history: ChangeRecord[] = [
      {
        entityType: "group",
        entityId: "husradet",
        at: "2026-11-22T09:00:00Z",
        by: { oid: "o2", tid: "t", name: "Frode Aass Kristiansen" },
        field: "note",
        oldValue: null,
        newValue: "Møtes hver måned.",
      },
    ];
    const { fetch, seen } = fakeApi({
      me: editor,
      routes: {
        "PATCH /api/groups/husradet": (req) =>
          ++calls === 1
            ? json(
                { error: { code: "precondition_failed", message: "changed" }, current: theirs, etag: theirs.etag },
                412,
              )
            : json(patched(theirs, req.body, 'W/"g2-3"')),
        "GET /api/groups/husradet/history": () => json({ history }),
      },
    });
    const { dialog } = await openEditor(fetch);
    fireEvent.change(within(dialog).getByTestId("group-mandate"), { target: { value: "Nytt mandat." } });
    fireEvent.click(within(dialog).getByTestId("group-save"));
    const note = await within(dialog).findByTestId("directory-conflict");
    expect(note.textContent).toContain("Frode Aass Kristiansen endret merknad");
    expect((within(dialog).getByTestId("group-mandate") as HTMLTextAreaElement).value).toBe("Nytt mandat.");
    fireEvent.click(within(dialog).getByTestId("group-save"));
    await waitFor(() => expect(screen.queryByTestId("group-dialog")).toBeNull());
    const retry = lastPatch(seen);
    expect(retry.headers.get("If-Match")).toBe('W/"g2-theirs"');
    // Only this editor's field: the other's note is not sent back, so it stays.
    expect(retry.body).toEqual({ mandate: "Nytt mandat." });
  });

  it("checks the door's limits before asking, and places the server's messages by their fields", async () => {
    const { fetch, seen } = fakeApi({
      me: editor,
      routes: {
        "PATCH /api/groups/husradet": () =>
          json(
            {
              error: {
                code: "validation_failed",
                message: "bad",
                issues: [{ field: "aliases[1]", message: "must be one line" }],
              },
            },
            400,
          ),
      },
    });
    const { dialog } = await openEditor(fetch);
    fireEvent.change(within(dialog).getByTestId("group-name"), { target: { value: "   " } });
    fireEvent.click(within(dialog).getByTestId("group-save"));
    expect(await within(dialog).findByText("Må fylles ut.")).toBeTruthy();
    expect(seen.filter((r) => r.method === "PATCH")).toHaveLength(0);
    fireEvent.change(within(dialog).getByTestId("group-name"), { target: { value: "Husrådet" } });
    fireEvent.change(within(dialog).getByTestId("group-aliases"), { target: { value: "husråd\nhuset" } });
    fireEvent.click(within(dialog).getByTestId("group-save"));
    expect(await within(dialog).findByText("must be one line")).toBeTruthy();
    expect(screen.getByTestId("group-dialog")).toBeTruthy();
  });

  it("asks before closing with unsaved changes, and keeps them when the editor goes on", async () => {
    const { fetch } = fakeApi({ me: editor });
    const { dialog } = await openEditor(fetch);
    fireEvent.change(within(dialog).getByTestId("group-note"), { target: { value: "Uferdig" } });
    fireEvent.click(within(dialog).getByTestId("group-cancel"));
    expect(await within(dialog).findByTestId("unsaved-warning")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Fortsett å redigere" }));
    expect((within(dialog).getByTestId("group-note") as HTMLTextAreaElement).value).toBe("Uferdig");
  });

  it("retires a group after asking: it moves to the retired groups, with a restore button", async () => {
    const { fetch, seen } = fakeApi({
      me: editor,
      routes: { "PATCH /api/groups/husradet": (req) => json(patched(husradet, req.body)) },
    });
    const { dialog } = await openEditor(fetch);
    fireEvent.click(within(dialog).getByTestId("group-retire"));
    fireEvent.click(await within(dialog).findByTestId("retire-yes"));
    const retired = await screen.findByTestId("retired-groups");
    expect(lastPatch(seen).body).toEqual({ retired: true });
    expect(within(retired).getByRole("button", { name: "Gjenopprett Husrådet" })).toBeTruthy();
    expect(screen.getByTestId("directory-status").textContent).toBe("Husrådet er lagt ned.");
    await waitFor(() => expect(document.activeElement?.id).toBe("group-heading-husradet"));
  });

  it("adds a new person to the seats without leaving the dialog", async () => {
    const ola = { id: "ola-nordmann-abc123", name: "Ola Nordmann", altNames: [], etag: 'W/"p9"' };
    const { fetch, seen } = fakeApi({ me: editor, routes: { "POST /api/people": () => json(ola, 201) } });
    const { dialog } = await openEditor(fetch);
    fireEvent.change(within(dialog).getByTestId("seat-new-name"), { target: { value: "Ola Nordmann" } });
    fireEvent.click(within(dialog).getByTestId("seat-create"));
    expect(await within(dialog).findByTestId("seat-ola-nordmann-abc123")).toBeTruthy();
    expect(seen.find((r) => r.method === "POST")!.body).toEqual({ name: "Ola Nordmann" });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByTestId("seat-unit-ola-nordmann-abc123")),
    );
  });
});

describe("new groups and people", () => {
  it("creates a group and moves focus to its heading", async () => {
    const created: GroupView = {
      ...husradet,
      id: "ny-gruppe-1a2b3c",
      name: "Ny gruppe",
      members: [],
      order: 4,
      etag: 'W/"n"',
    };
    const { fetch, seen } = fakeApi({ me: editor, routes: { "POST /api/groups": () => json(created, 201) } });
    renderApp(fetch, "?view=representation");
    fireEvent.click(await screen.findByTestId("new-group"));
    const dialog = await screen.findByTestId("group-dialog");
    fireEvent.change(within(dialog).getByTestId("group-name"), { target: { value: "Ny gruppe" } });
    fireEvent.click(within(dialog).getByTestId("group-save"));
    await waitFor(() => expect(document.activeElement?.id).toBe("group-heading-ny-gruppe-1a2b3c"));
    expect(seen.find((r) => r.method === "POST")!.body).toMatchObject({ name: "Ny gruppe", kind: "professional" });
    expect(screen.getByTestId("directory-status").textContent).toBe("Ny gruppe er opprettet.");
  });

  it("edits a person from their panel, sending only what changed", async () => {
    const { fetch, seen } = fakeApi({
      me: editor,
      routes: {
        "PATCH /api/people/karen-haugvaldstad": (req) => json({ ...people[1], ...(req.body as object), etag: 'W/"x"' }),
      },
    });
    renderApp(fetch, "?view=representation");
    fireEvent.click(await screen.findByTestId("person-karen-haugvaldstad"));
    fireEvent.click(await screen.findByTestId("edit-person-karen-haugvaldstad"));
    const dialog = await screen.findByTestId("person-dialog");
    fireEvent.change(within(dialog).getByTestId("person-alt-names"), { target: { value: "Karen H.\n" } });
    fireEvent.change(within(dialog).getByTestId("person-email"), { target: { value: "ikke-en-adresse" } });
    fireEvent.click(within(dialog).getByTestId("person-save"));
    expect(await within(dialog).findByText(/Skriv en e-postadresse/)).toBeTruthy();
    fireEvent.change(within(dialog).getByTestId("person-email"), { target: { value: "karen@bergen.kommune.no" } });
    fireEvent.click(within(dialog).getByTestId("person-save"));
    await waitFor(() => expect(screen.queryByTestId("person-dialog")).toBeNull());
    expect(lastPatch(seen).body).toEqual({ altNames: ["Karen H."], email: "karen@bergen.kommune.no" });
  });
});

describe("history and import", () => {
  it("tells a group's history in words, the old and new members by name", async () => {
    const history: ChangeRecord[] = [
      {
        entityType: "group",
        entityId: "husradet",
        at: "2026-11-22T09:00:00Z",
        by: { oid: "o", tid: "t", name: "Karen Haugvaldstad" },
        field: "members",
        oldValue: JSON.stringify([{ personId: "karen-haugvaldstad" }]),
        newValue: JSON.stringify([{ personId: "ingelin-soraas" }, { personId: "borte-person" }]),
      },
      {
        entityType: "group",
        entityId: "husradet",
        at: "2026-11-21T09:00:00Z",
        by: { oid: "o", tid: "t", name: "Karen Haugvaldstad" },
        field: "retired",
        oldValue: null,
        newValue: "true",
      },
    ];
    const { fetch } = fakeApi({ me: editor, routes: { "GET /api/groups/husradet/history": () => json({ history }) } });
    renderApp(fetch, "?view=representation");
    fireEvent.click(await screen.findByTestId("history-group-husradet"));
    const timeline = await screen.findByTestId("history-timeline");
    expect(timeline.textContent).toContain(
      "Karen Haugvaldstad: medlemmer: Karen Haugvaldstad → Ingelin Søråas, borte-person",
    );
    expect(timeline.textContent).toContain("la ned gruppen");
  });

  it("imports a file: a dry run first, then the plan applied with its version", async () => {
    const plan: DirectoryImportResponse = {
      dryRun: true,
      planVersion: '"import-1"',
      added: [{ type: "person", id: "kari", name: "Kari Nordmann" }],
      changed: [{ type: "group", id: "husradet", name: "Husrådet", fields: ["mandate", "members"] }],
      retired: [],
      conflicts: [{ type: "group", id: "styringsgruppen", name: "Styringsgruppen", fields: ["note"] }],
      notInFile: [],
      unchanged: 3,
    };
    const { fetch, seen } = fakeApi({
      me: editor,
      routes: {
        "POST /api/directory/import": (req) =>
          (req.body as { dryRun: boolean }).dryRun ? json(plan) : json({ ...plan, dryRun: false, failed: [] }),
      },
    });
    renderApp(fetch, "?view=representation");
    fireEvent.click(await screen.findByTestId("import-directory"));
    const dialog = await screen.findByTestId("import-dialog");
    const file = new File(['"Type";"Id";"Navn"\n"person";"kari";"Kari Nordmann"\n'], "katalog.csv", {
      type: "text/csv",
    });
    fireEvent.change(within(dialog).getByTestId("import-file"), { target: { files: [file] } });
    const shown = await within(dialog).findByTestId("import-plan");
    expect(within(shown).getByTestId("import-changed").textContent).toContain("Husrådet (gruppe): mandat, medlemmer");
    expect(within(shown).getByTestId("import-conflicts").textContent).toContain("tas ikke med (1)");
    await waitFor(() => expect(document.activeElement?.id).toBe("import-plan-heading"));
    expect(seen.find((r) => r.path === "/api/directory/import")!.body).toEqual({
      csv: '"Type";"Id";"Navn"\n"person";"kari";"Kari Nordmann"\n',
      dryRun: true,
    });
    fireEvent.click(within(dialog).getByTestId("import-apply"));
    expect((await within(dialog).findByTestId("import-result")).textContent).toContain(
      "1 lagt til, 1 endret, 0 lagt ned.",
    );
    const applied = seen.filter((r) => r.path === "/api/directory/import").at(-1)!;
    expect(applied.headers.get("If-Match")).toBe('"import-1"');
    expect(applied.body).toMatchObject({ dryRun: false });
  });
});

describe("languages", () => {
  it.each([
    ["?view=representation&lang=nn", "Ny gruppe", "Endre Husrådet", "nb"],
    ["?view=representation&lang=en", "New group", "Edit House council", "nb"],
  ])(
    "%s: the editor speaks the tab's language and marks document text as bokmål",
    async (search, newGroup, edit, docLang) => {
      const { fetch } = fakeApi({ me: editor });
      renderApp(fetch, search);
      expect((await screen.findByTestId("new-group")).textContent).toBe(newGroup);
      expect(screen.getByRole("button", { name: edit })).toBeTruthy();
      const representation = within(screen.getByTestId("group-husradet")).getByText(husradet.representation!);
      expect(representation.getAttribute("lang")).toBe(docLang);
    },
  );
});
