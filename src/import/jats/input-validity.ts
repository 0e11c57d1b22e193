// How far an imported JATS file is from what Galley writes: its validity
// against the DTD it declares, and the version and tag set it declares. Both
// become diagnostics in the report (and on stderr); the import goes on.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import { validateJats } from '../../checks/xml-schema.js';
import { readDoctype } from '../../checks/xml/jats-dtd.js';
import type { XmlEl } from '../xml-tree.js';

/** At most this many DTD errors are listed per file (the count is given in full). */
const maxListed = 20;

export function inputDiagnostics(xml: string, file: string, root: XmlEl): Diagnostic[] {
  const out: Diagnostic[] = [];
  const doctype = readDoctype(xml);
  const declared = root.attrs['dtd-version'] ?? /v(\d\.\d\w*)/.exec(doctype?.publicId ?? '')?.[1];
  const archiving = /Archiving|archivearticle/i.test(`${doctype?.publicId ?? ''} ${doctype?.systemId ?? ''}`);
  if (declared !== '1.3' || archiving || (doctype?.publicId && !/Publishing/.test(doctype.publicId)))
    out.push(
      diagnostic('import-jats-version', `Unexpected JATS ${declared ?? '(no dtd-version)'}${archiving ? ' Archiving' : ''}, expected JATS 1.3 Publishing (imported as far as it goes)`, { file, line: root.line, column: 1 }),
    );
  // The DTD the file names; without a DOCTYPE, the version it declares (else 1.3) of Publishing.
  const version = /^1\.[0-4]$/.test(declared ?? '') ? declared! : '1.3';
  const errors = validateJats(xml, { version, fileName: file }).filter((e) => !/^Unexpected DOCTYPE public id/.test(e.message));
  for (const e of errors.slice(0, maxListed))
    out.push(diagnostic('import-jats-invalid', `Unexpected markup the declared DTD refuses (${e.message.replace(/\.$/, '')}), expected a valid file`, { file, line: e.line ?? 1, column: e.column ?? 1 }));
  if (errors.length > maxListed) out.push(diagnostic('import-jats-invalid', `Unexpected ${errors.length - maxListed} more DTD errors, expected a valid file (the first ${maxListed} are listed)`, { file, line: 1, column: 1 }));
  return out;
}
