#include "paragraphflow.h"

namespace ap::printlayout {

using Role = PrintedParagraph::Role;

bool keepsWithNext(Role role)
{
    switch (role) {
    case Role::Title:
    case Role::Heading1:
    case Role::Heading2:
    case Role::Heading3:
    case Role::IssuerMark:
    case Role::DocumentNumber:
    case Role::AnnexLabel:
    case Role::Signature:
    case Role::Attachment:
        return true;
    case Role::Body:
    case Role::Date:
    case Role::Addressee:
        return false;
    }
    return false;
}

namespace {

FlowParagraph blankLine()
{
    FlowParagraph b;
    b.blank = true;
    b.keepWithNext = true;
    return b;
}

} // namespace

QList<FlowParagraph> flowOf(const QList<PrintedParagraph> &paragraphs)
{
    QList<FlowParagraph> out;
    const qsizetype last = paragraphs.size() - 1;
    bool closingStarted = false;   // the 附件说明 and the signature
    bool signatureStarted = false;
    int attachments = 0;
    for (qsizetype i = 0; i <= last; ++i) {
        const PrintedParagraph &p = paragraphs.at(i);
        const bool closing = p.role == Role::Attachment || p.role == Role::Signature || p.role == Role::Date;
        if (closing && !closingStarted) {
            closingStarted = true;
            // The text's last lines go over with what closes it.
            if (!out.isEmpty())
                out.last().keepWithNext = true;
        }
        if (p.role == Role::DocumentNumber && i > 0 && paragraphs.at(i - 1).role == Role::IssuerMark)
            out << blankLine() << blankLine();
        if (p.role == Role::Attachment && attachments == 0)
            out << blankLine();
        if ((p.role == Role::Signature || p.role == Role::Date) && !signatureStarted) {
            signatureStarted = true;
            out << blankLine() << blankLine();   // room for the seal
        }
        FlowParagraph f;
        f.role = p.role;
        f.text = p.text;
        f.leadIn = p.leadIn;
        f.keepWithNext = keepsWithNext(p.role);
        f.keepTogether = p.role == Role::Attachment;
        if (p.role == Role::Attachment)
            f.attachment = attachments++;
        const bool numberNext = i < last && paragraphs.at(i + 1).role == Role::DocumentNumber;
        f.redRuleUnder = p.role == Role::DocumentNumber || (p.role == Role::IssuerMark && !numberNext);
        out << f;
        if (f.redRuleUnder)
            out << blankLine() << blankLine();   // the title two lines under the red line
        if (p.role == Role::Title || p.role == Role::AnnexLabel)
            out << blankLine();
    }
    // The last paragraph keeps with nothing.
    if (!out.isEmpty())
        out.last().keepWithNext = false;
    return out;
}

} // namespace ap::printlayout
