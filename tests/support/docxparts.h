#pragma once

#include "archive/zipreader.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

// Reads an exported .docx the way a test looks at it: the package's parts, and the document's
// paragraphs (style, text, whether in a table row and which), its table rows and its sections,
// in order. The XML is parsed, not searched, so a part that is not well formed fails the test.
namespace testutil {

struct DocxParagraph
{
    QString style;
    QString text;
    int table = -1;          // the table it is in, or -1
    bool headerRow = false;  // in a row repeated on every page
    bool keepNext = false;
    bool pageBreakBefore = false;
    QString right;           // w:ind w:right, twips
    QString bottomBorder;    // w:pBdr w:bottom w:color: a rule under it
    QString runSize;         // the first run's w:sz, half points, where a run sets one
};

struct DocxRow
{
    int table = 0;
    bool header = false;
    bool cantSplit = false;
    QStringList cells;
    QStringList fills;       // w:shd w:fill per cell ("" where none)
    int span = 1;            // gridSpan of the first cell
};

struct DocxSection
{
    int width = 0, height = 0;
    bool landscape = false;
    QHash<QString, QString> margins;   // top, right, bottom, left, footer
    QHash<QString, QString> grid;      // type, linePitch, charSpace
    int paragraphsBefore = 0;          // body paragraphs before the section ends
    QStringList footers;               // footerReference types
    QString start;                     // w:type: how it begins (evenPage …), "" for a new page
};

struct Docx
{
    bool ok = false;
    QString error;
    QStringList partNames;
    QHash<QString, QByteArray> parts;
    QList<DocxParagraph> paragraphs;
    QList<DocxRow> rows;
    QList<DocxSection> sections;
    QList<int> gridColumns;            // of the first table

    QString part(const QString &name) const { return QString::fromUtf8(parts.value(name)); }
    QList<DocxParagraph> withStyle(const QString &style) const
    {
        QList<DocxParagraph> out;
        for (const DocxParagraph &p : paragraphs)
            if (p.style == style)
                out << p;
        return out;
    }
};

inline bool wellFormed(const QByteArray &xml, QString *error)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    if (r.hasError())
        *error = r.errorString();
    return !r.hasError();
}

inline Docx readDocx(const QString &path)
{
    Docx d;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        d.error = f.errorString();
        return d;
    }
    ap::ZipReader zip;
    if (!zip.open(f.readAll(), &d.error))
        return d;
    d.partNames = zip.names();
    for (const QString &name : d.partNames) {
        QByteArray bytes;
        if (!zip.read(name, &bytes, &d.error))
            return d;
        if (name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels"))) {
            QString why;
            if (!wellFormed(bytes, &why)) {
                d.error = name + QStringLiteral(": ") + why;
                return d;
            }
        }
        d.parts.insert(name, bytes);
    }
    QXmlStreamReader r(d.parts.value(QStringLiteral("word/document.xml")));
    int table = -1, tables = 0;
    bool inRow = false, rowHeader = false;
    DocxParagraph *paragraph = nullptr;
    DocxSection section;
    bool inSection = false;
    QString cellText, cellFill;
    auto attr = [&r](const char *name) { return r.attributes().value(QLatin1String(name)).toString(); };
    while (!r.atEnd()) {
        r.readNext();
        const QString n = r.qualifiedName().toString();
        if (r.isStartElement()) {
            if (n == QLatin1String("w:tbl")) {
                table = tables++;
            } else if (n == QLatin1String("w:tr")) {
                inRow = true;
                rowHeader = false;
                d.rows.append(DocxRow{});
                d.rows.last().table = table;
            } else if (n == QLatin1String("w:tblHeader") && inRow) {
                rowHeader = true;
                d.rows.last().header = true;
            } else if (n == QLatin1String("w:cantSplit") && inRow) {
                d.rows.last().cantSplit = true;
            } else if (n == QLatin1String("w:gridCol") && table == 0) {
                d.gridColumns << attr("w:w").toInt();
            } else if (n == QLatin1String("w:tc")) {
                cellText.clear();
                cellFill.clear();
            } else if (n == QLatin1String("w:shd") && inRow) {
                cellFill = attr("w:fill");
            } else if (n == QLatin1String("w:gridSpan") && inRow && d.rows.last().cells.isEmpty()) {
                d.rows.last().span = attr("w:val").toInt();
            } else if (n == QLatin1String("w:p")) {
                d.paragraphs.append(DocxParagraph{});
                paragraph = &d.paragraphs.last();
                paragraph->table = inRow ? table : -1;
                paragraph->headerRow = rowHeader;
            } else if (paragraph && n == QLatin1String("w:pStyle")) {
                paragraph->style = attr("w:val");
            } else if (paragraph && n == QLatin1String("w:keepNext")) {
                paragraph->keepNext = true;
            } else if (paragraph && n == QLatin1String("w:pageBreakBefore")) {
                paragraph->pageBreakBefore = true;
            } else if (paragraph && n == QLatin1String("w:bottom")) {
                paragraph->bottomBorder = attr("w:color");
            } else if (paragraph && n == QLatin1String("w:sz") && paragraph->runSize.isEmpty()) {
                paragraph->runSize = attr("w:val");
            } else if (inSection && n == QLatin1String("w:type")) {
                section.start = attr("w:val");
            } else if (paragraph && n == QLatin1String("w:ind")) {
                paragraph->right = attr("w:right");
            } else if (paragraph && n == QLatin1String("w:t")) {
                const QString t = r.readElementText();
                paragraph->text += t;
                if (inRow)
                    cellText += t;
            } else if (paragraph && n == QLatin1String("w:br")) {
                paragraph->text += u'\n';
            } else if (n == QLatin1String("w:sectPr")) {
                inSection = true;
                section = DocxSection{};
                section.paragraphsBefore = int(d.paragraphs.size());
            } else if (inSection && n == QLatin1String("w:pgSz")) {
                section.width = attr("w:w").toInt();
                section.height = attr("w:h").toInt();
                section.landscape = attr("w:orient") == QLatin1String("landscape");
            } else if (inSection && n == QLatin1String("w:pgMar")) {
                for (const char *m : {"top", "right", "bottom", "left", "footer"})
                    section.margins.insert(QLatin1String(m), attr((QByteArray("w:") + m).constData()));
            } else if (inSection && n == QLatin1String("w:docGrid")) {
                for (const char *g : {"type", "linePitch", "charSpace"})
                    section.grid.insert(QLatin1String(g), attr((QByteArray("w:") + g).constData()));
            } else if (inSection && n == QLatin1String("w:footerReference")) {
                section.footers << attr("w:type");
            }
        } else if (r.isEndElement()) {
            if (n == QLatin1String("w:tbl")) {
                table = -1;
            } else if (n == QLatin1String("w:tr")) {
                inRow = false;
            } else if (n == QLatin1String("w:tc") && inRow) {
                d.rows.last().cells << cellText;
                d.rows.last().fills << cellFill;
            } else if (n == QLatin1String("w:p")) {
                paragraph = nullptr;
            } else if (n == QLatin1String("w:sectPr")) {
                inSection = false;
                d.sections << section;
            }
        }
    }
    if (r.hasError()) {
        d.error = r.errorString();
        return d;
    }
    d.ok = true;
    return d;
}

} // namespace testutil
