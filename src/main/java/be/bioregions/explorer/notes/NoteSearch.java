package be.bioregions.explorer.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import be.bioregions.explorer.domain.Note;

/**
 * Full-text search of the notes' titles and bodies with Lucene: an index in memory, built from the database when
 * the Notes view opens and kept up to date as notes are saved (the database stays the one store; the index is
 * rebuilt from it, so a crash cannot leave the two apart). Words match whatever their case and accents ("liege"
 * finds "Liège"); every word of a search must be in a note; the last word also matches as a beginning, so
 * results come while the word is being typed.
 */
public final class NoteSearch implements AutoCloseable {
    private static final String ID = "id";
    private static final String TEXT = "text";
    /** The note's number as a doc value: read for each hit without loading the stored document. */
    private static final String NOTE = "note";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
            return new TokenStreamComponents(words, folded);
        }
    };
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public NoteSearch() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces these notes in the index. */
    public synchronized void index(Collection<Note> notes) {
        try {
            for (Note n : notes) {
                Document doc = new Document();
                doc.add(new StringField(ID, n.id().toString(), Field.Store.NO));
                doc.add(new NumericDocValuesField(NOTE, n.id()));
                doc.add(new TextField(TEXT, n.title() + "\n" + n.body(), Field.Store.NO));
                writer.updateDocument(new Term(ID, n.id().toString()), doc);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a note out of the index (it was deleted). */
    public synchronized void remove(long id) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbers of the notes that hold every word of the text (at most {@code max}); empty for no words. */
    public List<Long> search(String text, int max) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(TEXT, words.get(i));
            // the last word is still being typed: it matches as a beginning too
            query.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), BooleanClause.Occur.MUST);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    NumericDocValues number = DocValues.getNumeric(leaf.reader(), NOTE);
                    if (number.advanceExact(hit.doc - leaf.docBase)) {
                        ids.add(number.longValue());
                    }
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a text as the index knows them: lower case, without accents. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Where the words occur in a text, as {start, end} pairs in order: each place where a word of the text begins
     * with one of the searched words, compared without case and accents.
     */
    public static List<int[]> matches(String text, List<String> words) {
        List<int[]> ranges = new ArrayList<>();
        if (words.isEmpty()) {
            return ranges;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String base = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            folded.append(Character.toLowerCase(base.isEmpty() ? text.charAt(i) : base.charAt(0)));
        }
        String f = folded.toString();
        int i = 0;
        while (i < f.length()) {
            if (Character.isLetterOrDigit(f.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))) {
                for (String w : words) {
                    if (f.startsWith(w, i)) {
                        ranges.add(new int[] {i, i + w.length()});
                        i += w.length() - 1;
                        break;
                    }
                }
            }
            i++;
        }
        return ranges;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
