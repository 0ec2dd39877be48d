// A Node module resolve hook: maps '@open-wc/testing', which needs a browser, to ./open-wc-testing.mjs.
const shim = new URL('./open-wc-testing.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@open-wc/testing') return { url: shim, shortCircuit: true };
  return nextResolve(specifier, context);
}
