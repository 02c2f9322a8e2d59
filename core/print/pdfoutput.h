#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;

namespace ap {

// The one way the printed documents become PDF files (the plan, the progress report, the
// year-end assessment): through a temporary file renamed into place, complete or absent.
class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(ap::PdfOutput)
};

namespace printlayout {

// paint returns false when the user stopped it. QPdfWriter reports no write errors, so a complete
// file is recognised by its closing %%EOF.
// A PDF another writer made of a document in fonts (Qt's printer, "Print to File"), its text
// mended in place (pdftounicode.h); false, with the file as it was, when it cannot be.
bool mendPdfFile(const QString &path, const QList<QFont> &fonts);

// A PDF writer as the documents are painted on: A4, no margins, 600 dots an inch.
void setUpPdfWriter(QPdfWriter &writer);

// fonts: the faces the document is set in, whose radicals the text must not be read as (see
// pdftounicode.h).
bool writePdfFile(const QString &path, const QString &title, const QList<QFont> &fonts,
                  const std::function<bool(QPagedPaintDevice *)> &paint, QString *error);

} // namespace printlayout
} // namespace ap
