#include "pdfpreviewdialog.h"

#include "previewpages.h"

#include <poppler-qt6.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShowEvent>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ap {

// Told to the thread laying out the whole, and told by it: how far it is, and whether to stop.
struct PdfPreviewDialog::Work
{
    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

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

    // Under the bar while the whole is laid out: how far, and a way to stop.
    auto *progressRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("PreviewLayoutStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("PreviewLayoutProgress"));
    m_stop = new QPushButton(tr("&Stop Laying Out"), this);
    m_stop->setObjectName(QStringLiteral("PreviewStopButton"));
    m_stop->setAutoDefault(false);
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    layout->addLayout(progressRow);
    m_status->hide();
    m_progress->hide();
    m_stop->hide();

    m_pages = new PreviewPages(this);
    m_pages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    layout->addWidget(m_pages, 1);
    connect(zoomIn, &QPushButton::clicked, this, [this]() {
        m_zoomed = true;
        setZoom(m_pages->zoom() * 1.25);
    });
    connect(zoomOut, &QPushButton::clicked, this, [this]() {
        m_zoomed = true;
        setZoom(m_pages->zoom() / 1.25);
    });
    connect(fit, &QPushButton::clicked, this, [this]() {
        m_zoomed = false;
        fitWidth();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, &PdfPreviewDialog::stopWhole);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PdfPreviewDialog::wholeWritten);
    connect(&m_progressTimer, &QTimer::timeout, this, &PdfPreviewDialog::showProgress);
    // As large as an office screen allows (1366×768 less the taskbar), no larger.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    resize(std::min(1000, screen.width() - 40), std::min(860, screen.height() - 60));
}

PdfPreviewDialog::~PdfPreviewDialog()
{
    // The layout owns what it reads and a share of the folder it writes in: told to stop, it ends
    // on its own (the dialog does not wait for it).
    if (m_work)
        m_work->stop = true;
}

void PdfPreviewDialog::done(int result)
{
    if (m_work)
        m_work->stop = true;
    QDialog::done(result);
}

void PdfPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The pages fit the width the view has once it is laid out on screen.
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, &PdfPreviewDialog::fitWidth);
        // Page Down, Page Up, Home and End turn the pages at once, without a click first.
        m_pages->setFocus();
    }
}

void PdfPreviewDialog::addAction(QWidget *button)
{
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    bar->insertWidget(bar->count() - 2, button);
}

void PdfPreviewDialog::setWhole(WriteWholePdf whole)
{
    m_whole = std::move(whole);
}

bool PdfPreviewDialog::load(QString *error)
{
    m_dir = std::make_shared<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("preview.pdf"));
    QString why;
    if (!m_dir->isValid() || !m_write(path, &why)) {
        if (error)
            *error = why.isEmpty() ? tr("no temporary folder could be made") : why;
        return false;
    }
    if (!showPdf(path, error))
        return false;
    fitWidth();
    if (m_whole)
        startWhole();
    else
        setState(State::Complete);
    return true;
}

bool PdfPreviewDialog::showPdf(const QString &path, QString *error)
{
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf || pdf->isLocked()) {
        if (error)
            *error = tr("the PDF that was written cannot be read back");
        return false;
    }
    pdf->setRenderHint(Poppler::Document::Antialiasing, true);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing, true);
    m_pages->setDocument(pdf.get());
    m_pdf = std::move(pdf);
    return true;
}

void PdfPreviewDialog::startWhole()
{
    m_work = std::make_shared<Work>();
    const QString path = m_dir->filePath(QStringLiteral("whole.pdf"));
    m_watcher.setFuture(QtConcurrent::run([work = m_work, whole = m_whole, dir = m_dir, path]() {
        Result r;
        r.written = whole(path, &r.error, [&work](int done, int total) {
            work->done = done;
            work->total = total;
            return !work->stop;
        });
        return r;
    }));
    setState(State::LayingOut, tr("Laying out the other pages…"));
    m_progressTimer.start(100);
}

void PdfPreviewDialog::showProgress()
{
    const int total = m_work->total;
    if (total > 0) {
        m_progress->setMaximum(total);
        m_progress->setValue(m_work->done);
    }
}

void PdfPreviewDialog::stopWhole()
{
    if (m_state != State::LayingOut || !m_work)
        return;
    m_work->stop = true;
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void PdfPreviewDialog::wholeWritten()
{
    m_progressTimer.stop();
    const Result r = m_watcher.result();
    QString error;
    // A whole written is shown, though Stop came as it was finished.
    if (!r.written && m_work->stop)
        setState(State::Stopped, tr("Laying out was stopped: only the first %n page(s) are shown.", nullptr, pageCount()));
    else if (!r.written)
        setState(State::Failed, tr("The other pages could not be laid out: %1").arg(r.error));
    else if (!showPdf(m_dir->filePath(QStringLiteral("whole.pdf")), &error))
        setState(State::Failed, tr("The other pages could not be laid out: %1").arg(error));
    else {
        setState(State::Complete);
        if (!m_zoomed)
            fitWidth();   // the annexes' landscape pages are wider than the first pages
    }
    emit laidOut();
}

void PdfPreviewDialog::setState(State state, const QString &words)
{
    m_state = state;
    const bool layingOut = state == State::LayingOut;
    m_progress->setVisible(layingOut);
    m_stop->setVisible(layingOut);
    m_stop->setEnabled(layingOut);
    m_status->setText(words);
    m_status->setVisible(!words.isEmpty());
    m_count->setText(layingOut ? tr("First %n page(s), the rest being laid out", nullptr, pageCount())
                               : tr("%n page(s)", nullptr, pageCount()));
}

int PdfPreviewDialog::pageCount() const
{
    return m_pages->pageCount();
}

QSizeF PdfPreviewDialog::pageSize(int page) const
{
    return m_pages->pagePoints(page);
}

QRect PdfPreviewDialog::pageArea(int page) const
{
    return m_pages->pageRect(page);
}

void PdfPreviewDialog::setZoom(double pixelsPerPoint)
{
    m_pages->setZoom(std::clamp(pixelsPerPoint, 0.2, 4.0));
}

void PdfPreviewDialog::fitWidth()
{
    // The widest page (a landscape annex) fits the view's width.
    const double widest = m_pages->widestPoints();
    if (widest <= 0)
        return;
    const int room = m_pages->viewport()->width() - 2 * PreviewPages::kSpacing;
    setZoom(std::max(200, room) / widest);
}

} // namespace ap
