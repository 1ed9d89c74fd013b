// The career card's QR text and page layout; see career_card.hpp.
#include "report/career_card.hpp"

#include "report/page_layout.hpp"
#include "report/utf8.hpp"

#include <algorithm>

namespace pathlight::report {

namespace {

constexpr std::string_view kSeparator = " \u00B7 "; // " · "
constexpr std::string_view kAppName = "Pathlight";
constexpr std::size_t kNicknameBytes = 40;
constexpr std::size_t kClusterBytes = 48;

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) {
            out += separator;
        }
        out += part;
    }
    return out;
}

// "Code SA (Helper, Persuader)".
std::string codePart(const CareerCard& card) {
    std::string part = card.labels.payloadCode + " " + card.code;
    if (!card.codeWords.empty()) {
        part += " (" + joined(card.codeWords, ", ") + ")";
    }
    return part;
}

} // namespace

CareerCardLabels CareerCardLabels::fromStrings(const Translate& t) {
    CareerCardLabels l;
    l.title = t("print.card.title");
    l.codeHeading = t("print.card.code_heading");
    l.noCode = t("print.card.no_code");
    l.barsHeading = t("print.card.bars_heading");
    l.barsLegend = t("print.card.bars_legend");
    l.clustersHeading = t("print.card.clusters_heading");
    l.noClusters = t("print.card.no_clusters");
    l.careersHeading = t("print.card.careers_heading");
    l.noCareers = t("print.card.no_careers");
    l.goalHeading = t("print.card.goal_heading");
    l.noGoal = t("print.card.no_goal");
    l.qrCaption = t("print.card.qr_caption");
    l.footer = t("print.card.footer");
    l.payloadCode = t("print.card.payload_code");
    l.payloadClusters = t("print.card.payload_clusters");
    l.payloadCareers = t("print.card.payload_careers");
    l.payloadMore = t("print.card.payload_more");
    return l;
}

std::string cardQrPayload(const CareerCard& card) {
    std::string head(kAppName);
    const std::string_view nickname = utf8Prefix(card.nickname, kNicknameBytes);
    if (!nickname.empty()) {
        head += std::string(kSeparator) + std::string(nickname);
    }
    if (!card.code.empty()) {
        head += std::string(kSeparator) + std::string(utf8Prefix(codePart(card), 80));
    }
    const auto fits = [](const std::string& text) { return text.size() <= kCardPayloadLimit; };

    const std::size_t clusterTotal = std::min(card.topClusters.size(), kCardShownClusters);
    const auto clustersPart = [&](std::size_t count) {
        if (count == 0) {
            return std::string();
        }
        std::vector<std::string> names;
        for (std::size_t i = 0; i < count; ++i) {
            names.emplace_back(utf8Prefix(card.topClusters[i], kClusterBytes));
        }
        return std::string(kSeparator) + card.labels.payloadClusters + ": " + joined(names, ", ");
    };
    // The first `listed` careers by code, the first `titled` of them with their title too.
    const std::size_t careerTotal = std::min(card.careers.size(), kCardShownCareers);
    const auto careersPart = [&](std::size_t listed, std::size_t titled) {
        if (careerTotal == 0) {
            return std::string();
        }
        std::vector<std::string> items;
        for (std::size_t i = 0; i < listed; ++i) {
            const SavedCareer& career = card.careers[i];
            items.push_back(i < titled && !career.title.empty() ? career.code + " " + career.title
                                                                : career.code);
        }
        if (listed < careerTotal) {
            items.push_back(fillTemplate(card.labels.payloadMore, "n", std::to_string(careerTotal - listed)));
        }
        return std::string(kSeparator) + card.labels.payloadCareers + ": " + joined(items, "; ");
    };

    // Priority: career codes, then clusters, then career titles.
    std::size_t listed = careerTotal;
    while (listed > 0 && !fits(head + careersPart(listed, 0))) {
        --listed;
    }
    std::size_t clusters = 0;
    while (clusters < clusterTotal && fits(head + clustersPart(clusters + 1) + careersPart(listed, 0))) {
        ++clusters;
    }
    std::size_t titled = 0;
    while (titled < listed && fits(head + clustersPart(clusters) + careersPart(listed, titled + 1))) {
        ++titled;
    }
    std::string result = head + clustersPart(clusters) + careersPart(listed, titled);
    // Only labels too long for any QR text get here: then the careers are left out.
    if (!fits(result)) {
        result = head + clustersPart(clusters);
    }
    return std::string(utf8Prefix(result, kCardPayloadLimit));
}

namespace {

constexpr double kMargin = 36;
constexpr double kPanelPad = 14;
constexpr double kHeadingSize = 15;
constexpr double kBodySize = 14;

const TextStyle kHeading{kHeadingSize, true, colors::kAccent};
const TextStyle kBody{kBodySize, false, colors::kInk};
const TextStyle kBodyBold{kBodySize, true, colors::kInk};
const TextStyle kSmall{11, false, colors::kMuted};

// A tinted panel with a heading and `bodyHeight` points of content; returns the content's top.
double panel(Canvas& canvas, const Box& box, std::string_view heading) {
    canvas.fill(box, Fill{colors::kTint}, 10);
    canvas.text(box.x + kPanelPad, box.y + kPanelPad + kHeadingSize, heading, kHeading);
    return box.y + kPanelPad + lineHeight(kHeading) + 4;
}

double panelHeight(double bodyHeight) {
    return kPanelPad * 2 + lineHeight(kHeading) + 4 + bodyHeight;
}

void drawCard(Canvas& canvas, const CareerCard& card, const QrMatrix& qr) {
    const PageGeometry page = canvas.page();
    const CareerCardLabels& labels = card.labels;
    const double left = kMargin;
    const double right = page.width - kMargin;
    const double width = right - left;
    const FontSet& fonts = canvas.fonts();

    // Header: title, the date, and the nickname large.
    const Box header{left, kMargin, width, 80};
    canvas.fill(header, Fill{colors::kTint}, 12);
    const TextStyle titleStyle{17, true, colors::kAccent};
    canvas.text(left + 18, header.y + 28, labels.title, titleStyle);
    drawTextRight(canvas, right - 18, header.y + 28, card.date, kSmall);
    const TextStyle nameStyle =
        shrinkToFit(fonts, card.nickname, TextStyle{32, true, colors::kInk}, width - 36, 22);
    canvas.text(left + 18, header.y + 66, ellipsize(fonts, card.nickname, nameStyle, width - 36), nameStyle);

    // The QR panel on the right.
    const double qrSide = 180;
    const double qrPanelWidth = qrSide + 36;
    const double top = header.bottom() + 16;
    const TextStyle captionStyle{11.5, false, colors::kInk};
    const std::vector<std::string> caption =
        wrapText(fonts, labels.qrCaption, captionStyle, qrPanelWidth - 20);
    const double captionLines = static_cast<double>(std::min<std::size_t>(caption.size(), 3));
    const Box qrPanel{right - qrPanelWidth, top, qrPanelWidth,
                      12 + qrSide + 6 + captionLines * lineHeight(captionStyle) + 10};
    canvas.fill(qrPanel, Fill{colors::kWhite}, 10);
    canvas.stroke(qrPanel, colors::kRule, 1, 10);
    drawQr(canvas, qr, Box{qrPanel.x + 18, top + 12, qrSide, qrSide});
    double captionBaseline = top + 12 + qrSide + 6 + captionStyle.size;
    for (std::size_t i = 0; i < caption.size() && i < 3; ++i) {
        drawTextCentered(canvas, qrPanel.x + qrPanelWidth / 2, captionBaseline, caption[i], captionStyle);
        captionBaseline += lineHeight(captionStyle);
    }

    // The code and the bars on the left.
    const double columnWidth = qrPanel.x - 18 - left;
    double y = top;
    canvas.text(left, y + kHeadingSize, labels.codeHeading, kHeading);
    y += lineHeight(kHeading) + 6;
    if (!card.code.empty()) {
        const double tile = 44;
        double x = left;
        for (const char32_t letter : decodeUtf8(card.code)) {
            std::string text;
            appendUtf8(text, letter);
            canvas.fill(Box{x, y, tile, tile}, Fill{colors::kAccent}, 9);
            drawTextCentered(canvas, x + tile / 2, y + 32, text, TextStyle{28, true, colors::kWhite});
            x += tile + 8;
        }
        const TextStyle wordsStyle{16, true, colors::kInk};
        const std::string words = joined(card.codeWords, " \u00B7 ");
        const double wordsWidth = columnWidth - (x - left) - 4;
        if (!words.empty() && fonts.measure(words, wordsStyle.size, true) <= wordsWidth) {
            canvas.text(x + 4, y + tile / 2 + 6, words, wordsStyle);
            y += tile + 12;
        } else {
            y += tile + 6;
            y += drawParagraph(canvas, Box{left, y, columnWidth, 0}, words, wordsStyle, 2) + 6;
        }
    } else {
        y += drawParagraph(canvas, Box{left, y, columnWidth, 0}, labels.noCode, kBody, 3) + 8;
    }

    y += 6;
    canvas.text(left, y + kHeadingSize, labels.barsHeading, kHeading);
    y += lineHeight(kHeading) + 4;
    BarStyle barStyle;
    barStyle.text = TextStyle{13, false, colors::kInk};
    barStyle.rowHeight = 23;
    barStyle.valueWidth = 34;
    double labelWidth = 0;
    std::vector<BarItem> bars;
    for (const AreaBar& bar : card.bars) {
        BarItem item;
        item.label = std::string(1, bar.letter) + "  " + bar.name;
        item.value = std::clamp(bar.score, 0, 100);
        item.valueText = std::to_string(std::clamp(bar.score, 0, 100));
        item.emphasis = bar.inCode;
        labelWidth = std::max(labelWidth, fonts.measure(item.label, 13, true));
        bars.push_back(std::move(item));
    }
    barStyle.labelWidth = std::min(labelWidth + 10, columnWidth * 0.5);
    y += drawBars(canvas, Box{left, y, columnWidth, 0}, bars, barStyle);
    const bool anySolid =
        std::any_of(bars.begin(), bars.end(), [](const BarItem& bar) { return bar.emphasis; });
    if (!labels.barsLegend.empty() && anySolid) {
        y += drawParagraph(canvas, Box{left, y + 2, columnWidth, 0}, labels.barsLegend, kSmall, 2) + 2;
    }

    // Clusters beside the goal, then the saved careers full width.
    y = std::max(y, qrPanel.bottom()) + 16;
    const double step = lineHeight(kBody) + 2;
    const double half = (width - 12) / 2;
    const double halfInner = half - 2 * kPanelPad;

    const std::size_t clusterCount = std::min(card.topClusters.size(), kCardShownClusters);
    constexpr int kEmptyLines = 3;
    const double emptyHeight =
        static_cast<double>(
            std::min<std::size_t>(wrapText(fonts, labels.noClusters, kBody, halfInner).size(), kEmptyLines)) *
        lineHeight(kBody);
    const double clustersHeight = clusterCount == 0 ? emptyHeight : static_cast<double>(clusterCount) * step;
    const std::string& goal = card.goal.empty() ? labels.noGoal : card.goal;
    constexpr int kGoalLines = 5;
    const std::vector<std::string> goalLines = wrapText(fonts, goal, kBody, halfInner);
    const double goalHeight =
        static_cast<double>(std::min<std::size_t>(goalLines.size(), kGoalLines)) * lineHeight(kBody);
    const double rowHeight = panelHeight(std::max(clustersHeight, goalHeight));

    double body = panel(canvas, Box{left, y, half, rowHeight}, labels.clustersHeading);
    if (clusterCount == 0) {
        drawParagraph(canvas, Box{left + kPanelPad, body, halfInner, 0}, labels.noClusters, kBody,
                      kEmptyLines);
    }
    for (std::size_t i = 0; i < clusterCount; ++i) {
        canvas.text(left + kPanelPad, body + kBodySize, std::to_string(i + 1) + ".", kBodyBold);
        const TextStyle style = shrinkToFit(fonts, card.topClusters[i], kBody, halfInner - 22, 12);
        canvas.text(left + kPanelPad + 22, body + kBodySize,
                    ellipsize(fonts, card.topClusters[i], style, halfInner - 22), style);
        body += step;
    }
    body = panel(canvas, Box{left + half + 12, y, half, rowHeight}, labels.goalHeading);
    drawParagraph(canvas, Box{left + half + 12 + kPanelPad, body, halfInner, 0}, goal, kBody, kGoalLines);
    y += rowHeight + 12;

    const double inner = width - 2 * kPanelPad;
    const std::size_t careerCount = std::min(card.careers.size(), kCardShownCareers);
    const double noCareersHeight = static_cast<double>(std::min<std::size_t>(
                                       wrapText(fonts, labels.noCareers, kBody, inner).size(), 2)) *
                                   lineHeight(kBody);
    const double careersHeight = careerCount == 0 ? noCareersHeight : static_cast<double>(careerCount) * step;
    body = panel(canvas, Box{left, y, width, panelHeight(careersHeight)}, labels.careersHeading);
    if (careerCount == 0) {
        drawParagraph(canvas, Box{left + kPanelPad, body, inner, 0}, labels.noCareers, kBody, 2);
    }
    for (std::size_t i = 0; i < careerCount; ++i) {
        const SavedCareer& career = card.careers[i];
        const double codeWidth = fonts.measure(career.code, kSmall.size, false);
        canvas.text(left + kPanelPad, body + kBodySize, "\u2022", kBodyBold);
        const double titleWidth = inner - 16 - codeWidth - 12;
        const TextStyle style = shrinkToFit(fonts, career.title, kBodyBold, titleWidth, 12);
        const std::string title = ellipsize(fonts, career.title, style, titleWidth);
        canvas.text(left + kPanelPad + 16, body + kBodySize, title, style);
        const double after = left + kPanelPad + 16 + fonts.measure(title, style.size, true) + 10;
        canvas.text(after, body + kBodySize, career.code, kSmall);
        body += step;
    }

    drawTextCentered(canvas, page.width / 2, page.height - kMargin + 8, labels.footer, kSmall);
}

} // namespace

PageLayout careerCardLayout(const CareerCard& card) {
    return [card](PageSink& sink, const FontSet&, PageGeometry) -> core::Status {
        auto qr = encodeQr(cardQrPayload(card));
        if (!qr) {
            return qr.error();
        }
        drawCard(sink.newPage(), card, qr.value());
        return core::Status::success();
    };
}

} // namespace pathlight::report
