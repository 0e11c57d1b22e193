// Where the record lives (`record:` in the profile, default record/ beside
// journal.yaml): one file per article and one per issue.
import { join } from 'node:path';

export const articleRecordFile = (dir: string, id: string) => join(dir, 'articles', `${id}.yaml`);
export const issueRecordFile = (dir: string, id: string) => join(dir, 'issues', `${id}.yaml`);
