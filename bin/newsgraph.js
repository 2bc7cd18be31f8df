#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, which `npm install` runs via
// `prepare`); dist/cli/launch.js runs it from its bundle when that is up to date.
import { launch } from '../dist/cli/launch.js';

process.exitCode = await launch(process.argv.slice(2));
