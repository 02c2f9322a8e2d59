#pragma once

#include <QList>
#include <QString>

// The plan's text made plain before its outline is read (planoutline): one kind of line break,
// OCR's percent signs mended, the page markers of a sharing site gone; its paragraphs; the lines
// that are no part of the outline (dates, annex headings); a title merged into the first
// paragraph; and the small tests of what a heading's words are.
namespace ap::planoutline {

struct Span
{
    int start = 0;
    int end = 0;
};

QString plainSource(const QString &input);
// Paragraphs: trimmed lines with their place in the text.
QList<Span> paragraphsOf(const QString &folded);
bool isDateLine(const QString &line);
bool isAnnexLine(const QString &line);
int mergedTitleEnd(const QString &line);
// Whether words hold punctuation (they are a sentence, not a heading's few words).
bool runOnStop(const QString &words);
QString trimPunctuation(QString s);

} // namespace ap::planoutline
