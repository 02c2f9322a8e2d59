#include "xlsxreader.h"

#include <algorithm>

#include "archive/zipreader.h"

#include <QXmlStreamReader>

namespace ap {

namespace {

QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (qAbs(v) < 1e15 && v == double(qint64(v)))
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

// Text of an <si> or <is>: all <t> of its runs, leaving out phonetic guides (<rPh>).
QString richText(QXmlStreamReader &x, QStringView element)
{
    QString text;
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == u"rPh")
                ++phonetic;
            else if (x.name() == u"t" && phonetic == 0)
                text += x.readElementText();
        } else if (x.isEndElement()) {
            if (x.name() == u"rPh")
                --phonetic;
            else if (x.name() == element)
                break;
        }
    }
    return text;
}

} // namespace

bool XlsxReader::parseCellReference(QStringView ref, int *row, int *column)
{
    int i = 0, col = 0, r = 0;
    while (i < ref.size() && ref.at(i).isUpper() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).unicode() - 'A' + 1);
        if (col > 20000)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    for (; i < ref.size(); ++i) {
        if (!ref.at(i).isDigit() || ref.at(i).unicode() >= 128)
            return false;
        r = r * 10 + (ref.at(i).unicode() - '0');
        if (r > 2000000)
            return false;
    }
    if (r == 0)
        return false;
    *row = r - 1;
    *column = col - 1;
    return true;
}

bool XlsxReader::readFirstSheet(const QByteArray &xlsx, QList<QStringList> *rows, QList<MergedRange> *merged,
                                QString *error)
{
    return readSheet(xlsx, QString(), rows, merged, error);
}

bool XlsxReader::readSheet(const QByteArray &xlsx, const QString &sheetName, QList<QStringList> *rows,
                           QList<MergedRange> *merged, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (xlsx.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail(tr("The workbook is password-protected or in the old Excel 97–2003 format (.xls). "
                       "Open it in Excel or WPS, remove any password and save it as .xlsx, then import it again."));
    ZipReader zip;
    QString reason;
    if (!zip.open(xlsx, &reason))
        return fail(reason);
    if (!zip.contains(QStringLiteral("xl/workbook.xml")))
        return fail(tr("The file is a ZIP package but not an Excel workbook (it has no xl/workbook.xml)."));

    // The first sheet's part, through the workbook's relationships.
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    QByteArray workbook, rels;
    if (zip.read(QStringLiteral("xl/workbook.xml"), &workbook, &reason)
        && zip.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))
        && zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, &reason)) {
        QString firstId;
        QXmlStreamReader w(workbook);
        while (!w.atEnd() && firstId.isEmpty()) {
            w.readNext();
            if (w.isStartElement() && w.name() == u"sheet"
                && (sheetName.isEmpty() || w.attributes().value(QStringLiteral("name")) == sheetName))
                for (const QXmlStreamAttribute &a : w.attributes())
                    if (a.name() == u"id")
                        firstId = a.value().toString();
        }
        if (firstId.isEmpty() && !sheetName.isEmpty())
            return fail(tr("The workbook has no sheet “%1”.").arg(sheetName));
        QXmlStreamReader r(rels);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == u"Relationship"
                && r.attributes().value(QStringLiteral("Id")) == firstId) {
                QString target = r.attributes().value(QStringLiteral("Target")).toString();
                sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
    }
    if (!zip.contains(sheetPath))
        return fail(tr("The workbook has no worksheet to read."));

    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        QByteArray xml;
        if (!zip.read(QStringLiteral("xl/sharedStrings.xml"), &xml, &reason))
            return fail(reason);
        QXmlStreamReader x(xml);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si")
                shared.append(richText(x, u"si"));
        }
        if (x.hasError())
            return fail(tr("The workbook's text table is damaged."));
    }

    QByteArray sheet;
    if (!zip.read(sheetPath, &sheet, &reason))
        return fail(reason);
    QList<QStringList> table;
    QList<MergedRange> ranges;
    QXmlStreamReader x(sheet);
    int nextRow = 0;
    long long cellCount = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == u"row") {
            bool ok = false;
            const int r = x.attributes().value(QStringLiteral("r")).toInt(&ok);
            nextRow = ok && r > 0 ? r - 1 : nextRow;
            if (nextRow >= kMaxRows)
                return fail(tr("The worksheet has more than %1 rows; it is not a task table.").arg(kMaxRows));
            int nextColumn = 0;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isEndElement() && x.name() == u"row")
                    break;
                if (!x.isStartElement() || x.name() != u"c")
                    continue;
                int row = nextRow, column = nextColumn;
                const QString ref = x.attributes().value(QStringLiteral("r")).toString();
                if (!ref.isEmpty() && !parseCellReference(ref, &row, &column))
                    return fail(tr("The worksheet is damaged (cell reference “%1”).").arg(ref));
                const QString type = x.attributes().value(QStringLiteral("t")).toString();
                QString value;
                while (!x.atEnd()) {
                    x.readNext();
                    if (x.isEndElement() && x.name() == u"c")
                        break;
                    if (x.isStartElement() && x.name() == u"v")
                        value = x.readElementText();
                    else if (x.isStartElement() && x.name() == u"is")
                        value = richText(x, u"is");
                }
                if (type == u"s") {
                    const int index = value.toInt();
                    value = index >= 0 && index < shared.size() ? shared.at(index) : QString();
                } else if (type == u"b") {
                    value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == u"n") {
                    value = numberText(value);
                }
                if (row >= kMaxRows || column >= kMaxColumns)
                    continue;   // far outside any task table; ignored rather than allocated
                if (++cellCount > limits::kMaxCells)
                    return fail(tr("The worksheet has more than %1 filled cells; it is not a task table.")
                                    .arg(limits::kMaxCells));
                if (value.size() > limits::kMaxCellChars)
                    return fail(tr("Cell %1 holds more than %2 characters; it is not a task table.")
                                    .arg(ref.isEmpty() ? QString::number(row + 1) : ref)
                                    .arg(limits::kMaxCellChars));
                while (table.size() <= row)
                    table.append(QStringList());
                QStringList &cells = table[row];
                while (cells.size() <= column)
                    cells.append(QString());
                cells[column] = value;
                nextColumn = column + 1;
            }
            ++nextRow;
        } else if (x.name() == u"mergeCell") {
            const QStringList parts = x.attributes().value(QStringLiteral("ref")).toString().split(QLatin1Char(':'));
            MergedRange m;
            if (parts.size() == 2 && parseCellReference(parts.at(0), &m.firstRow, &m.firstColumn)
                && parseCellReference(parts.at(1), &m.lastRow, &m.lastColumn) && m.lastRow >= m.firstRow
                && m.lastColumn >= m.firstColumn && m.lastRow < kMaxRows && m.lastColumn < kMaxColumns)
                ranges.append(m);
            if (ranges.size() > limits::kMaxMergedRanges)
                return fail(tr("The worksheet has more than %1 merged ranges; it is not a task table.")
                                .arg(limits::kMaxMergedRanges));
        }
    }
    if (x.hasError())
        return fail(tr("The worksheet is damaged (%1).").arg(x.errorString()));
    *rows = table;
    if (merged)
        *merged = ranges;
    return true;
}

bool XlsxReader::fillMerged(QList<QStringList> *rows, const QList<MergedRange> &merged, QString *error)
{
    // The work is counted before it is done.
    long long area = 0;
    for (const MergedRange &m : merged) {
        if (m.firstRow >= rows->size())
            continue;
        const long long lastRow = std::min<long long>(m.lastRow, rows->size() - 1);
        area += (lastRow - m.firstRow + 1) * (m.lastColumn - m.firstColumn + 1);
        if (area > limits::kMaxCells) {
            if (error)
                *error = tr("The worksheet's merged cells cover more than %1 cells; it is not a task table.")
                             .arg(limits::kMaxCells);
            return false;
        }
    }
    for (const MergedRange &m : merged) {
        if (m.firstRow >= rows->size())
            continue;
        const QString value = m.firstColumn < rows->at(m.firstRow).size() ? rows->at(m.firstRow).at(m.firstColumn) : QString();
        const int lastRow = std::min<int>(m.lastRow, int(rows->size()) - 1);
        for (int r = m.firstRow; r <= lastRow; ++r) {
            QStringList &cells = (*rows)[r];
            while (cells.size() <= m.lastColumn)
                cells.append(QString());
            for (int c = m.firstColumn; c <= m.lastColumn; ++c)
                cells[c] = value;
        }
    }
    return true;
}

} // namespace ap
