/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The API serves dist/ at /; in development, `npm run dev` proxies /api to a running `./pcapsearch serve`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": "http://127.0.0.1:8470" } },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
