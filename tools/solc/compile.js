#!/usr/bin/env node
// Compiles one Solidity file with the pinned solc-js (package.json) and writes, for every
// contract in it, <out>/<Name>.bin (creation bytecode as hex, no 0x) and <out>/<Name>.abi.json.
// Any compiler error (warnings are printed but allowed) fails with a non-zero exit code.
//
//   node tools/solc/compile.js contracts/AZCToken.sol build/contracts
'use strict';

const fs = require('fs');
const path = require('path');

function die(message) {
    process.stderr.write(`compile.js: ${message}\n`);
    process.exit(1);
}

const [source, outDir] = process.argv.slice(2);
if (!source || !outDir)
    die('usage: node compile.js CONTRACT.sol OUT_DIR');

let solc;
try {
    solc = require('solc');
} catch (e) {
    die(`solc is not installed (${e.message}); run scripts/test.sh or `
        + '`npm ci` in tools/solc');
}

const fileName = path.basename(source);
const input = {
    language: 'Solidity',
    sources: { [fileName]: { content: fs.readFileSync(source, 'utf8') } },
    settings: {
        optimizer: { enabled: true, runs: 200 },
        // Pinned so the bytecode does not change with the compiler's default fork; every node
        // we target (anvil included) runs Cancun or later.
        evmVersion: 'cancun',
        outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const diagnostic of output.errors || []) {
    process.stderr.write(diagnostic.formattedMessage || diagnostic.message);
    process.stderr.write('\n');
    if (diagnostic.severity === 'error')
        failed = true;
}
if (failed)
    die(`${source} did not compile (solc ${solc.version()})`);

const contracts = (output.contracts || {})[fileName] || {};
if (Object.keys(contracts).length === 0)
    die(`${source} holds no contract`);
fs.mkdirSync(outDir, { recursive: true });
for (const [name, contract] of Object.entries(contracts)) {
    const bytecode = contract.evm.bytecode.object;
    if (!bytecode)
        die(`${name} has no bytecode (abstract contract or interface?)`);
    fs.writeFileSync(path.join(outDir, `${name}.bin`), bytecode);
    fs.writeFileSync(path.join(outDir, `${name}.abi.json`),
                     JSON.stringify(contract.abi, null, 2) + '\n');
}
