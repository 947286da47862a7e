package be.bioregions.explorer.notes;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A note's Markdown as styled text (headings, emphasis, lists, quotes, code, links), parsed by commonmark-java:
 * the preview of a note without a web view. Styles are the CSS classes {@code md-*} of explorer.css.
 */
final class MarkdownPreview {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownPreview() {
    }

    static void render(String markdown, TextFlow into) {
        into.getChildren().clear();
        PARSER.parse(markdown == null ? "" : markdown).accept(new Writer(into));
    }

    private static final class Writer extends AbstractVisitor {
        private final TextFlow flow;
        private final java.util.Deque<String> styles = new java.util.ArrayDeque<>();
        private int listDepth;

        Writer(TextFlow flow) {
            this.flow = flow;
        }

        private void add(String text) {
            Text t = new Text(text);
            t.getStyleClass().add("md");
            t.getStyleClass().addAll(styles);
            flow.getChildren().add(t);
        }

        private void styled(String style, Node node) {
            styles.push(style);
            visitChildren(node);
            styles.pop();
        }

        private void block(Node node) {
            visitChildren(node);
            add("\n\n");
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral());
        }

        @Override
        public void visit(Heading heading) {
            styles.push("md-h" + Math.min(3, heading.getLevel()));
            visitChildren(heading);
            styles.pop();
            add("\n");
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (paragraph.getParent() instanceof ListItem) {
                visitChildren(paragraph);
                add("\n");
            } else {
                block(paragraph);
            }
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled("md-em", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled("md-strong", strong);
        }

        @Override
        public void visit(Code code) {
            styles.push("md-code");
            add(code.getLiteral());
            styles.pop();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            styles.push("md-code");
            add(literal + "\n");
            styles.pop();
        }

        @Override
        public void visit(BlockQuote quote) {
            styled("md-quote", quote);
        }

        @Override
        public void visit(BulletList list) {
            listDepth++;
            visitChildren(list);
            listDepth--;
            if (listDepth == 0) {
                add("\n");
            }
        }

        @Override
        public void visit(OrderedList list) {
            listDepth++;
            int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                add("  ".repeat(listDepth - 1) + (n++) + ". ");
                visitChildren(item);
            }
            listDepth--;
            if (listDepth == 0) {
                add("\n");
            }
        }

        @Override
        public void visit(ListItem item) {
            add("  ".repeat(Math.max(0, listDepth - 1)) + "\u2022 ");
            visitChildren(item);
        }

        @Override
        public void visit(Link link) {
            styled("md-link", link);
            add(" (" + link.getDestination() + ")");
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            add(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            add("\n");
        }

        @Override
        public void visit(ThematicBreak rule) {
            add("\u2014\u2014\u2014\n\n");
        }
    }
}
