#!/usr/bin/env node
// Launcher: wires the real process into the CLI and sets the exit code.
import { runProcess } from '../dist/cli/main.js';

process.exitCode = await runProcess();
