#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>
#include <QList>
#include <QSizeF>

namespace Poppler {
class Document;
}

namespace ap {

// The pages of a PDF one under another, each in its own size and orientation, centred, at a zoom
// (pixels per point). One view for all of them, however many there are (a 100,000-task plan
// prints some 37,000 pages, taller than a widget may be): only the pages in view are rendered,
// the last few dozen kept. Page Up/Down, the arrows, Home and End turn the pages.
class PreviewPages : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PreviewPages(QWidget *parent = nullptr);

    // The pages of pdf (not owned, kept while shown); an empty view for none. The page at the
    // top of the view stays there.
    void setDocument(Poppler::Document *pdf);
    void setZoom(double pixelsPerPoint);
    double zoom() const { return m_zoom; }

    int pageCount() const { return int(m_points.size()); }
    // A page's size in points, as the PDF has it.
    QSizeF pagePoints(int page) const { return m_points.value(page); }
    // Where a page is drawn on the whole (unscrolled) column of pages, in pixels.
    QRect pageRect(int page) const;
    // The page at height y of the column, or the last one above it.
    int pageAt(int y) const;
    // The page at the top of the view.
    int firstPageInView() const;
    void showPage(int page);
    double widestPoints() const { return m_widest; }

    static constexpr int kSpacing = 12;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placePages();
    QImage rendered(int page);

    Poppler::Document *m_pdf = nullptr;
    QList<QSizeF> m_points;
    QList<int> m_tops;   // each page's top at the zoom
    int m_height = 0;    // the whole column's
    double m_widest = 0;
    double m_zoom = 1.0;
    QCache<int, QImage> m_images;
};

} // namespace ap
