import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e}from"./chunk-PEMB32ER.js";function s(n){return`::error::${(n instanceof Error?n.message:String(n)).replace(/\r?\n/g,"%0A")}
`}e(s,"errorLine");export{s as a};
