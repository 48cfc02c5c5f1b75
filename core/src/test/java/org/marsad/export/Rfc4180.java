package org.marsad.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: fails on a quote inside an unquoted field or an unclosed quote. */
final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(Reader in) {
        try {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false, inQuotes = false, any = false;
            int c;
            while ((c = in.read()) >= 0) {
                any = true;
                if (inQuotes) {
                    if (c == '"') {
                        in.mark(1);
                        int n = in.read();
                        if (n == '"') f.append('"');
                        else {
                            inQuotes = false;
                            if (n < 0) break;
                            if (n != ',' && n != '\r') throw new IllegalStateException("text after closing quote");
                            if (n == ',') { row.add(f.toString()); f.setLength(0); quoted = false; }
                            if (n == '\r') {
                                if (in.read() != '\n') throw new IllegalStateException("CR without LF");
                                row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); quoted = false;
                            }
                        }
                    } else f.append((char) c);
                } else if (c == '"') {
                    if (f.length() > 0 || quoted) throw new IllegalStateException("quote inside an unquoted field");
                    inQuotes = quoted = true;
                } else if (c == ',') {
                    row.add(f.toString()); f.setLength(0); quoted = false;
                } else if (c == '\r') {
                    if (in.read() != '\n') throw new IllegalStateException("CR without LF");
                    row.add(f.toString()); f.setLength(0); rows.add(row); row = new ArrayList<>(); quoted = false;
                } else if (c == '\n') {
                    throw new IllegalStateException("bare LF line end");
                } else f.append((char) c);
            }
            if (inQuotes) throw new IllegalStateException("unclosed quote");
            if (any && (f.length() > 0 || !row.isEmpty())) { row.add(f.toString()); rows.add(row); }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
