// Size budgets, checked by `npm test` after the build. zod is a peer dependency, which
// size-limit leaves out by default; it is bundled here, because an app pays for it too.
const withPeers = (config) => ({ ...config, external: [] });

export default [
  {
    name: "antt: everything (minified)",
    path: "dist/index.js",
    import: "*",
    brotli: false,
    limit: "400 kB",
    modifyEsbuildConfig: withPeers,
  },
  {
    name: "antt/vn-admin: vietnamAdminIndex, table included (gzip)",
    path: "dist/vn-admin/index.js",
    import: "{ vietnamAdminIndex }",
    gzip: true,
    limit: "250 kB",
    modifyEsbuildConfig: withPeers,
  },
];
