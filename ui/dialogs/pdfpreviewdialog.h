#pragma once

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTemporaryDir;

namespace Poppler {
class Document;
}

namespace ap {

class PreviewPages;

// The print preview: the document is written as the very PDF an export makes, and that PDF's pages
// are shown, each in its own size and orientation (Qt's preview draws every page on the sheet of the
// last one). Pages render when they come into view. Print and the callers' buttons sit above.
// A long document shows its first pages at once and lays the whole out on a thread of its own,
// with a progress bar and a button that stops it; the whole then takes the first pages' place,
// the page in view staying in view.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    using WritePdf = std::function<bool(const QString &path, QString *error)>;
    using Progress = std::function<bool(int done, int total)>;
    // Writes the whole document on a thread of its own: it may read nothing the window's thread
    // changes (a copy of the document's words, not the plan). progress false: stop, write nothing.
    using WriteWholePdf = std::function<bool(const QString &path, QString *error, const Progress &progress)>;
    enum class State { Complete, LayingOut, Stopped, Failed };

    PdfPreviewDialog(const QString &title, WritePdf write, QWidget *parent = nullptr);
    ~PdfPreviewDialog() override;

    // write then writes the first pages only, and load() starts whole once they show.
    void setWhole(WriteWholePdf whole);
    // Writes and reads the PDF; false (and why) when either fails.
    bool load(QString *error);
    State state() const { return m_state; }
    int pageCount() const;
    // A page's size in points, as the PDF has it.
    QSizeF pageSize(int page) const;
    // Where a page is drawn, in pixels of the column of pages.
    QRect pageArea(int page) const;
    PreviewPages *pages() const { return m_pages; }
    // A button of the caller's (print, save as …), placed in the bar above the pages.
    void addAction(QWidget *button);
    // Closing the preview (Close, Esc, Print…) tells the layout to stop; it ends on its own.
    void done(int result) override;

signals:
    // The whole document is shown, or laying it out stopped or failed.
    void laidOut();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Work;   // what the thread laying out the whole shares with the window
    struct Result
    {
        bool written = false;
        QString error;
    };

    bool showPdf(const QString &path, QString *error);
    void startWhole();
    void showProgress();
    void wholeWritten();
    void stopWhole();
    void setState(State state, const QString &words = QString());
    void setZoom(double pixelsPerPoint);
    void fitWidth();

    WritePdf m_write;
    WriteWholePdf m_whole;
    std::shared_ptr<QTemporaryDir> m_dir;   // shared with the layout, which may outlive the dialog
    std::unique_ptr<Poppler::Document> m_pdf;
    std::shared_ptr<Work> m_work;
    QFutureWatcher<Result> m_watcher;
    QTimer m_progressTimer;
    State m_state = State::Complete;
    PreviewPages *m_pages;
    QLabel *m_count;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QWidget *m_bar;
    bool m_fitted = false;   // fitted to the width once shown
    bool m_zoomed = false;   // zoomed by the clerk: the whole keeps that zoom
};

} // namespace ap
