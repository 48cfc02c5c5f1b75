package org.marsad.fusion;

import java.util.List;

/** Sources disagree on a field: each distinct value with the documents that gave it. */
public record Conflict(String field, List<Value> values) {
    public Conflict {
        values = List.copyOf(values);
    }

    public record Value(String value, List<String> documents) {
        public Value {
            documents = List.copyOf(documents);
        }
    }
}
