#pragma once

#include "archive/zipreader.h"
#include "zipwriter.h"

#include <QRegularExpression>
#include <QString>

#include <functional>

#include <catch2/catch.hpp>

// Filling in a return form as a department would, without a spreadsheet program: the sheet's
// cells are rewritten inside the package.
namespace testutil {

// Fills a form the way a department would: status, percent, texts and a target's actual,
// by rewriting the sheet's cells in the package (no spreadsheet program needed).
inline QByteArray filled(const QByteArray &form, const std::function<QString(const QString &)> &edit,
                  const QString &part = QStringLiteral("xl/worksheets/sheet1.xml"))
{
    QList<ZipMember> members;
    // Read every part with our own reader and write them back, the first sheet edited.
    ap::ZipReader zip;
    QString error;
    REQUIRE(zip.open(form, &error));
    for (const QString &name : zip.names()) {
        QByteArray data;
        REQUIRE(zip.read(name, &data, &error));
        if (name == part)
            data = edit(QString::fromUtf8(data)).toUtf8();
        members.append({name, data});
    }
    return makeZip(members);
}

// An inline string cell in place of the empty cell at ref.
inline QString setCell(QString xml, const QString &ref, const QString &text)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"([^>]*?)(/>|>.*?</c>)").arg(ref));
    const auto m = cell.match(xml);
    REQUIRE(m.hasMatch());
    QString attrs = m.captured(1);
    attrs.remove(QRegularExpression(QStringLiteral(" t=\"[^\"]*\"")));
    xml.replace(m.capturedStart(), m.capturedLength(),
                QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>").arg(ref, attrs, text.toHtmlEscaped()));
    return xml;
}

} // namespace testutil
