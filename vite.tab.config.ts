import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "src", "tab");

/** Builds the Teams tab: two pages (the tab and its configuration page) served by restify under /tab. */
export default defineConfig({
  root,
  base: "/tab/",
  plugins: [react()],
  build: {
    outDir: resolve(root, "..", "..", "dist", "tab"),
    emptyOutDir: true,
    target: "es2022",
    // .vite/manifest.json: which chunks each page loads up front (scripts/tabBundleSize.ts reads it).
    manifest: true,
    rollupOptions: {
      input: {
        index: resolve(root, "index.html"),
        config: resolve(root, "config.html"),
      },
    },
  },
});
