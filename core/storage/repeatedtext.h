#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace ap {

class RowQuery;

// One copy of each text a column repeats, shared by every row that holds it (Qt's strings share
// their characters when copied): a plan's targets name a few units over and over, and 200,000
// targets held 200,000 copies of them. It lives while one table is read, and keeps each column
// apart. A column that has given kLimit different texts keeps no more, and one that by then
// gave fewer repeats than new texts (a plan's indicators may all differ) is no longer looked up.
class RepeatedText
{
public:
    // What q.text(column) gives, the same text a row before it gave if there was one.
    QString text(const RowQuery &q, int column);

    static constexpr qsizetype kLimit = 4096;

private:
    struct Column
    {
        QHash<QByteArray, QString> byUtf8;   // a plan file's texts, by SQLite's UTF-8
        QSet<QString> texts;                 // a server's, which come as QStrings
        qsizetype repeats = 0;
        bool shared = true;                  // still looked up
    };
    QString keep(Column &c, const RowQuery &q, int column);
    static void giveUp(Column &c);   // no longer looked up, and what it held let go

    QHash<int, Column> m_columns;
};

} // namespace ap
