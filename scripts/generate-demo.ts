/** Writes the demo snapshot (test/fixtures/demo-snapshot.json) from the seeded generator. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoSnapshot } from '../dev/demo/demo-snapshot';

const file = join(__dirname, '..', 'test', 'fixtures', 'demo-snapshot.json');
writeFileSync(file, `${JSON.stringify(generateDemoSnapshot(), null, 2)}\n`);
console.log(`wrote ${file}`);
