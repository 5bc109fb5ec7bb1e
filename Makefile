# textpipe: the two commands a new user needs are `make run` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/textpipe

.PHONY: all setup build run test bench report clean

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

bench: setup
	bash Benchmarks/run.sh

# The HTML report of the seed article, screenshot by headless Chromium.
report: setup
	bash scripts/screenshot-report.sh

clean:
	rm -rf .build out Benchmarks/work
