/**
 * Managing user accounts — the verbs behind `indikator user …` and the administrator's pages:
 * add a user, change a role and departments, disable or enable, set a password. Input is validated
 * here (user name form, a steward needs a known department, passwords of at least 12 characters);
 * the store audits every change, never with the password hash.
 */
import { z } from 'zod';
import type { PasswordHasher } from '../auth/index.ts';
import type { Catalogue } from '../catalogue/index.ts';
import { type Store, UsernameTakenError } from '../store/index.ts';
import { type User, USER_ROLES, type UserRole } from '../accounts/index.ts';
import { refuse } from './workflow-error.ts';

/** Every account, for the administrator's page and `GET /api/users`. */
export function listUsers(store: Store): Promise<User[]> {
  return store.listUsers();
}

/** An account as it may leave the product (the API, `indikator user list`): never its password hash. */
export type PublicUser = Omit<User, 'passwordHash'>;

export function publicUser(user: User): PublicUser {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

/** Every account without its password hash. */
export async function listPublicUsers(store: Store): Promise<PublicUser[]> {
  return (await store.listUsers()).map(publicUser);
}

/** The account with `id`, or undefined. */
export function findUser(store: Store, id: number): Promise<User | undefined> {
  return store.getUser(id);
}

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;

export const UsernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/, 'user name: 2–64 of A–Z, 0–9, . _ @ -');

export const NewUserInputSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(USER_ROLES),
  departments: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
});
export type NewUserInput = z.input<typeof NewUserInputSchema>;

/** Every department named as an owner in the catalogue, sorted. */
export function knownDepartments(catalogue: Catalogue): string[] {
  return [...new Set(catalogue.indicators.flatMap((i) => i.owners))].sort((a, b) => a.localeCompare(b, 'da'));
}

function checkDepartments(role: UserRole, departments: readonly string[], catalogue: Catalogue): void {
  const known = knownDepartments(catalogue);
  const unknown = departments.filter((d) => !known.includes(d));
  if (unknown.length > 0) {
    throw refuse('invalid', `ukendt afdeling: ${unknown.join(', ')}`, `unknown department: ${unknown.join(', ')}`);
  }
  if (role === 'steward' && departments.length === 0) {
    throw refuse('invalid', 'en dataansvarlig skal have mindst én afdeling', 'a data steward needs at least one department');
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw refuse('invalid', `adgangskoden skal have mindst ${MIN_PASSWORD_LENGTH} tegn`, `the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const text = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    throw refuse('invalid', `ugyldige oplysninger: ${text}`, `invalid input: ${text}`);
  }
  return parsed.data;
}

/** Creates a user; throws `WorkflowError` (invalid or conflict). */
export async function addUser(
  deps: { store: Store; hasher: PasswordHasher; catalogue: Catalogue },
  input: NewUserInput,
  password: string,
  actor: string,
): Promise<User> {
  const user = parseInput(NewUserInputSchema, input);
  checkDepartments(user.role, user.departments, deps.catalogue);
  checkPassword(password);
  // `ARB` beside `arb` would be two accounts people cannot tell apart (and the login limiter counts them as one).
  const lower = user.username.toLowerCase();
  const twin = (await deps.store.listUsers()).find((u) => u.username.toLowerCase() === lower);
  if (twin !== undefined) {
    const as = twin.username === user.username ? { da: '', en: '' } : { da: ` (som ${twin.username})`, en: ` (as ${twin.username})` };
    throw refuse('conflict', `brugernavnet ${user.username} er optaget${as.da}`, `the user name ${user.username} is taken${as.en}`);
  }
  try {
    return await deps.store.createUser({ ...user, passwordHash: await deps.hasher.hash(password) }, actor);
  } catch (error) {
    if (error instanceof UsernameTakenError) {
      throw refuse('conflict', `brugernavnet ${user.username} er optaget`, `the user name ${user.username} is taken`);
    }
    throw error;
  }
}

async function existing(store: Store, username: string): Promise<User> {
  const user = await store.findUserByName(username.trim());
  if (user === undefined) throw refuse('not_found', `ingen bruger hedder ${username}`, `no user is called ${username}`);
  return user;
}

/** Changes a user's role and (when given) departments. */
export async function changeRole(
  deps: { store: Store; catalogue: Catalogue },
  username: string,
  role: UserRole,
  departments: readonly string[] | undefined,
  actor: string,
): Promise<User> {
  const user = await existing(deps.store, username);
  const nextRole = parseInput(z.enum(USER_ROLES), role);
  const nextDepartments = departments === undefined ? user.departments : [...new Set(departments.map((d) => d.trim()))];
  checkDepartments(nextRole, nextDepartments, deps.catalogue);
  return deps.store.updateUser(user.id, { role: nextRole, departments: nextDepartments }, actor);
}

/**
 * Disables (or enables) a user. Disabling ends the user's sessions, so enabling the account again
 * does not bring an old session back to life: the user signs in afresh.
 */
export async function setDisabled(store: Store, username: string, disabled: boolean, actor: string): Promise<User> {
  const user = await existing(store, username);
  const changed = await store.updateUser(user.id, { disabled }, actor);
  if (disabled) await store.deleteUserSessions(user.id);
  return changed;
}

/** Sets a new password and ends the user's sessions (a stolen session must not outlive the password it came from). */
export async function setPassword(deps: { store: Store; hasher: PasswordHasher }, username: string, password: string, actor: string): Promise<User> {
  const user = await existing(deps.store, username);
  checkPassword(password);
  const changed = await deps.store.updateUser(user.id, { passwordHash: await deps.hasher.hash(password) }, actor);
  await deps.store.deleteUserSessions(user.id);
  return changed;
}
