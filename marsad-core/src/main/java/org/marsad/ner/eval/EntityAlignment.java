package org.marsad.ner.eval;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How well the entities found in one article match its gold entities, all of one type. Entities are compared by
 * their mentions (exact spans): a gold entity K and a found entity R are alike by 2|K ∩ R| / (|K| + |R|), and each
 * gold entity is paired with at most one found entity so that the sum of the pairs' likeness is largest (CEAF with
 * the entity similarity φ4 of Luo 2005, as the CoNLL-2012 coreference scorer computes it). Precision is that sum over
 * the entities found, recall over the gold ones. Beside it, what a reader sees go wrong: a gold entity whose found
 * mentions are spread over several entities ({@code split}: a missed merge) and a found entity whose mentions belong
 * to several gold entities ({@code merged}: a wrong merge).
 */
record EntityAlignment(double similarity, int gold, int found, List<List<Set<String>>> split,
                       List<List<Set<String>>> merged) {

    /** A mention as the alignment compares it: where it is; the entity it belongs to is the list it sits in. */
    record Spot(String field, int start, int end) {
        static Spot of(EntityGold.Mention m) {
            return new Spot(m.field(), m.start(), m.end());
        }
    }

    /**
     * Aligns the article's gold and found mentions of one type, each grouped by its {@link EntityGold.Mention#entity()};
     * {@code text} gives a mention's words, for the split and merged entities reported.
     */
    static EntityAlignment of(List<EntityGold.Mention> gold, List<EntityGold.Mention> found,
                              Function<EntityGold.Mention, String> text) {
        Map<Integer, List<EntityGold.Mention>> goldEntities = byEntity(gold), foundEntities = byEntity(found);
        Map<Spot, Integer> goldOf = entityOf(gold), foundOf = entityOf(found);

        Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Node> goldNodes = new HashSet<>(), foundNodes = new HashSet<>();
        for (int g : goldEntities.keySet()) goldNodes.add(add(graph, new Node(true, g)));
        for (int f : foundEntities.keySet()) foundNodes.add(add(graph, new Node(false, f)));
        Map<List<Integer>, Integer> shared = new HashMap<>();
        for (EntityGold.Mention m : gold) {
            Integer f = foundOf.get(Spot.of(m));
            if (f != null) shared.merge(List.of(m.entity(), f), 1, Integer::sum);
        }
        for (Map.Entry<List<Integer>, Integer> pair : shared.entrySet()) {
            int g = pair.getKey().get(0), f = pair.getKey().get(1);
            double likeness = 2.0 * pair.getValue() / (goldEntities.get(g).size() + foundEntities.get(f).size());
            graph.setEdgeWeight(graph.addEdge(new Node(true, g), new Node(false, f)), likeness);
        }
        double similarity = shared.isEmpty() ? 0
                : new MaximumWeightBipartiteMatching<>(graph, goldNodes, foundNodes).getMatching().getWeight();
        return new EntityAlignment(similarity, goldEntities.size(), foundEntities.size(),
                spreads(goldEntities, foundOf, text), spreads(foundEntities, goldOf, text));
    }

    /** The entities whose mentions the other side puts in two or more entities, as the texts of each part. */
    private static List<List<Set<String>>> spreads(Map<Integer, List<EntityGold.Mention>> entities,
                                                   Map<Spot, Integer> otherSide,
                                                   Function<EntityGold.Mention, String> text) {
        List<List<Set<String>>> spreads = new ArrayList<>();
        for (List<EntityGold.Mention> entity : entities.values()) {
            Map<Integer, Set<String>> parts = new LinkedHashMap<>();
            for (EntityGold.Mention m : entity) {
                Integer other = otherSide.get(Spot.of(m));
                if (other != null) parts.computeIfAbsent(other, k -> new TreeSet<>()).add(text.apply(m));
            }
            if (parts.size() > 1) spreads.add(List.copyOf(parts.values()));
        }
        return spreads;
    }

    private static Map<Integer, List<EntityGold.Mention>> byEntity(Collection<EntityGold.Mention> mentions) {
        Map<Integer, List<EntityGold.Mention>> entities = new LinkedHashMap<>();
        for (EntityGold.Mention m : mentions) entities.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        return entities;
    }

    private static Map<Spot, Integer> entityOf(Collection<EntityGold.Mention> mentions) {
        Map<Spot, Integer> entityOf = new HashMap<>();
        for (EntityGold.Mention m : mentions) entityOf.put(Spot.of(m), m.entity());
        return entityOf;
    }

    private static Node add(Graph<Node, DefaultWeightedEdge> graph, Node node) {
        graph.addVertex(node);
        return node;
    }

    private record Node(boolean gold, int entity) {
    }
}
