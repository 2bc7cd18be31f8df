// Runs the CLI from src/ (through tsx) for tests that need a real process: signals, ports.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
