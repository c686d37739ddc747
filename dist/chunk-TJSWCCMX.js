import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var t="app.kubernetes.io/managed-by",e="istio-multicluster-action";export{t as a,e as b};
