// Crossref credentials come from the environment only, never from files or
// arguments (which end up in shell history and process lists). The password
// is kept out of every serialisation: JSON, util.inspect, string conversion.
import { inspect } from 'node:util';

export const credentialVariables = {
  login: 'GALLEY_CROSSREF_LOGIN',
  password: 'GALLEY_CROSSREF_PASSWORD',
  role: 'GALLEY_CROSSREF_ROLE',
} as const;

export class MissingCredentialsError extends Error {
  constructor(missing: string[]) {
    super(
      `Unexpected missing ${missing.join(' and ')} in the environment, expected the Crossref login ` +
        `(plain, or role form \`user@example.org/role\`; or set ${credentialVariables.role}) and its password`,
    );
  }
}

export class CrossrefCredentials {
  readonly #password: string;

  /** `login` is sent as is: a plain username, or `user/role` for role-based accounts. */
  constructor(readonly login: string, password: string) {
    this.#password = password;
  }

  /** The password, for the one place that needs it: the request body. */
  revealPassword(): string {
    return this.#password;
  }

  toJSON(): { login: string } {
    return { login: this.login };
  }

  toString(): string {
    return `CrossrefCredentials(${this.login})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): CrossrefCredentials {
  const login = env[credentialVariables.login]?.trim() ?? '';
  const password = env[credentialVariables.password] ?? '';
  const missing: string[] = [];
  if (!login) missing.push(credentialVariables.login);
  if (!password) missing.push(credentialVariables.password);
  if (missing.length) throw new MissingCredentialsError(missing);
  const role = env[credentialVariables.role]?.trim();
  return new CrossrefCredentials(role && !login.includes('/') ? `${login}/${role}` : login, password);
}
