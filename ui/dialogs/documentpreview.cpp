#include "documentpreview.h"

#include "dialogs/pdfpreviewdialog.h"
#include "dialogs/printsettingsdialog.h"
#include "flows/printerpdf.h"
#include "shell/outputprompt.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace ap {

void DocumentPreview::show(QWidget *parent, const PreviewedDocument &document, const QString &folder, const QString &planFile)
{
    PdfPreviewDialog preview(document.title, document.writePdf, parent);
    auto *printButton = new QPushButton(tr("&Print…"), &preview);
    QObject::connect(printButton, &QPushButton::clicked, &preview, [&]() {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setFullPage(true);
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        printer.setDocName(document.title);
        QPrintDialog dialog(&printer, &preview);
        if (dialog.exec() == QDialog::Accepted)
            printOn(printer, document.paint);
    });
    preview.addAction(printButton);
    if (QLabel *fonts = PrintSettingsDialog::fontNoticeLabel(&preview))
        preview.addAction(fonts);
    // Saved beside the plan, under the document's title; one way for each format.
    struct Format
    {
        QString button, title, extension, filter;
        std::function<bool(const QString &, QString *)> write;
    };
    const Format formats[] = {
        {tr("Save as PDF…"), tr("Save the Report as PDF"), QStringLiteral(".pdf"), tr("PDF files (*.pdf)"), document.writePdf},
        {tr("Save as Word Document (.docx)…"), tr("Save the Report as a Word Document"), QStringLiteral(".docx"),
         tr("Word documents (*.docx)"), document.writeDocx},
    };
    const QDir dir(folder);
    for (const Format &f : formats) {
        auto *button = new QPushButton(f.button, &preview);
        QObject::connect(button, &QPushButton::clicked, &preview, [&, f]() {
            const QString path = OutputPrompt::askPath(&preview, f.title, dir.filePath(document.title + f.extension), f.extension,
                                                       f.filter, planFile);
            if (path.isEmpty())
                return;
            QString error;
            if (!f.write(path, &error))
                QMessageBox::warning(&preview, tr("Cannot Save the Report"), error);
            else
                QMessageBox::information(&preview, tr("Report Saved"), tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
        });
        preview.addAction(button);
    }
    QString error;
    if (!preview.load(&error)) {
        QMessageBox::warning(parent, tr("Cannot Show the Preview"), tr("The preview could not be made: %1").arg(error));
        return;
    }
    preview.exec();
}

} // namespace ap
