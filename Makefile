# Convenience wrappers around scripts/dev.sh, for machines that already have make.
.PHONY: run test build bench clean
run:
	bash scripts/dev.sh run
test:
	bash scripts/dev.sh test
build:
	bash scripts/dev.sh build
bench: build
	build/bench/bench_dataset_scan
clean:
	rm -rf build
