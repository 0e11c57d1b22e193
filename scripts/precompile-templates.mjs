// `npm run compile`: precompile Galley's own templates (templates/**.hbs) into
// lib/templates-precompiled.json, read by lib/render/shipped-templates.js.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompileTemplateFolder, shippedTableUrl } from '../lib/render/shipped-templates.js';
import { templateCompileOptions } from '../lib/render/templates.js';

const templates = fileURLToPath(new URL('../templates', import.meta.url));
writeFileSync(shippedTableUrl, `${JSON.stringify(precompileTemplateFolder(templates, templateCompileOptions), null, 0)}\n`);
