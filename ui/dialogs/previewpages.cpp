#include "previewpages.h"

#include <poppler-qt6.h>

#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace ap {

namespace {

// Rendered pages kept, in kilobytes: a screen's worth of pages and the next few, scrolling back
// and forth without rendering again (an A4 page at a 1366-pixel screen's width is about 4 MB).
constexpr int kCachedKilobytes = 96 * 1024;

} // namespace

PreviewPages::PreviewPages(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_images(kCachedKilobytes)
{
    setObjectName(QStringLiteral("PreviewPages"));
    setBackgroundRole(QPalette::Dark);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
}

void PreviewPages::setDocument(Poppler::Document *pdf)
{
    const int top = firstPageInView();
    const int into = m_tops.isEmpty() ? 0 : verticalScrollBar()->value() - m_tops.value(top);
    m_pdf = pdf;
    m_images.clear();
    m_points.clear();
    m_widest = 0;
    const int count = pdf ? pdf->numPages() : 0;
    m_points.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        m_points << (page ? page->pageSizeF() : QSizeF(595, 842));
        m_widest = std::max(m_widest, m_points.last().width());
    }
    placePages();
    if (top < m_tops.size())
        verticalScrollBar()->setValue(m_tops.at(top) + into);
}

void PreviewPages::setZoom(double pixelsPerPoint)
{
    // The page at the top stays at the top, as far into it as before.
    const int top = firstPageInView();
    const double into = m_tops.isEmpty() ? 0 : (verticalScrollBar()->value() - m_tops.value(top)) / m_zoom;
    m_zoom = pixelsPerPoint;
    m_images.clear();
    placePages();
    if (top < m_tops.size())
        verticalScrollBar()->setValue(m_tops.at(top) + qRound(into * m_zoom));
}

void PreviewPages::placePages()
{
    m_tops.clear();
    m_tops.reserve(m_points.size());
    int y = kSpacing;
    for (const QSizeF &p : std::as_const(m_points)) {
        m_tops << y;
        y += qRound(p.height() * m_zoom) + kSpacing;
    }
    m_height = y;
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, m_height - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(40);
    const int width = qRound(m_widest * m_zoom) + 2 * kSpacing;
    horizontalScrollBar()->setRange(0, std::max(0, width - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(40);
    viewport()->update();
}

void PreviewPages::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    placePages();
}

QRect PreviewPages::pageRect(int page) const
{
    if (page < 0 || page >= m_points.size())
        return QRect();
    const QSize size = (m_points.at(page) * m_zoom).toSize();
    const int column = std::max(viewport()->width(), qRound(m_widest * m_zoom) + 2 * kSpacing);
    return QRect(QPoint((column - size.width()) / 2, m_tops.at(page)), size);
}

int PreviewPages::pageAt(int y) const
{
    // The last page whose top is at or above y.
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), y);
    return std::max(0, int(it - m_tops.cbegin()) - 1);
}

int PreviewPages::firstPageInView() const
{
    return pageAt(verticalScrollBar()->value());
}

void PreviewPages::showPage(int page)
{
    if (page >= 0 && page < m_tops.size())
        verticalScrollBar()->setValue(m_tops.at(page) - kSpacing);
}

void PreviewPages::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Home) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (event->key() == Qt::Key_End) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

QImage PreviewPages::rendered(int page)
{
    if (const QImage *kept = m_images.object(page))
        return *kept;
    QImage image;
    const double dpi = 72.0 * m_zoom * devicePixelRatioF();
    if (const std::unique_ptr<Poppler::Page> p = m_pdf->page(page))
        image = p->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(devicePixelRatioF());
    m_images.insert(page, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    return image;
}

void PreviewPages::paintEvent(QPaintEvent *event)
{
    if (!m_pdf || m_points.isEmpty())
        return;
    QPainter painter(viewport());
    const QPoint scrolled(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-scrolled);
    const QRect exposed = event->rect().translated(scrolled);
    for (int i = pageAt(exposed.top()); i < m_points.size(); ++i) {
        const QRect r = pageRect(i);
        if (r.top() > exposed.bottom())
            break;
        if (!r.intersects(exposed))
            continue;
        painter.fillRect(r, Qt::white);
        painter.drawImage(r.topLeft(), rendered(i));
        painter.setPen(QColor(150, 150, 150));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    }
}

} // namespace ap
