// Test harness only (never shipped), loaded with `node.exe --require` under Wine (a probe, not a Wine gap).
// Appends to the file named by MDB_NATIVE_LOG every native module (.node) the process loads and every
// program it starts (e.g. a spooler helper such as SumatraPDF.exe), one Windows path a line, so the
// packaging test can check that electron-builder.yml unpacks each of them from app.asar: Windows can
// neither load a DLL nor start an .exe from inside the archive.
'use strict';
const fs = require('node:fs');
const childProcess = require('node:child_process');
const out = process.env.MDB_NATIVE_LOG;
if (out) {
  const record = (kind, file) => {
    try {
      fs.appendFileSync(out, `${kind} ${file}\n`);
    } catch {
      // recording is best effort: never break the program being observed
    }
  };
  const dlopen = process.dlopen;
  process.dlopen = function recordDlopen(module, filename, ...rest) {
    record('module', filename);
    return dlopen.call(this, module, filename, ...rest);
  };
  for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync']) {
    const original = childProcess[name];
    childProcess[name] = function recordProgram(file, ...rest) {
      record('program', String(file));
      return original.call(this, file, ...rest);
    };
  }
  // `import { execFile } from 'node:child_process'` in the product sees the recording versions too.
  require('node:module').syncBuiltinESMExports();
}
