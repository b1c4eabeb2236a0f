package org.marsad.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Name patterns to be found again in a text, spelling variants allowed ({@link NamePattern#matchAt}), without
 * trying every pattern at every word: a trie over the {@link NameVariants#blockingKey blocking keys} of their words.
 * From a word it follows the words after it as long as some pattern's keys go on, and offers the patterns whose keys
 * all agree with the text's: since a variant has the blocking key of the word it varies, no other pattern can match
 * there. The work per word is bounded by the longest pattern, whatever the number of patterns; the caller still
 * matches each pattern offered. Not thread-safe: one per resolution.
 *
 * @param <T> what the caller keeps with each pattern
 */
final class NamePatternIndex<T> {
    private final Node<T> root = new Node<>();

    /** Adds a pattern; one pattern may be added with several values. */
    void add(NamePattern pattern, T value) {
        Node<T> node = root;
        for (String word : pattern.words()) {
            node = node.children.computeIfAbsent(NameVariants.blockingKey(word), k -> new Node<>());
        }
        node.values.add(value);
    }

    /**
     * Offers the value of each pattern that may begin at word {@code i}, by any of its {@link Words#readings readings},
     * and continue on the same line over words that {@code free} accepts; each once.
     *
     * @param free the words a name may take: one that another name holds ends the walk, so that a long pattern is not
     *             followed along words where it could not be found anyway
     * @return the keys looked up in the trie: the work done, for tests that guard it
     */
    int candidatesAt(Words w, int i, IntPredicate free, Consumer<T> sink) {
        if (!w.isWord(i)) return 0;
        int lookups = 0;
        List<Words.Reading> readings = w.readings(i);
        List<String> firstKeys = new ArrayList<>(readings.size());
        for (Words.Reading reading : readings) {
            String key = NameVariants.blockingKey(reading.key());
            if (firstKeys.contains(key)) continue; // the same patterns again
            firstKeys.add(key);
            Node<T> node = root.children.get(key);
            lookups++;
            for (int j = i + 1; node != null; j++) {
                node.values.forEach(sink);
                if (node.children.isEmpty() || j >= w.size() || !w.isWord(j) || !w.followsOnSameLine(j)
                        || !free.test(j)) {
                    break;
                }
                node = node.children.get(NameVariants.blockingKey(w.wordKey(j)));
                lookups++;
            }
        }
        return lookups;
    }

    /** The patterns whose keys are the path to this node, and the longer ones that go on from it. */
    private static final class Node<T> {
        final Map<String, Node<T>> children = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
    }
}
