// Writes mesh.schema.json (the published schema of the mesh input) from src/istio/mesh-schema.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESH_SCHEMA } from '../src/istio/mesh-schema.js';

writeFileSync(
  join(import.meta.dirname, '..', 'mesh.schema.json'),
  JSON.stringify(MESH_SCHEMA, null, 2) + '\n',
);
