import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as i}from"./chunk-PEMB32ER.js";var l=i(r=>`${JSON.stringify(r)}
`,"encodeFrame");function a(r,o={}){let e="",t=!1;return{push(s){if(t)return;e+=s;let n=e.indexOf(`
`);for(;n>=0&&!t;){let d=e.slice(0,n);e=e.slice(n+1),o.once&&(t=!0),r(d),n=e.indexOf(`
`)}}}}i(a,"decodeFrames");export{l as a,a as b};
