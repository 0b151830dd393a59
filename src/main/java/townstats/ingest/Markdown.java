package townstats.ingest;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The flexmark parser used for Markdown reports and pages, and a plain-text view of a Markdown tree. */
public final class Markdown {
    public static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private Markdown() {
    }

    /** One line per heading, paragraph and table row; blank lines between blocks, as in a text report. */
    public static String plainText(Node document) {
        StringBuilder out = new StringBuilder();
        TextCollectingVisitor collector = new TextCollectingVisitor();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                out.append(heading.getText().toString().strip()).append("\n\n");
            } else if (node instanceof Paragraph && !(node.getParent() instanceof ListItem)) {
                out.append(collector.collectAndGetText(node).strip()).append("\n\n");
            } else if (node instanceof ListItem item) {
                out.append(collector.collectAndGetText(item).strip()).append('\n');
            } else if (node instanceof TableRow row) {
                StringBuilder line = new StringBuilder();
                for (Node cell : row.getChildren()) {
                    if (line.length() > 0) line.append(' ');
                    line.append(collector.collectAndGetText(cell).strip());
                }
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
