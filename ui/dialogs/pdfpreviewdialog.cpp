#include "pdfpreviewdialog.h"

#include <poppler-qt6.h>

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QScrollBar>
#include <QShowEvent>
#include <QTimer>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace ap {

namespace {

// One page of the PDF at the dialog's zoom, rendered the first time it is painted.
class PageView : public QWidget
{
public:
    PageView(Poppler::Document *pdf, int page, QWidget *parent)
        : QWidget(parent), m_pdf(pdf), m_page(page)
    {
        setObjectName(QStringLiteral("PreviewPage"));
        if (auto p = m_pdf->page(page))
            m_points = p->pageSizeF();
    }

    QSizeF points() const { return m_points; }
    void setZoom(double pixelsPerPoint)
    {
        m_zoom = pixelsPerPoint;
        m_image = QImage();
        setFixedSize((m_points * m_zoom).toSize());
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (m_image.isNull() || m_image.size() != size()) {
            if (auto page = m_pdf->page(m_page))
                m_image = page->renderToImage(72.0 * m_zoom * devicePixelRatioF(),
                                              72.0 * m_zoom * devicePixelRatioF());
            m_image.setDevicePixelRatio(devicePixelRatioF());
        }
        p.drawImage(QPointF(0, 0), m_image);
        p.setPen(QColor(150, 150, 150));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }

private:
    Poppler::Document *m_pdf;
    int m_page;
    QSizeF m_points;
    double m_zoom = 1.0;
    QImage m_image;
};

} // namespace

PdfPreviewDialog::PdfPreviewDialog(const QString &title, WritePdf write, QWidget *parent)
    : QDialog(parent)
    , m_write(std::move(write))
{
    setObjectName(QStringLiteral("PdfPreviewDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_bar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    auto *zoomOut = new QPushButton(tr("Zoom &Out"), m_bar);
    auto *zoomIn = new QPushButton(tr("&Zoom In"), m_bar);
    auto *fit = new QPushButton(tr("&Fit Width"), m_bar);
    m_count = new QLabel(m_bar);
    m_count->setObjectName(QStringLiteral("PreviewPageCount"));
    auto *close = new QPushButton(tr("&Close"), m_bar);
    for (QWidget *w : std::initializer_list<QWidget *>{zoomOut, zoomIn, fit, m_count})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(close);
    layout->addWidget(m_bar);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("PreviewPages"));
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pages = new QWidget(m_scroll);
    m_pageLayout = new QVBoxLayout(m_pages);
    m_pageLayout->setSpacing(12);
    m_pageLayout->setAlignment(Qt::AlignHCenter);
    m_scroll->setWidget(m_pages);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
    connect(zoomIn, &QPushButton::clicked, this, [this]() { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this]() { setZoom(m_zoom / 1.25); });
    connect(fit, &QPushButton::clicked, this, &PdfPreviewDialog::fitWidth);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // As large as an office screen allows (1366×768 less the taskbar), no larger.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    resize(std::min(1000, screen.width() - 40), std::min(860, screen.height() - 60));
}

void PdfPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The pages fit the width the view has once it is laid out on screen.
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, &PdfPreviewDialog::fitWidth);
        // Page Down, Page Up, Home and End turn the pages at once, without a click first.
        m_scroll->setFocusPolicy(Qt::StrongFocus);
        m_scroll->setFocus();
    }
}

PdfPreviewDialog::~PdfPreviewDialog() = default;

void PdfPreviewDialog::addAction(QWidget *button)
{
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    bar->insertWidget(bar->count() - 2, button);
}

bool PdfPreviewDialog::load(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("preview.pdf"));
    QString why;
    if (!m_dir->isValid() || !m_write(path, &why)) {
        if (error)
            *error = why.isEmpty() ? tr("no temporary folder could be made") : why;
        return false;
    }
    m_pdf = Poppler::Document::load(path);
    if (!m_pdf || m_pdf->isLocked()) {
        if (error)
            *error = tr("the PDF that was written cannot be read back");
        return false;
    }
    m_pdf->setRenderHint(Poppler::Document::Antialiasing, true);
    m_pdf->setRenderHint(Poppler::Document::TextAntialiasing, true);
    for (int i = 0; i < m_pdf->numPages(); ++i)
        m_pageLayout->addWidget(new PageView(m_pdf.get(), i, m_pages), 0, Qt::AlignHCenter);
    m_count->setText(tr("%n page(s)", nullptr, m_pdf->numPages()));
    fitWidth();
    return true;
}

int PdfPreviewDialog::pageCount() const
{
    return m_pdf ? m_pdf->numPages() : 0;
}

QSizeF PdfPreviewDialog::pageSize(int page) const
{
    const auto views = m_pages->findChildren<PageView *>(QString(), Qt::FindDirectChildrenOnly);
    return page >= 0 && page < views.size() ? views.at(page)->points() : QSizeF();
}

void PdfPreviewDialog::setZoom(double pixelsPerPoint)
{
    m_zoom = std::clamp(pixelsPerPoint, 0.2, 4.0);
    for (PageView *v : m_pages->findChildren<PageView *>(QString(), Qt::FindDirectChildrenOnly))
        v->setZoom(m_zoom);
}

void PdfPreviewDialog::fitWidth()
{
    // The widest page (a landscape annex) fits the view's width.
    double widest = 0;
    for (PageView *v : m_pages->findChildren<PageView *>(QString(), Qt::FindDirectChildrenOnly))
        widest = std::max(widest, v->points().width());
    if (widest <= 0)
        return;
    const int room = m_scroll->viewport()->width() - 2 * m_pageLayout->contentsMargins().left()
                     - m_scroll->verticalScrollBar()->sizeHint().width();
    setZoom(std::max(200, room) / widest);
}

} // namespace ap
