// Issue 23.4: ontology/newsgraph.ttl is in OWL 2 DL, as the OWL API's profile checker (Debian's
// libowlapi-java, run with the machine's Java) says. Skipped with a reason when Java or the OWL API
// is missing, except with CI=true, where .ci/run installs libowlapi-java.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OWLAPI = '/usr/share/java/owlapi-api.jar';
const CHECKER = fileURLToPath(new URL('./OwlProfileCheck.java', import.meta.url));
const ONTOLOGY = fileURLToPath(new URL('../../ontology/newsgraph.ttl', import.meta.url));
const hasJava = spawnSync('java', ['-version']).status === 0;
const ready = hasJava && existsSync(OWLAPI);
if (!ready && process.env['CI'] !== 'true') {
  console.log(`owl-profile: skipped, ${hasJava ? `${OWLAPI} is missing (apt-get install libowlapi-java)` : 'java is not installed'}`);
}

describe.runIf(ready || process.env['CI'] === 'true')('ontology/newsgraph.ttl under the OWL API profile checker', () => {
  it('is in the OWL 2 DL profile (every entity declared, no punning, no datatype outside the OWL 2 map)', () => {
    const run = spawnSync('java', ['-cp', '/usr/share/java/*', CHECKER, ONTOLOGY], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const dl = run.stdout.split('\n').filter((l) => l.startsWith('OWL2_DL') || l.startsWith('  '));
    expect(dl).toEqual(['OWL2_DL: ok']);
    expect(run.stdout).toMatch(/^axioms: [1-9]\d+$/m);
  }, 150_000);
});
