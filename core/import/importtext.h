#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

// The small text rules the import recognisers share: Chinese numerals, clause and sentence
// boundaries, units after a number, quoted names, filler words. Private to core/import.
namespace ap::importrules::detail {

extern const QString kChineseDigits;          // 零〇一二两三四五六七八九
extern const QString kChineseNumeralChars;    // the digits and 十百千万

bool isChineseNumeralChar(QChar c);
bool isClauseBoundary(QChar c);
bool isSentenceEnd(QChar c);
bool isCjk(QChar c);

bool startsWithAt(const QString &text, int pos, QStringView word);
bool endsWithAt(const QString &text, int end, QStringView word);
int skipSpaces(const QString &text, int pos);
int skipSpacesBack(const QString &text, int end);

// Unit at pos: its text and whether it disqualifies the number; length 0 when none.
struct UnitMatch
{
    QString unit;
    bool excluded = false;
    int length = 0;
};
UnitMatch matchUnit(const QString &text, int pos);

// Marks characters inside “…”, 《…》 and 「…」: numbers there are names, not goals.
QList<bool> quotedMask(const QString &text);
// Where the clause holding pos begins (after the last boundary; a list comma too when asked).
int clauseStart(const QString &text, int pos, bool listCommaEnds);
// An indicator's name without the words around it (确保, 全年目标, 需 …), at most 60 characters.
QString stripFillers(QString s);
QDate endOfMonth(int year, int month);
// A page number line of a printed document: "— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3 / 12", "3".
bool isPageNumber(const QString &line);

} // namespace ap::importrules::detail
