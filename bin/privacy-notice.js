#!/usr/bin/env node
// The bundled CLI (lib/bundle/, made by scripts/bundle-cli.mjs): a few files instead of hundreds
// of modules, which is most of what `validate` and `lint` used to spend starting up.
import { main } from "../lib/bundle/cli.js";

process.exitCode = await main(process.argv.slice(2));
