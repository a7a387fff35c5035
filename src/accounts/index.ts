/**
 * The vocabulary of accounts — roles, users, sessions, and the audit log of what they did — pure, below every layer that handles them:
 * `store/` persists them, `auth/` authenticates and authorises with them, the pages show them.
 * Authentication itself (hashing, cookies, CSRF checks) lives in `auth/`; the store only persists
 * what it is given.
 */

/** Roles from PRODUCT.md: data steward (per department), coordinator, reader; admin for municipal IT. */
export const USER_ROLES = ['admin', 'coordinator', 'steward', 'reader'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface NewUser {
  username: string;
  displayName: string;
  /** An already-hashed password (the store never sees a password). */
  passwordHash: string;
  role: UserRole;
  /** Departments (Centre names or ids) a steward may deliver for. */
  departments: string[];
  disabled?: boolean;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  role: UserRole;
  departments: string[];
  disabled: boolean;
  createdAt: string;
}

/** Fields `updateUser` may change. */
export type UserPatch = Partial<Pick<User, 'displayName' | 'passwordHash' | 'role' | 'departments' | 'disabled'>>;

export interface Session {
  /** Random, unguessable token chosen by the caller. */
  id: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
  csrfToken: string;
}

/** A valid session and its (enabled) user. */
export interface SignedIn {
  user: User;
  session: Session;
}
export type { AuditEntry, AuditFilter, JsonValue, NewAuditEntry } from './audit.ts';
