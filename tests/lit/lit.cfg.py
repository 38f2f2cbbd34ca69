# lit configuration for gosc's FileCheck tests (tests/lit/<phase>/*.go).
#
# Why it exists: every test carries its own `// RUN:` lines; this file only
# says how to run them — which files are tests, where the gosc binary is
# (lit param gosc_bin, passed by tests/CMakeLists.txt), where FileCheck and
# `not` live, and which optional tools are present (feature `go` when the
# Go 1.19 toolchain, the oracle for program behaviour, is installed).
import os

import lit.formats

config.name = 'gosc'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.go', '.ssa']
config.excludes = ['Inputs']
config.test_source_root = os.path.dirname(__file__)

llvm_bin = '/usr/lib/llvm-19/bin'
gosc_bin = lit_config.params.get('gosc_bin')
if not gosc_bin:
    here = os.path.dirname(os.path.abspath(__file__))
    gosc_bin = os.path.join(here, '..', '..', 'build', 'bin')
gosc = os.path.join(os.path.abspath(gosc_bin), 'gosc')
if not os.path.exists(gosc):
    lit_config.warning('gosc not found at %s (pass --param gosc_bin=DIR)' % gosc)

# Test output goes beside the compiler, not into the source tree; a second
# run of the same tests at the same time (ctest lit_run_gcstress) names its
# own folder with --param output=NAME.
config.test_exec_root = os.path.join(os.path.abspath(gosc_bin), '..',
                                     lit_config.params.get('output', 'lit-output'))
# Every compilation a test triggers verifies the SSA after each pass.
config.environment['GOSC_VERIFY'] = '1'

config.substitutions.append(('%gosc', gosc))
config.substitutions.append(('%run', gosc + ' run'))
config.substitutions.append(('FileCheck', os.path.join(llvm_bin, 'FileCheck')))
# `not` as a command only: not inside an option such as FileCheck's
# --implicit-check-not (LLVM's own lit config excludes the same cases).
config.substitutions.append(('(?<![-=/.\\w])not\\b', os.path.join(llvm_bin, 'not')))

go = '/usr/lib/go-1.19/bin/go'
if os.path.exists(go):
    config.available_features.add('go')
    config.substitutions.append(('%go', go))

# Compiled programs and the Go toolchain need a usable HOME / cache.
for var in ('HOME', 'TMPDIR', 'GOCACHE', 'GOSC_RUNTIME_DIR', 'GOSC_CC', 'GOSCDEBUG'):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# gosc -html draws the escape graph with Graphviz's dot (feature `dot`).
import shutil
if shutil.which('dot'):
    config.available_features.add('dot')
