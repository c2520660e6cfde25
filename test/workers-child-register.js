/**
 * Lets a plain `node` child process run the TypeScript sources the way jest does: compiled on
 * require with the project's SWC settings, `@app/<lib>` resolved to `libs/<lib>/src`.
 * Used as `node -r ./test/workers-child-register.js <entry>.ts`.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..');
const swc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swc, swcrc: false, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = /^@app\/([a-z-]+)(\/.*)?$/.exec(request);
  const target = alias ? path.join(root, 'libs', alias[1], 'src', alias[2] ?? '') : request;
  return resolve.call(this, target, ...rest);
};
