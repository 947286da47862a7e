package be.bioregions.explorer.indicators;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;

/**
 * A drawn figure (a chart, or a page of charts) as a file: PNG, SVG or PDF. The same Java2D drawing goes to each,
 * so the three show the same figure; SVG and PDF stay vector, with their text as text.
 */
public final class ChartFiles {
    /** Draws a figure into an area of a Java2D surface. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Graphics2D g, Rectangle2D area);
    }

    /** The size of an exported figure, in points (PDF) or pixels (SVG; the PNG is drawn at twice this). */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 600;

    private ChartFiles() {
    }

    /** The figure as an SVG document, without a DOCTYPE (an XML reader would fetch the DTD from the network). */
    public static String svg(Drawing drawing, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PX);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    /** The figure as a one-page PDF of its size, vector, its text set in the PDF's standard fonts. */
    public static byte[] pdf(Drawing drawing, int width, int height, String title) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("bioRegions Explorer");
            document.setDocumentInformation(info);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the PDF of " + title, e);
        }
    }

    /** The figure as a PNG drawn at twice its size, sharp on a slide or a printed page. */
    public static byte[] png(Drawing drawing, int width, int height) {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
