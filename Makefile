# textpipe: the two commands a new user needs are `make run` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/textpipe

.PHONY: all setup build run test bench clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product textpipe

# Runs the news pipeline over the sample article and summarises the result.
run: build
	rm -rf out
	$(RELEASE_BIN) run pipelines/news.yaml seeds/ -o out
	@$(RELEASE_BIN) validate pipelines/*.yaml

test: setup
	$(SWIFT) test

bench: setup
	bash Benchmarks/run.sh

clean:
	rm -rf .build out Benchmarks/work
