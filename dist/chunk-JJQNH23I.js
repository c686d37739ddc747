import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var t="istio/multiCluster",o="istio-injection",i="enabled",s="istio-multicluster-action/remote",e="istio-multicluster-action/registration",E="istio-multicluster-action/values-hash",c="istio-multicluster-action/addresses";export{t as a,o as b,i as c,s as d,e,E as f,c as g};
