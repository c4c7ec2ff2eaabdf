/**
 * commander, loaded with `require`: it is a CommonJS package, and importing it
 * as ESM makes Node scan its source for named exports first (several
 * milliseconds of every start). The classes and their types are commander's own.
 */
import { createRequire } from 'node:module';
import type * as C from 'commander';

const commander = createRequire(import.meta.url)('commander') as typeof C;

export const Command: typeof C.Command = commander.Command;
export type Command = C.Command;
export const CommanderError: typeof C.CommanderError = commander.CommanderError;
export type CommanderError = C.CommanderError;
export const InvalidArgumentError: typeof C.InvalidArgumentError = commander.InvalidArgumentError;
export type InvalidArgumentError = C.InvalidArgumentError;
export const Option: typeof C.Option = commander.Option;
export type Option = C.Option;
