#!/usr/bin/env python3
"""The smallest exec stage: answers the handshake, then echoes every document.
Used to measure what the exec protocol itself costs."""
import sys

write = sys.stdout.write
flush = sys.stdout.flush
for line in sys.stdin:
    if line.startswith('{"textpipe":"handshake"'):
        write('{"id":"echo","version":"1.0.0","needs":[],"adds":[]}\n')
    else:
        write(line)
    flush()
