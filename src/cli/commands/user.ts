/**
 * `indikator user add|role|disable|enable|password|list`: user accounts from the command line — the
 * way to create the first administrator. Passwords are read from standard input with
 * `--password-stdin`, or generated and printed once; they never appear as arguments (which other
 * users of the machine could see in the process list).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Command } from 'commander';
import { usageProblem } from '../../services/problems.ts';
import { type User, USER_ROLES, type UserRole } from '../../accounts/index.ts';
import { withContext } from '../context.ts';
import { textTable } from '../table.ts';

// Loaded when a subcommand runs, so that `--help` does not load argon2 and the database drivers.
const users = () => import('../../services/users.ts');
const hasher = async () => (await import('../../auth/password-hasher.ts')).argon2idHasher();

const ACTOR = `cli:${os.userInfo().username}`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The password from stdin, or a generated one that is printed. */
async function passwordFrom(opts: { passwordStdin?: boolean }): Promise<{ password: string; generated: boolean }> {
  if (opts.passwordStdin) return { password: await readStdin(), generated: false };
  return { password: randomBytes(15).toString('base64url'), generated: true };
}

function role(text: string): UserRole {
  if (!(USER_ROLES as readonly string[]).includes(text)) {
    throw usageProblem(`ukendt rolle ${text} (brug ${USER_ROLES.join(', ')})`, `unknown role ${text} (use ${USER_ROLES.join(', ')})`);
  }
  return text as UserRole;
}

function describe(user: User): string {
  const departments = user.departments.length === 0 ? '' : ` [${user.departments.join(', ')}]`;
  return `${user.username} (${user.role})${departments}${user.disabled ? ' – spærret / disabled' : ''}`;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerUser(program: Command): void {
  const user = program.command('user').description('brugere og roller / users and roles');

  user
    .command('add')
    .description('opret en bruger / create a user')
    .argument('<username>', 'brugernavn / user name')
    .requiredOption('--role <role>', `rolle / role: ${USER_ROLES.join(', ')}`)
    .option('--name <name>', 'vist navn / display name')
    .option('--department <name>', 'afdeling (kan gentages) / department (repeatable)', collect, [])
    .option('--password-stdin', 'læs adgangskoden fra standard input / read the password from standard input', false)
    .action(async (username: string, opts: { role: string; name?: string; department: string[]; passwordStdin: boolean }) => {
      const { password, generated } = await passwordFrom(opts);
      await withContext(async (ctx) => {
        const created = await (await users()).addUser(
          { store: await ctx.store(), hasher: await hasher(), catalogue: await ctx.catalogue() },
          { username, displayName: opts.name ?? username, role: role(opts.role), departments: opts.department },
          password,
          ACTOR,
        );
        process.stdout.write(`Oprettet / created: ${describe(created)}\n`);
        if (generated) process.stdout.write(`Adgangskode / password: ${password}\n`);
      });
    });

  user
    .command('role')
    .description('skift rolle og afdelinger / change role and departments')
    .argument('<username>')
    .argument('<role>', USER_ROLES.join(', '))
    .option('--department <name>', 'afdeling (kan gentages; erstatter de nuværende) / department (repeatable; replaces)', collect, [])
    .action(async (username: string, roleText: string, opts: { department: string[] }) => {
      await withContext(async (ctx) => {
        const departments = opts.department.length === 0 ? undefined : opts.department;
        const { changeRole } = await users();
        const changed = await changeRole({ store: await ctx.store(), catalogue: await ctx.catalogue() }, username, role(roleText), departments, ACTOR);
        process.stdout.write(`Ændret / changed: ${describe(changed)}\n`);
      });
    });

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(disabled ? 'spær en bruger / disable a user' : 'genåbn en bruger / enable a user')
      .argument('<username>')
      .action(async (username: string) => {
        await withContext(async (ctx) => {
          const changed = await (await users()).setDisabled(await ctx.store(), username, disabled, ACTOR);
          process.stdout.write(`Ændret / changed: ${describe(changed)}\n`);
        });
      });
  }

  user
    .command('password')
    .description('sæt en ny adgangskode / set a new password')
    .argument('<username>')
    .option('--password-stdin', 'læs adgangskoden fra standard input / read the password from standard input', false)
    .action(async (username: string, opts: { passwordStdin: boolean }) => {
      const { password, generated } = await passwordFrom(opts);
      await withContext(async (ctx) => {
        await (await users()).setPassword({ store: await ctx.store(), hasher: await hasher() }, username, password, ACTOR);
        process.stdout.write(generated ? `Adgangskode / password: ${password}\n` : 'Adgangskoden er skiftet / password changed\n');
      });
    });

  user
    .command('list')
    .description('vis brugerne / list the users')
    .option('--json', 'som JSON / as JSON', false)
    .action(async (opts: { json: boolean }) => {
      await withContext(async (ctx) => {
        const list = await (await users()).listPublicUsers(await ctx.store());
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        const rows = list.map((u) => [u.username, u.displayName, u.role, u.departments.join(', '), u.disabled ? 'ja / yes' : '']);
        process.stdout.write(`${textTable(['brugernavn', 'navn', 'rolle', 'afdelinger', 'spærret'], rows)}\n`);
      });
    });
}
