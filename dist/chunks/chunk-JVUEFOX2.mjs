import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);

// src/model/paths.ts
function trimEndOf(s, chars) {
  let e = s.length;
  for (; e > 0 && chars.includes(s[e - 1]); ) e--;
  return e === s.length ? s : s.slice(0, e);
}
function baseName(p) {
  let s = trimEndOf(p, "\\/");
  return s.slice(Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\")) + 1);
}

export {
  trimEndOf,
  baseName
};
