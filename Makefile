# textpipe: the two commands a new user needs are `make run` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/textpipe
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/TextPipe/Runner/RunManifest.swift)
DIST_NAME := textpipe-$(VERSION)-linux-$(shell uname -m)
# A scratch path of its own: the statically linked build does not disturb .build.
DIST_SCRATCH ?= .build-dist

.PHONY: all setup build run test test-integration dist bench report clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product textpipe

# Runs the news pipeline over the sample article and shows what it found.
run: build
	rm -rf out
	$(RELEASE_BIN) run pipelines/news.yaml seeds/ -o out
	@echo
	@$(RELEASE_BIN) show out/documents.jsonl

test: setup
	$(SWIFT) test

# The shippable folder and tarball for clusters: dist/$(DIST_NAME)/ and .tar.gz.
dist: setup
	$(SWIFT) build -c release --product textpipe --static-swift-stdlib --scratch-path $(DIST_SCRATCH)
	bash scripts/dist.sh $(DIST_SCRATCH)/release dist/$(DIST_NAME)

# Spark (pip-installed PySpark, local[2]) and shard/Slurm runs of the dist build
# over 10,000 generated documents; too slow for `make test`, run by CI after it.
test-integration: dist
	bash Tests/Integration/run.sh dist/$(DIST_NAME)

bench: setup
	bash Benchmarks/run.sh

# The HTML report of the seed article, screenshot by headless Chromium.
report: setup
	bash scripts/screenshot-report.sh

clean:
	rm -rf .build $(DIST_SCRATCH) dist out Benchmarks/work
