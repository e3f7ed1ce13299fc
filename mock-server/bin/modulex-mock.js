#!/usr/bin/env node
// Committed entry point, so npm links the bin at install time even before dist/ is built.
import "../dist/cli.js";
