#include "pdfreader.h"

#include "importrules.h"

#include "importlimits.h"
#include "importtext.h"
#include "pdftable.h"

#include <poppler-qt6.h>

#include <QHash>
#include <QRegularExpression>

namespace ap {

using importrules::detail::isPageNumber;

namespace {

// A line that starts a paragraph of its own: an outline label (一、 （一） 1. （1） ①), a 一是…
// clause, a signature or a date.
bool startsParagraph(const QString &line)
{
    static const QRegularExpression label(QStringLiteral(
        "^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,3}[.．、]|[（(]\\d{1,3}[）)]|"
        "[①-⑳]|[一二三四五六七八九十]是|附件|\\d{4}年\\d{1,2}月\\d{1,2}日$)"));
    return label.match(line).hasMatch();
}

// A line ending a sentence ends its paragraph; a colon or a bracket may end a line mid-sentence
// (（责任单位： … / …（2025年为80%） …) and does not.
bool endsParagraph(const QString &line)
{
    static const QString ends = QStringLiteral("。！？；");
    return !line.isEmpty() && ends.contains(line.back());
}

// A heading of the first two levels (一、 （一）) is a line of its own.
bool isHeading(const QString &line)
{
    static const QRegularExpression heading(
        QStringLiteral("^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)])"));
    return heading.match(line).hasMatch();
}

// Characters a PDF's font maps to the wrong code point: Kangxi radicals (⽣ for 生), the CJK
// radicals supplement and compatibility ideographs, each taken to the ideograph it stands for.
QString normalisedIdeographs(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF))
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else
            out += c;
    }
    return out;
}

// The space a PDF's text shows between an ideograph and a digit or Latin letter ("2027 年",
// "达到 95%") is the typesetter's gap (autospace), not a character the author typed: taken out,
// so the PDF reads as the document it was made from.
QString withoutAutospace(const QString &line)
{
    auto cjk = [](QChar c) {
        const ushort u = c.unicode();
        return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
    };
    auto latin = [](QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('%')); };
    QString out;
    out.reserve(line.size());
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < line.size() && line.at(i + 1) != QLatin1Char(' ')
            && ((cjk(line.at(i - 1)) && latin(line.at(i + 1))) || (latin(line.at(i - 1)) && cjk(line.at(i + 1)))))
            continue;
        out += line.at(i);
    }
    return out;
}

// A line without its digits, to recognise a running header or footer ("XX县卫生健康局 2025年 第3页").
QString withoutDigits(const QString &line)
{
    QString out;
    for (const QChar c : line)
        if (!c.isDigit() && !c.isSpace())
            out += c;
    return out;
}

} // namespace

QString PdfReader::joinLines(const QStringList &lines)
{
    QStringList paragraphs;
    QString current;
    bool heading = false;   // current is a heading, complete in its one line
    auto flush = [&]() {
        if (!current.isEmpty())
            paragraphs << current;
        current.clear();
    };
    static const QRegularExpression dateLine(QStringLiteral("^\\s*20\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        // Empty lines come between pages as often as between paragraphs: they decide nothing.
        if (line.isEmpty())
            continue;
        // The issuer's name over the date at the end is a line of its own (the signature).
        int after = i + 1;
        while (after < lines.size() && lines.at(after).trimmed().isEmpty())
            ++after;
        static const QRegularExpression marks(QStringLiteral("[，。；：、（）(),.;:]"));
        if (after < lines.size() && line.size() <= 25 && !line.contains(marks) && importrules::endsAsBody(line)
            && dateLine.match(lines.at(after)).hasMatch()) {
            flush();
            paragraphs << line;
            heading = false;
            continue;
        }
        if (isPageNumber(line))
            continue;
        // The annexes are tables (重点任务分解表, 责任清单): their rows are the plan's tasks again.
        if (line == QStringLiteral("附件") || line.startsWith(QStringLiteral("附件1")) || line.startsWith(QStringLiteral("附件 1")))
            break;
        if (current.isEmpty() || heading || startsParagraph(line) || endsParagraph(current)) {
            flush();
            heading = isHeading(line);
        }
        current += line;
    }
    flush();
    return paragraphs.join(QLatin1Char('\n'));
}

namespace {
// Poppler's own complaints about a damaged file are English lines on stderr; the clerk gets the
// program's message instead.
void quiet(const QString &, const QVariant &) {}
} // namespace

bool PdfReader::read(const QByteArray &bytes, PdfContent *out, QString *error, const Progress &progress)
{
    Poppler::setDebugErrorFunction(quiet, QVariant());
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        if (error)
            *error = tr("the PDF cannot be read; it may be damaged");
        return false;
    }
    if (pdf->isLocked()) {
        if (error)
            *error = tr("the PDF is protected by a password");
        return false;
    }
    if (pdf->numPages() > limits::kMaxPdfPages) {
        if (error)
            *error = tr("the PDF has %1 pages, more than a plan document (at most %2)").arg(pdf->numPages()).arg(limits::kMaxPdfPages);
        return false;
    }
    QList<QStringList> pages;
    QList<PdfPageWords> words;
    bool tables = false;
    qsizetype characters = 0;
    for (int i = 0; i < pdf->numPages(); ++i) {
        if (progress && !progress(i, pdf->numPages())) {
            if (error)
                *error = tr("its reading was stopped");
            return false;
        }
        std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        // Where each word stands is only needed from the first page of a table on (the
        // annexes come last), and costs as much as the text: landscape pages are tables, a
        // portrait page has one when a line of its text is a table's header.
        const QSizeF size = page->pageSizeF();
        const bool landscape = size.width() > size.height();
        const QString pageText = landscape ? QString() : page->text(QRectF());
        tables = tables || landscape || PdfTable::hasHeaderLine(pageText);
        if (tables) {
            PdfPageWords pageWords;
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
                pageWords.append({box->boundingBox(), normalisedIdeographs(box->text())});
            words.append(pageWords);
        }
        // Landscape pages are the annex tables: the plan's text is on the portrait ones.
        if (landscape)
            continue;
        characters += pageText.size();
        if (characters > limits::kMaxTextChars) {
            if (error)
                *error = tr("the PDF holds more text than a plan document (more than %1 characters)")
                             .arg(limits::kMaxTextChars);
            return false;
        }
        QStringList pageLines;
        for (const QString &l : pageText.split(QLatin1Char('\n')))
            if (!l.trimmed().isEmpty())
                pageLines << withoutAutospace(normalisedIdeographs(l));
        pages << pageLines;
    }
    if (progress && !progress(pdf->numPages(), pdf->numPages())) {
        if (error)
            *error = tr("its reading was stopped");
        return false;
    }
    // A running header or footer: the same first or last line (its digits aside) on most pages.
    QHash<QString, int> tops, bottoms;
    for (const QStringList &p : std::as_const(pages))
        if (!p.isEmpty()) {
            ++tops[withoutDigits(p.first())];
            ++bottoms[withoutDigits(p.last())];
        }
    auto running = [&](const QHash<QString, int> &seen, const QString &line) {
        // A running line is short and never an outline item: the generated "12.第12项…" at the
        // top of many pages is text, however alike its digits aside.
        if (startsParagraph(line.trimmed()) || line.trimmed().size() > 40)
            return false;
        const int n = seen.value(withoutDigits(line));
        return pages.size() >= 3 && n >= 3 && n * 2 >= pages.size() && !withoutDigits(line).isEmpty();
    };
    QStringList lines;
    for (QStringList p : std::as_const(pages)) {
        if (!p.isEmpty() && running(tops, p.first()))
            p.removeFirst();
        if (!p.isEmpty() && running(bottoms, p.last()))
            p.removeLast();
        lines << p;
    }
    out->text = joinLines(lines);
    out->lines = lines.join(QLatin1Char('\n'));
    out->table = PdfTable::read(words);
    if (out->text.trimmed().isEmpty() && out->table.isEmpty()) {
        if (error)
            *error = tr("the PDF has no text (a scanned page is a picture; a plan must be typed or read by OCR first)");
        return false;
    }
    return true;
}

} // namespace ap
