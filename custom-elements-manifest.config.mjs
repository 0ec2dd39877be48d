// Configuration of `cem analyze` (npm run analyze), which writes custom-elements.json from the element's JSDoc.
// The manifest is published, so its module paths must name files the package ships: the analyzer reads
// src/mongolia-timeline.ts, and the plugin below points every path at the compiled module in dist/ instead
// (scripts/gen-types.mjs fails the build if a path does not exist).

/** Rewrites `src/<name>.ts` to `dist/<name>.js` in every `path` and `module` of the manifest. */
function publishedPaths() {
  const toDist = (p) => (typeof p === 'string' ? p.replace(/^(?:\.\/)?src\/(.+)\.ts$/, 'dist/$1.js') : p);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else visit(value);
    }
  };
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/mongolia-timeline.ts'],
  litelement: true,
  outdir: '.',
  plugins: [publishedPaths()],
};
