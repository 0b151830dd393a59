package townstats.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts lists whose length grows with the corpus (ranking tables, the towns and reports indexes, the composite index)
 * into pages of at most a row budget, so no page grows past a size a browser opens at once.
 *
 * <p>A page sequence holds one or more sections (e.g. the value and the growth table of a ranking) whose rows flow
 * from page to page: page 1 is rows 0..budget-1 of the concatenation, page 2 the next budget rows, and so on; a
 * section cut by a page break continues on the next page. Page 1 keeps the list's address ({@code towns/index.html}),
 * page N is {@code towns/index-pN.html} beside it, so every pager link is a plain file name.
 */
public final class Paging {
    /** Rows on one page: ~250 bytes a ranking row, so ~250 KB of table, well under 1 MB with the page around it. */
    static final int DEFAULT_ROW_BUDGET = 1000;
    /** A system property that lowers (or raises) the budget for one build: the tests split small corpora with it. */
    public static final String ROW_BUDGET_PROPERTY = "townstats.pageRows";

    private Paging() {
    }

    /** The row budget of this build: {@link #ROW_BUDGET_PROPERTY} when set to a positive number, else the default. */
    static int rowBudget() {
        Integer set = Integer.getInteger(ROW_BUDGET_PROPERTY);
        return set == null || set < 1 ? DEFAULT_ROW_BUDGET : set;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of section {@code section}. */
    public record Slice(int section, int from, int to) {
    }

    /** Page {@code number} (1-based) of {@code count}, with the slices of the sections it shows, in order. */
    public record Page(int number, int count, List<Slice> slices) {
        public Page {
            slices = List.copyOf(slices);
        }

        /** The slice of {@code section} on this page, or null when none of its rows are here. */
        public Slice of(int section) {
            for (Slice s : slices) if (s.section() == section) return s;
            return null;
        }
    }

    /**
     * The pages of sections of these sizes: every row on exactly one page, in order, at most {@code budget} rows a
     * page. Always at least one page (an empty list is one empty page, its address the list's own); an empty section
     * gets an empty slice on the page where it would start, so it can still say it has no rows.
     */
    static List<Page> flow(List<Integer> sizes, int budget) {
        if (budget < 1) throw new IllegalArgumentException("row budget " + budget);
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        int count = Math.max(1, (total + budget - 1) / budget);
        List<List<Slice>> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) pages.add(new ArrayList<>());
        int offset = 0;
        for (int s = 0; s < sizes.size(); s++) {
            int size = sizes.get(s);
            if (size == 0) {
                pages.get(Math.min(offset / budget, count - 1)).add(new Slice(s, 0, 0));
                continue;
            }
            int row = 0;
            while (row < size) {
                int page = (offset + row) / budget;
                int end = Math.min(size, (page + 1) * budget - offset);
                pages.get(page).add(new Slice(s, row, end));
                row = end;
            }
            offset += size;
        }
        List<Page> out = new ArrayList<>();
        for (int p = 0; p < count; p++) out.add(new Page(p + 1, count, pages.get(p)));
        return out;
    }

    /** The page (1-based) that shows row {@code row} of the section that starts {@code offset} rows into the flow. */
    static int pageOf(int offset, int row, int budget) {
        return (offset + row) / budget + 1;
    }

    /** Page {@code number}'s address: {@code rankings/gdp-2022.html} itself for page 1, {@code rankings/gdp-2022-p2.html} for 2. */
    static String address(String first, int number) {
        if (number < 1) throw new IllegalArgumentException("page " + number);
        if (number == 1) return first;
        int dot = first.lastIndexOf('.');
        return first.substring(0, dot) + "-p" + number + first.substring(dot);
    }

    /** The file name of an address: how one page of a sequence links another beside it. */
    static String fileName(String address) {
        return address.substring(address.lastIndexOf('/') + 1);
    }

    /**
     * 上一页/下一页 and 第 N/M 页 of one page; {@code previous}, {@code next}, {@code firstHref} and {@code lastHref}
     * are relative to the page (file names: the pages of a sequence share a folder), null where there is none.
     * {@code from} and {@code to} (1-based, inclusive) are the rows of the whole flow this page shows, of {@code total}.
     */
    public record Pager(int number, int count, String previous, String next, String firstHref, String lastHref,
                        int from, int to, int total) {
        /** Whether there is more than one page: a one-page list shows no pager. */
        public boolean paged() {
            return count > 1;
        }
    }

    static Pager pager(String first, Page page, int budget, int total) {
        int n = page.number();
        int count = page.count();
        int from = Math.min(total, (n - 1) * budget + 1);
        int to = Math.min(total, n * budget);
        return new Pager(n, count, n > 1 ? fileName(address(first, n - 1)) : null,
                n < count ? fileName(address(first, n + 1)) : null,
                n > 1 ? fileName(first) : null, n < count ? fileName(address(first, count)) : null, from, to, total);
    }

    /** A single list of {@code size} rows: its pages, for the lists that are one section. */
    static List<Page> of(int size, int budget) {
        return flow(List.of(size), budget);
    }

    /** The rows of {@code rows} on {@code page}, for a list that is one section. */
    static <T> List<T> rowsOn(List<T> rows, Page page, int section) {
        Slice s = page.of(section);
        return s == null ? List.of() : rows.subList(s.from(), s.to());
    }
}
