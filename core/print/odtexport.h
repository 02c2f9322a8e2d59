#pragma once

#include "planprinter.h"

#include <QCoreApplication>

class QTextDocument;

// The plan as an OpenDocument text for further editing in WPS or Word: the same words as the
// printed plan (title, headings, work items with targets and responsibility clauses, issuing
// organisation and date) and the 重点任务分解表 as a real table with a header row.
namespace ap {

class OdtExport
{
    Q_DECLARE_TR_FUNCTIONS(ap::OdtExport)
public:
    // Builds the document; fonts follow the print fonts.
    static void build(const PlanDocument &doc, const PrintFonts &fonts, QTextDocument *out);
    // Writes it through a temporary file renamed into place: complete or absent.
    static bool write(const PlanDocument &doc, const PrintFonts &fonts, const QString &path, QString *error);
    // Any built document as OpenDocument text, the same way (the progress reports use it).
    static bool writeDocument(QTextDocument *text, const QString &path, QString *error);
};

} // namespace ap
