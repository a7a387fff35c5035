/**
 * Who is asking, as the auth middleware found out, for the routes to read: the mode and the
 * signed-in user with their session (undefined when anonymous or when auth is not set up at all).
 */
import type { Actor, AuthMode, SignedIn } from '../../auth/index.ts';

export interface RequestAuth {
  readonly mode: AuthMode;
  readonly signedIn: SignedIn | undefined;
}

/** The signed-in user as an `Actor` for the services. */
export function actorOf(signedIn: SignedIn): Actor {
  const { username, role, departments } = signedIn.user;
  return { username, role, departments };
}
