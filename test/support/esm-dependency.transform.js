/**
 * Jest (before Node 24.9) cannot require ES modules, and NestJS 12 ships only ES modules. This
 * transformer compiles those dependencies to CommonJS for the test runtime only; the product
 * itself runs them natively (Node 20.19+ requires ES modules).
 */
const { transformSync } = require('@swc/core');

const REQUIRE_FROM_META = /const require\s*=\s*createRequire\(import\.meta\.url\);?/g;
const IMPORT_META_URL = /import\.meta\.url/g;

module.exports = {
  process(source, filename) {
    const patched = source
      .replace(REQUIRE_FROM_META, '')
      .replace(IMPORT_META_URL, "require('node:url').pathToFileURL(__filename).href");
    const { code, map } = transformSync(patched, {
      filename,
      sourceMaps: true,
      jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    return { code, map };
  },
};
