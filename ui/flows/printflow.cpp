#include "printflow.h"

#include "io/tableexport.h"
#include "shell/outputprompt.h"
#include "dialogs/pdfpreviewdialog.h"
#include "flows/plansession.h"
#include "flows/printerpdf.h"
#include "print/documentpainter.h"
#include "print/planprinter.h"
#include "dialogs/printsettingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

namespace ap {

PrintFlow::PrintFlow(QMainWindow *window, PlanSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    m_actions.add(this, tr("Print Pre&view…"), "PrintPreviewAction", ActionRule::PlanOpen, &PrintFlow::printPreview)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_actions.add(this, tr("&Print…"), "PrintAction", ActionRule::PlanOpen, &PrintFlow::print)->setShortcut(QKeySequence::Print);
    m_actions.add(this, tr("Print Se&ttings…"), "PrintSettingsAction", ActionRule::Always, &PrintFlow::printSettings);
    m_actions.add(this, tr("Plan and Annexes as &PDF…"), "ExportPdfAction", ActionRule::PlanOpen, &PrintFlow::exportPdf);
    m_actions.add(this, tr("Plan as &Word Document (.docx)…"), "ExportDocxAction", ActionRule::PlanOpen, &PrintFlow::exportDocx);
    m_actions.add(this, tr("Task Table as &Excel Workbook…"), "ExportXlsxAction", ActionRule::PlanOpen, [this]() { exportTable(true); });
    m_actions.add(this, tr("Task Table as &CSV…"), "ExportCsvAction", ActionRule::PlanOpen, [this]() { exportTable(false); });
}

void PrintFlow::printSettings()
{
    PrintSettingsDialog dialog(PrintOptions::fromSettings(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        dialog.options().save();
}

void PrintFlow::setUpPrinter(QPrinter *printer) const
{
    // The print engine places everything itself, from the paper's corner.
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true);
    printer->setDocName(m_session->document()->plan().info.title);
}

void PrintFlow::printPreview()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The printer keeps a copy of the plan (shared, not copied, until the plan changes): a long
    // plan's first pages are made from it here, the whole on a thread of its own meanwhile.
    const PrintOptions options = PrintOptions::fromSettings();
    const PlanPrinter printer(*doc, options);
    const PrintFonts fonts = options.fonts;
    // The first pages are the plan's text: without it (an annex alone) the whole is laid out at once.
    const bool inBackground = doc->plan().tasks.size() > kPreviewAtOnce && (options.parts & PrintOptions::Plan);
    PdfPreviewDialog dialog(tr("Print Preview — %1").arg(doc->plan().info.title),
                            [printer, fonts, inBackground](const QString &path, QString *error) {
                                return DocumentPainter::writePdf(
                                    inBackground ? printer.opening(kPreviewFirstItems) : printer.content(), fonts, path, error);
                            },
                            m_window);
    if (inBackground)
        dialog.setWhole([printer, fonts](const QString &path, QString *error, const PdfPreviewDialog::Progress &progress) {
            return DocumentPainter::writePdf(printer.content(), fonts, path, error, progress);
        });
    auto *printButton = new QPushButton(tr("&Print…"), &dialog);
    connect(printButton, &QPushButton::clicked, &dialog, [this, &dialog]() {
        dialog.accept();
        print();
    });
    dialog.addAction(printButton);
    if (QLabel *fontNotice = PrintSettingsDialog::fontNoticeLabel(&dialog))
        dialog.addAction(fontNotice);
    QString error;
    const bool loaded = dialog.load(&error);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        QMessageBox::warning(m_window, tr("Cannot Show the Preview"), tr("The preview could not be made: %1").arg(error));
        return;
    }
    dialog.exec();
}

void PrintFlow::print()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(printer, [doc](QPagedPaintDevice *device) { PlanPrinter(*doc, PrintOptions::fromSettings()).paint(device); });
    emit planIssued();
}

QString PrintFlow::askExportPath(const QString &title, const QString &nameSuffix, const QString &extension,
                                 const QString &filter)
{
    const PlanDocument *doc = m_session->document();
    return OutputPrompt::askPath(m_window, title, QDir(doc->folder()).filePath(doc->baseName() + nameSuffix + extension),
                                 extension, filter, doc->filePath());
}

void PrintFlow::reportExport(bool ok, const QString &path, const QString &error, bool planItself)
{
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export Failed"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    if (planItself)
        emit planIssued();
}

void PrintFlow::exportPdf()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    const QString path = askExportPath(tr("Export as PDF"), QString(), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Laying out the plan…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = PlanPrinter(*doc, PrintOptions::fromSettings()).writePdf(path, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    reportExport(ok, path, error, true);
}

void PrintFlow::exportDocx()
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    const QString path = askExportPath(tr("Export as Word Document"), QString(), QStringLiteral(".docx"),
                                       tr("Word documents (*.docx)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the Word document…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = PlanPrinter(*doc, PrintOptions::fromSettings()).writeDocx(path, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    reportExport(ok, path, error, true);
}

void PrintFlow::exportTable(bool xlsx)
{
    PlanDocument *doc = m_session->document();
    if (!doc)
        return;
    const QString path = xlsx ? askExportPath(tr("Export as Excel Workbook"), tr("-task table"), QStringLiteral(".xlsx"),
                                              tr("Excel workbooks (*.xlsx)"))
                              : askExportPath(tr("Export as CSV"), tr("-task table"), QStringLiteral(".csv"),
                                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = xlsx ? TableExport::writeXlsx(*doc, path, &error) : TableExport::writeCsv(*doc, path, &error);
    reportExport(ok, path, error);
}

} // namespace ap
