#!/usr/bin/env node
// Launcher: wires the real process into the CLI and sets the exit code.
import { loadCli } from '../dist/cli/launch.js';

process.exitCode = await (await loadCli()).runProcess();
