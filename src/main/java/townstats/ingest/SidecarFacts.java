package townstats.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import townstats.model.StatedFact;

/**
 * The {@code facts:} of a sidecar: what the official corrects, adds, removes or confirms, each entry with its line, so
 * that a mistake is refused in one line naming the file and the line. The build checks the names and units against
 * the catalogue when it applies them; this reads the form:
 *
 * <pre>
 * facts:
 *   - correct: 财政收入          # the figure read, with the fields below instead
 *     was: 4410万元             # which one, when the report states several
 *     value: 4500万元
 *     note: 以镇统计站年报为准
 *   - add: 地区生产总值
 *     value: 12.5亿元
 *     growth: 6.1%
 *   - remove: fixed_investment
 *     note: 为全县数据
 *   - confirm: 规模以上工业总产值
 * </pre>
 */
final class SidecarFacts {
    static final Set<String> FIELDS = Set.of("was", "value", "unit", "growth", "period", "qualifier", "section", "note");

    private SidecarFacts() {
    }

    /**
     * The statements of {@code yaml} (a sidecar or front matter named {@code file}, whose first line is line
     * {@code firstLine} of the file); none when it has no facts:.
     */
    static List<StatedFact> parse(String yaml, String file, int firstLine) throws BadInputException {
        SidecarFacts.firstLine.set(firstLine);
        if (yaml == null || yaml.isBlank()) return List.of();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            return List.of(); // MetadataReader says what is wrong with the YAML
        }
        if (!(root instanceof MappingNode map)) return List.of();
        Node facts = null;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("facts")) facts = t.getValueNode();
        }
        if (facts == null || facts instanceof ScalarNode s && s.getValue().isEmpty()) return List.of();
        if (!(facts instanceof SequenceNode list)) {
            throw new BadInputException(file + ": facts must be a list of entries (- correct: …) (line " + line(facts) + ")");
        }
        List<StatedFact> out = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) out.add(entry(list.getValue().get(i), i, file));
        return out;
    }

    private static StatedFact entry(Node node, int index, String file) throws BadInputException {
        String where = "facts[" + index + "] (line " + line(node) + ")";
        if (!(node instanceof MappingNode map)) {
            throw new BadInputException(file + ": " + where + " must be keys such as correct: and value:");
        }
        Map<StatedFact.Action, String> actions = new EnumMap<>(StatedFact.Action.class);
        Map<String, String> fields = new java.util.HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            String at = " in facts[" + index + "] (line " + line(t.getKeyNode()) + ")";
            StatedFact.Action action = action(key);
            if (action == null && !FIELDS.contains(key)) {
                throw new BadInputException(file + ": unknown key '" + key + "'" + at
                        + ": an entry has one of correct, add, remove, confirm and " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            if (!(t.getValueNode() instanceof ScalarNode v)) throw new BadInputException(file + ": " + key + " must be one value" + at);
            String value = v.getValue().strip();
            if (value.isEmpty() && !key.equals("note")) throw new BadInputException(file + ": " + key + " is empty" + at);
            if (action != null) actions.put(action, value);
            else fields.put(key, value.isEmpty() ? null : value);
        }
        if (actions.size() != 1) {
            throw new BadInputException(file + ": " + where + " needs one of correct:, add:, remove:, confirm: naming the indicator");
        }
        StatedFact.Action action = actions.keySet().iterator().next();
        boolean changes = fields.keySet().stream().anyMatch(k -> !k.equals("was") && !k.equals("note"));
        if (action == StatedFact.Action.ADD && fields.get("value") == null && fields.get("growth") == null) {
            throw new BadInputException(file + ": " + where + " adds no figure: give value: or growth:");
        }
        if (action == StatedFact.Action.CORRECT && !changes) {
            throw new BadInputException(file + ": " + where + " corrects nothing: give value:, growth:, period:, qualifier: or section:"
                    + " (confirm: keeps the figure as read)");
        }
        if ((action == StatedFact.Action.REMOVE || action == StatedFact.Action.CONFIRM) && changes) {
            throw new BadInputException(file + ": " + where + " " + action.key() + "s a figure as read: only was: and note: go with it");
        }
        if (action == StatedFact.Action.ADD && fields.get("was") != null) {
            throw new BadInputException(file + ": " + where + " adds a figure: was: names one read from the report");
        }
        return new StatedFact(action, actions.get(action), fields.get("was"), fields.get("value"), fields.get("unit"),
                fields.get("growth"), fields.get("period"), fields.get("qualifier"), fields.get("section"), fields.get("note"), file,
                line(node));
    }

    private static StatedFact.Action action(String key) {
        for (StatedFact.Action a : StatedFact.Action.values()) if (a.key().equals(key)) return a;
        return null;
    }

    /** The file's line of the YAML's first line (front matter starts after its ---), for this thread's parse. */
    private static final ThreadLocal<Integer> firstLine = ThreadLocal.withInitial(() -> 1);

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + firstLine.get();
    }
}
