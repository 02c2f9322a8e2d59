#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace ap {

class RowQuery;

// One copy of each text a column repeats, shared by every row that holds it (Qt's strings share
// their characters when copied): a plan's targets name a few units and indicators over and over,
// and 200,000 targets held 400,000 copies of them. It lives while one table is read; past
// kLimit different texts it shares those it has and keeps no more (a column whose texts seldom
// repeat would only cost it time).
class RepeatedText
{
public:
    // What q.text(column) gives, the same text a row before it gave if there was one.
    QString text(const RowQuery &q, int column);

    static constexpr qsizetype kLimit = 4096;

private:
    QHash<QByteArray, QString> m_byUtf8;   // a plan file's texts, by SQLite's UTF-8
    QSet<QString> m_texts;                 // a server's, which come as QStrings
};

} // namespace ap
