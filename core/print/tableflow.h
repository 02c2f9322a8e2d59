#pragma once

#include "printeddocument.h"
#include "printfonts.h"
#include "printlayout.h"

#include <QColor>
#include <QFont>

// A landscape annex table on its pages: the annex label and title, a header row repeated on
// every page, group rows, and rows that do not split, in the measures the Word file gives the
// same table (tablegeometry.h): the same columns, lines and heights. Private to core/print.
namespace ap::printlayout {

class TableFlow
{
public:
    TableFlow(Canvas &c, const PrintFonts &fonts, const PrintedTable &table);

    // A new landscape page with the annex label and title, then the header row (unless each
    // group brings its own).
    void start(const QString &label, const QString &title);

    // A group row across the table; withHeader: followed by the header row (a department's list
    // that stands on its own). keepWith: the height of what must follow it on the same page (the
    // group rows under it and the first row); by default one line.
    void group(const QString &text, bool withHeader = false, double keepWith = -1);

    // The height a row or a group row takes.
    double rowHeight(const QStringList &cells) const;
    double groupHeight(const QString &text) const;

    // Each group has a header row of its own (set before start).
    bool headerPerGroup = false;

    // A row; backgrounds (optional, per cell) tint cells such as a status colour.
    void row(const QStringList &cells, const QList<QColor> &backgrounds = {});

    // An annex title's lines, as the print and the Word file break it (by character cells of
    // 22 pt across the table's width).
    static QStringList titleLines(const QString &title);

private:
    double height(qsizetype lines) const;

    // A new page when h does not fit, with the header row at its top unless told otherwise.
    void ensure(double h, bool headerOnNewPage = true);

    void drawGroup(const QStringList &lines);

    QList<QStringList> headerLines() const;
    double headerHeight() const;
    void header();

    void drawRow(const QList<QStringList> &cells, const QFont &font, double h, bool centred = false);

    void drawLines(const QStringList &lines, const QFont &font, double x, double y, double width, bool centred);

    QStringList wrap(const QString &text, const QFont &font, double width) const;

    Canvas &m_c;
    PrintFonts m_fonts;
    QStringList m_headers;
    QList<double> m_widths;
    QFont m_cellFont, m_headFont;
    double m_left = 0, m_width = 0, m_bottom = 0, m_y = 0, m_pad = 0, m_line = 0;
    QStringList m_group;   // the lines of the group under way, when it has its own header
};

} // namespace ap::printlayout
