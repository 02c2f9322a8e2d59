#pragma once

#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

// A PDF as its reader sees it, through poppler-utils: each page's size and its lines of text
// with their boxes (pdftotext -bbox-layout).
namespace testutil {

inline QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(tool.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Line
{
    double xMin, yMin, xMax;
    QString text;
};

struct PdfPage
{
    double width = 0, height = 0;
    QList<Line> lines;
    QString text() const
    {
        QString s;
        for (const Line &l : lines)
            s += l.text;
        return s;
    }
};

// Lines of every page with their boxes, from pdftotext -bbox-layout.
inline QList<PdfPage> pages(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    QList<PdfPage> out;
    QXmlStreamReader xml(html);
    Line line{};
    bool inLine = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("page")) {
                out.append(PdfPage{a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble(), {}});
            } else if (xml.name() == QLatin1String("line")) {
                line = Line{a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble(),
                            a.value(QLatin1String("xMax")).toDouble(), QString()};
                inLine = true;
            } else if (xml.name() == QLatin1String("word") && inLine) {
                line.text += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("line") && inLine) {
            out.last().lines.append(line);
            inLine = false;
        }
    }
    return out;
}

// Printed words without what a layout adds: spaces, line ends and the "— N —" page numbers.
inline QString printedWords(QString s)
{
    static const QRegularExpression pageNumber(QStringLiteral("—\\s*\\d+\\s*—"));
    static const QRegularExpression space(QStringLiteral("\\s"));
    s.remove(pageNumber);
    s.remove(space);
    return s;
}

} // namespace testutil
