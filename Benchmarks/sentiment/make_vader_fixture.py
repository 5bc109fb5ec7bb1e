#!/usr/bin/env python3
"""Writes Tests/SentimentStanceTests/Fixtures/vader-compound.json: texts and the
compound score vaderSentiment 3.3.2 gives each, for the Swift tests (which
cannot run Python). The texts are textpipe's own: hand-written sentences that
exercise each VADER rule, and sentences generated from a fixed seed that mix
sentiment words, boosters, negations, "but", "no", capitals, emoji and
punctuation, to catch rule interactions. No text of the NYT data set is used.

    Benchmarks/.venv/bin/python Benchmarks/sentiment/make_vader_fixture.py
"""
import json
import os
import random

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Tests", "SentimentStanceTests", "Fixtures", "vader-compound.json")

HAND_WRITTEN = [
    "The plan is good.",
    "The plan is not good.",
    "The plan isn't good at all.",
    "The plan is very good.",
    "The plan is VERY good.",
    "The plan is GOOD.",
    "THE PLAN IS GOOD.",
    "The plan is good!!!",
    "The plan is good!!!!!!",
    "Is the plan good??",
    "Is the plan good????",
    "The plan is kind of good.",
    "The plan is sort of good.",
    "The plan is barely good.",
    "The plan is good, but the minister is a liar.",
    "The minister is a liar, but the plan is good.",
    "It was good, good, but good and bad.",
    "The deal was the bomb.",
    "That speech was the kiss of death for his campaign.",
    "No problem at all.",
    "There is no good answer.",
    "No, no, no good will come of it.",
    "There was no hope or joy.",
    "At least it is not terrible.",
    "It is the least bad option.",
    "Least bad option available.",
    "He never was so happy.",
    "This is without doubt a great day.",
    "It was so bad.",
    "The report did not help and wasn't useful.",
    "Nobody was hurt :) in the crash :(",
    "The launch 😀 went well 😡",
    "Great😀news",
    "“Dangerous and destabilizing,” he said.",
    "It’s not a good development.",
    "The troops—described as weary—withdrew.",
    "The crisis deepened -- and the talks collapsed.",
    "",
    "   ",
    "...!!!",
    "Uh-uh, that's not happening.",
    "The government cannot win.",
    "Despite the success, fear remained.",
    "Nothing good came of the summit.",
    "KIND of bad, REALLY bad.",
    "It is hardly a victory.",
    "A totally unacceptable and deeply dangerous escalation.",
    "The ceasefire brought peace, hope and relief to the region.",
    "Officials condemned the attack and mourned the victims.",
    "Officials praised the agreement as a breakthrough.",
]

WORDS_POS = ["good", "great", "happy", "hope", "peace", "win", "support", "praise", "safe", "love", "welcome", "success"]
WORDS_NEG = ["bad", "terrible", "war", "crisis", "killed", "fear", "threat", "attack", "dangerous", "hate", "fail", "condemn"]
NEUTRAL = ["the", "minister", "said", "troops", "region", "plan", "talks", "of", "kind", "sort", "at", "this", "doubt"]
MODIFIERS = ["very", "extremely", "barely", "somewhat", "not", "never", "no", "without", "least", "so", "isn't",
             "hardly", "kind", "sort", "but", "BUT", "or", "nor", "VERY", "really"]
EXTRAS = [":)", ":(", "😀", "😢", "!", "?", "!!", "??", "...", ",", "\u201c", "\u201d", "\u2014"]


def generated(rng, n):
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(1, 14)):
            pool = rng.choice([WORDS_POS, WORDS_NEG, NEUTRAL, NEUTRAL, MODIFIERS, MODIFIERS, EXTRAS])
            w = rng.choice(pool)
            if rng.random() < 0.15:
                w = w.upper()
            if rng.random() < 0.1:
                w = w + rng.choice([",", ".", "!", "?", "'s"])
            words.append(w)
        sep = " " if rng.random() < 0.9 else rng.choice(["  ", "\t", "\u00a0"])
        out.append(sep.join(words))
    return out


def main():
    analyzer = SentimentIntensityAnalyzer()
    rng = random.Random(20241031)
    texts = HAND_WRITTEN + generated(rng, 400)
    cases = [{"text": t, "compound": analyzer.polarity_scores(t)["compound"]} for t in texts]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"source": "vaderSentiment 3.3.2 polarity_scores(text)['compound'], "
                             "written by Benchmarks/sentiment/make_vader_fixture.py",
                   "cases": cases}, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(cases)} cases")


if __name__ == "__main__":
    main()
