package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.marsad.common.DatePrecision;

/**
 * Reads every kind of input into {@link ReadResult}s and never throws: a directory (recursive, in
 * name order, hidden files skipped), .txt (one article, id = file name), .json / .jsonl, .html /
 * .htm, .rss / .atom / .xml feeds, .zip of any of these (also nested, entries in archive order,
 * {@code __MACOSX/} skipped), and http(s) URLs (feed, JSON or HTML by content type).
 */
public final class InputReader {

    public enum Kind {
        TXT, JSON, JSONL, HTML, FEED, ZIP, UNSUPPORTED;

        public static Kind of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            int dot = n.lastIndexOf('.');
            return switch (dot < 0 ? "" : n.substring(dot + 1)) {
                case "txt", "text" -> TXT;
                case "json" -> JSON;
                case "jsonl", "ndjson" -> JSONL;
                case "html", "htm", "xhtml" -> HTML;
                case "rss", "atom", "xml" -> FEED;
                case "zip" -> ZIP;
                default -> UNSUPPORTED;
            };
        }

        boolean container() { return this == JSON || this == JSONL || this == FEED || this == ZIP; }
    }

    /** One thing to read: a file, or a URL. */
    public sealed interface Source permits FileSource, UrlSource, Missing {}

    public record FileSource(Path path) implements Source {}

    public record UrlSource(String url) implements Source {}

    public record Missing(String input, String reason) implements Source {}

    private static final int MAX_ZIP_DEPTH = 3;

    private final IngestLimits limits;
    private HttpClient http;

    public InputReader(IngestLimits limits) {
        this.limits = limits;
    }

    /** The files (directories walked) and URLs behind the inputs, in order. */
    public List<Source> expand(List<String> inputs) {
        List<Source> out = new ArrayList<>();
        for (String in : inputs) {
            if (isUrl(in)) {
                out.add(new UrlSource(in));
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f))).sorted().forEach(f -> out.add(new FileSource(f)));
                } catch (IOException | UncheckedIOException e) {
                    out.add(new Missing(in, "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new FileSource(p));
            } else {
                out.add(new Missing(in, Files.exists(p) ? "not a regular file or directory" : "no such file or directory"));
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    public void read(Source source, Consumer<ReadResult> out) {
        switch (source) {
            case Missing m -> out.accept(new Rejected(m.input(), m.reason()));
            case UrlSource u -> readUrl(u.url(), out);
            case FileSource f -> readFile(f.path(), out);
        }
    }

    void readFile(Path p, Consumer<ReadResult> out) {
        String origin = p.toString();
        Kind kind = Kind.of(p.getFileName().toString());
        if (kind == Kind.UNSUPPORTED) {
            out.accept(new Rejected(origin, "unsupported file type (expected .txt .json .jsonl .html .rss .atom .xml .zip)"));
            return;
        }
        try {
            long size = Files.size(p);
            long max = kind.container() ? limits.maxContainerBytes() : limits.maxDocumentBytes();
            if (size > max) {
                out.accept(new Rejected(origin, "file is " + IngestLimits.mib(size) + ", over the "
                        + IngestLimits.mib(max) + " limit for " + kind.name().toLowerCase(Locale.ROOT) + " files"));
                return;
            }
            if (kind == Kind.ZIP) {
                readZipFile(p, origin, out);
                return;
            }
            readBytes(p.getFileName().toString(), Files.readAllBytes(p), origin, 0, out);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            out.accept(new Rejected(origin, "unreadable file: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        }
    }

    /** Bytes of one file or zip entry named {@code name}. */
    void readBytes(String name, byte[] bytes, String origin, int depth, Consumer<ReadResult> out) {
        Kind kind = Kind.of(name);
        try {
            switch (kind) {
                case TXT -> out.accept(switch (TextDecoder.decode(bytes)) {
                    case TextDecoder.NotText n -> new Rejected(origin, n.reason());
                    case TextDecoder.Text t -> ArticleFactory.make(baseName(name), "", "", Optional.empty(),
                            DatePrecision.UNKNOWN, "", t.text(), "", origin, limits);
                });
                case JSON, JSONL -> {
                    switch (TextDecoder.decode(bytes)) {
                        case TextDecoder.NotText n -> out.accept(new Rejected(origin, n.reason()));
                        case TextDecoder.Text t -> {
                            if (kind == Kind.JSONL) JsonArticles.readLines(t.text(), origin, limits, out);
                            else JsonArticles.read(t.text(), origin, limits, out);
                        }
                    }
                }
                case HTML -> out.accept(switch (TextDecoder.decode(bytes)) {
                    case TextDecoder.NotText n -> new Rejected(origin, n.reason());
                    case TextDecoder.Text t -> HtmlArticles.read(t.text(), "", origin, limits);
                });
                case FEED -> FeedArticles.read(bytes, origin, limits, this::fetchPageText, out);
                case ZIP -> {
                    if (depth >= MAX_ZIP_DEPTH) out.accept(new Rejected(origin, "zip nested deeper than " + MAX_ZIP_DEPTH));
                    else readZipBytes(bytes, origin, depth + 1, out);
                }
                case UNSUPPORTED -> out.accept(new Rejected(origin,
                        "unsupported file type (expected .txt .json .jsonl .html .rss .atom .xml .zip)"));
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.accept(new Rejected(origin, "unreadable " + kind.name().toLowerCase(Locale.ROOT) + ": "
                    + e.getClass().getSimpleName() + " " + JsonArticles.abbreviate(String.valueOf(e.getMessage()))));
        }
    }

    private static String baseName(String name) {
        String n = name.substring(name.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static boolean skipEntry(String name) {
        return name.startsWith("__MACOSX/") || baseName(name).startsWith(".") || name.endsWith("/");
    }

    private void readZipFile(Path p, String origin, Consumer<ReadResult> out) {
        try (ZipFile zf = new ZipFile(p.toFile())) {
            List<? extends ZipEntry> entries = Collections.list((Enumeration<? extends ZipEntry>) zf.entries());
            if (entries.stream().noneMatch(e -> !skipEntry(e.getName()))) out.accept(new Rejected(origin, "empty zip"));
            for (ZipEntry e : entries) {
                if (skipEntry(e.getName())) continue;
                String where = origin + "!" + e.getName();
                Optional<Rejected> tooBig = checkEntry(e, where);
                if (tooBig.isPresent()) {
                    out.accept(tooBig.get());
                    continue;
                }
                byte[] data;
                try (InputStream in = zf.getInputStream(e)) {
                    data = readLimited(in, limits.maxContainerBytes());
                    verifyCrc(e, data);
                } catch (IOException | RuntimeException ex) {
                    out.accept(new Rejected(where, "unreadable zip entry: " + ex.getClass().getSimpleName() + " "
                            + ex.getMessage()));
                    continue;
                }
                readBytes(e.getName(), data, where, 1, out);
            }
        } catch (IOException e) {
            out.accept(new Rejected(origin, "not a readable zip file: " + e.getMessage()));
        }
    }

    private void readZipBytes(byte[] bytes, String origin, int depth, Consumer<ReadResult> out) {
        int n = 0;
        try (ZipInputStream zin = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (skipEntry(e.getName())) continue;
                n++;
                String where = origin + "!" + e.getName();
                Optional<Rejected> bad = checkEntry(e, where);
                if (bad.isPresent()) {
                    out.accept(bad.get());
                    continue;
                }
                byte[] data = readLimited(zin, limits.maxContainerBytes()); // ZipInputStream checks the CRC
                readBytes(e.getName(), data, where, depth, out);
            }
        } catch (IOException | RuntimeException e) {
            out.accept(new Rejected(origin, "unreadable zip data: " + e.getMessage()));
            return;
        }
        if (n == 0) out.accept(new Rejected(origin, "empty or unreadable zip"));
    }

    private Optional<Rejected> checkEntry(ZipEntry e, String where) {
        Kind k = Kind.of(e.getName());
        if (k == Kind.UNSUPPORTED) return Optional.of(new Rejected(where, "unsupported file type in zip"));
        long max = k.container() ? limits.maxContainerBytes() : limits.maxDocumentBytes();
        if (e.getSize() > max) {
            return Optional.of(new Rejected(where, "zip entry is " + IngestLimits.mib(e.getSize()) + ", over the "
                    + IngestLimits.mib(max) + " limit"));
        }
        return Optional.empty();
    }

    private static void verifyCrc(ZipEntry e, byte[] data) throws IOException {
        if (e.getCrc() < 0) return;
        CRC32 crc = new CRC32();
        crc.update(data);
        if (crc.getValue() != e.getCrc()) throw new IOException("CRC mismatch (damaged entry)");
    }

    private static byte[] readLimited(InputStream in, long max) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        if (data.length > max) throw new IOException("over the " + IngestLimits.mib(max) + " limit");
        return data;
    }

    // ---------------------------------------------------------------- http(s)

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(limits.fetchTimeout()).build();
        }
        return http;
    }

    record Fetched(byte[] body, String contentType) {}

    Fetched fetch(String url, long max) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(limits.fetchTimeout())
                .header("User-Agent", "marsad/0.1 (+https://github.com/marsad)").GET().build();
        HttpResponse<InputStream> resp = http().send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = resp.body()) {
            if (resp.statusCode() / 100 != 2) throw new IOException("HTTP " + resp.statusCode());
            byte[] body = readLimited(in, max);
            return new Fetched(body, resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT));
        }
    }

    private void readUrl(String url, Consumer<ReadResult> out) {
        Fetched f;
        try {
            f = fetch(url, limits.maxContainerBytes());
        } catch (IOException | RuntimeException e) {
            out.accept(new Rejected(url, "fetch failed: " + e.getClass().getSimpleName() + " " + e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.accept(new Rejected(url, "fetch interrupted"));
            return;
        }
        String ct = f.contentType();
        String head = new String(f.body(), 0, Math.min(512, f.body().length), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (ct.contains("rss") || ct.contains("atom") || ct.contains("xml") && !ct.contains("html")
                || head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed"))) {
            FeedArticles.read(f.body(), url, limits, this::fetchPageText, out);
        } else if (ct.contains("json")) {
            readBytes("page.json", f.body(), url, 0, out);
        } else if (f.body().length > limits.maxDocumentBytes()) {
            out.accept(new Rejected(url, "page is over the " + IngestLimits.mib(limits.maxDocumentBytes()) + " limit"));
        } else {
            out.accept(switch (TextDecoder.decode(f.body())) {
                case TextDecoder.NotText n -> new Rejected(url, n.reason());
                case TextDecoder.Text t -> HtmlArticles.read(t.text(), url, url, limits);
            });
        }
    }

    /** The main text of a linked page, for feed items that carry only a summary. */
    Optional<String> fetchPageText(String url) {
        try {
            Fetched f = fetch(url, limits.maxDocumentBytes());
            if (!(TextDecoder.decode(f.body()) instanceof TextDecoder.Text t)) return Optional.empty();
            return HtmlArticles.read(t.text(), url, url, limits) instanceof ReadResult.Read r
                    ? Optional.of(r.article().text()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
