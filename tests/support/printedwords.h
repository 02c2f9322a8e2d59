#pragma once

#include "archive/zipreader.h"
#include "domain/documentlanguage.h"
#include "print/printeddocument.h"

#include "docxparts.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

// A printed document's words as a test reads them: its paragraphs as built, the text of its PDF
// (pdftotext, layout spaces left out), the paragraphs of its Word file; and the documents' Chinese for
// the length of a test (the catalogue the program prints with).
namespace testutil {

struct ChineseDocuments
{
    explicit ChineseDocuments(const QString &catalogue) { REQUIRE(ap::doclang::setCatalogue(catalogue)); }
    ~ChineseDocuments() { ap::doclang::setCatalogue(QString()); }
};

inline QStringList paragraphs(const ap::PrintedDocument &d)
{
    QStringList out;
    for (const ap::PrintedParagraph &p : d.body)
        out << p.text;
    return out;
}

// Waits for pdftotext to end, however long a loaded machine takes.
inline QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(-1));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

inline QStringList docxWords(const QString &path)
{
    const Docx word = readDocx(path);
    INFO(word.error.toStdString());
    REQUIRE(word.ok);
    QStringList out;
    for (const DocxParagraph &p : word.paragraphs)
        out << p.text;
    return out;
}

} // namespace testutil
