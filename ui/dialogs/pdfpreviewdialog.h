#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QScrollArea;
class QTemporaryDir;
class QVBoxLayout;

namespace Poppler {
class Document;
}

namespace ap {

// The print preview: the document is written as the very PDF an export makes, and that PDF's pages
// are shown, each in its own size and orientation (Qt's preview draws every page on the sheet of the
// last one). Pages render when they come into view. Print and the callers' buttons sit above.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    using WritePdf = std::function<bool(const QString &path, QString *error)>;

    PdfPreviewDialog(const QString &title, WritePdf write, QWidget *parent = nullptr);
    ~PdfPreviewDialog() override;

    // Writes and reads the PDF; false (and why) when either fails.
    bool load(QString *error);
    int pageCount() const;
    // A page's size in points, as the PDF has it.
    QSizeF pageSize(int page) const;
    // A button of the caller's (print, save as …), placed in the bar above the pages.
    void addAction(QWidget *button);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setZoom(double pixelsPerPoint);
    void fitWidth();

    WritePdf m_write;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Poppler::Document> m_pdf;
    QScrollArea *m_scroll;
    QWidget *m_pages;
    QVBoxLayout *m_pageLayout;
    QLabel *m_count;
    QWidget *m_bar;
    double m_zoom = 1.0;
    bool m_fitted = false;   // fitted to the width once shown
};

} // namespace ap
