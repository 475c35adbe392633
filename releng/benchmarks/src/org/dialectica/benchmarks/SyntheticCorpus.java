package org.dialectica.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic prose: a vocabulary of pronounceable made-up words plus common English
 * words, drawn with a Zipf distribution (as in natural text), in sentences of 8-20 words.
 */
final class SyntheticCorpus {

    static final int PASSAGES_PER_SOURCE = 1000;

    private static final String[] ENGLISH = ("argument claim evidence premise conclusion objection reply study "
            + "policy cancer smoking climate carbon economy market nuclear energy risk expert opinion authority "
            + "cause effect harm benefit cost justice freedom law court judge witness report data sample "
            + "theory model history war peace state nation people government tax welfare health school").split(" ");
    private static final String[] STOP = "the of and to in a is that for it as was with be by on not he this are".split(" ");
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
            "br", "st", "tr", "pl", "gr", "sh", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ae", "ou", "ei"};

    final String[] vocabulary;
    private final double[] cumulative;

    SyntheticCorpus(int vocabularySize) {
        SplittableRandom random = new SplittableRandom(42);
        List<String> words = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String w : STOP) {
            if (seen.add(w)) {
                words.add(w);
            }
        }
        for (String w : ENGLISH) {
            if (seen.add(w)) {
                words.add(w);
            }
        }
        while (words.size() < vocabularySize) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            if (random.nextInt(3) == 0) {
                w.append(ONSETS[random.nextInt(12)]);
            }
            if (seen.add(w.toString())) {
                words.add(w.toString());
            }
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    String word(SplittableRandom random) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** Passage {@code n}: 40-100 words, always the same for the same n. */
    String passage(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 7);
        int words = 40 + random.nextInt(61);
        StringBuilder text = new StringBuilder(words * 7);
        int sentenceLeft = 0;
        for (int i = 0; i < words; i++) {
            String w = word(random);
            if (sentenceLeft == 0) {
                if (i > 0) {
                    text.append(". ");
                }
                sentenceLeft = 8 + random.nextInt(13);
                text.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                text.append(' ').append(w);
            }
            sentenceLeft--;
        }
        return text.append('.').toString();
    }
}
