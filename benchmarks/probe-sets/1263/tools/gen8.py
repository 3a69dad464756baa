"""p1263-8: news agency (TTXVN/Vietnam+): rabies deaths rise in Quảng Nam, low dog vaccination in mountain districts, Núi Thành."""
from lib import fig, per, inh, chg, write

TEXT = """VIETNAMPLUS - THÔNG TẤN XÃ VIỆT NAM
Xã hội | Y tế

Quảng Nam: Ca tử vong do bệnh dại tăng, tỷ lệ tiêm phòng cho chó còn thấp

Thứ Bảy, 28/09/2024 - 14:35

(TTXVN/Vietnam+) - Từ đầu năm đến ngày 25/9, tỉnh Quảng Nam ghi nhận 5 ca tử vong do bệnh dại, tăng gấp hơn 2 lần so với cùng kỳ năm 2023; hơn 11.600 lượt người bị chó, mèo cắn phải tiêm vắc xin, tăng gần 20%. Năm 2023, Quảng Nam đứng thứ 4 cả nước về số người tử vong do bệnh dại.

Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, mỗi người bị chó dại cắn cần tiêm từ 4 đến 5 mũi vắc xin, giá mỗi liều từ 250.000 đến 320.000 đồng. Hiện CDC còn khoảng 8 nghìn liều dự trữ, đủ dùng trong hai tháng.

Tổng đàn chó toàn tỉnh khoảng 230 nghìn con, nhưng 9 tháng đầu năm mới có 97.300 con được tiêm phòng dại, đạt 42,3%. Tỷ lệ tiêm thấp nhất thuộc về các huyện miền núi như Nam Trà My (18,5%), Tây Giang (21,2%) và Phước Sơn (24,7%).

Tại huyện Núi Thành, lực lượng chức năng đã ra quân 3 đợt dọc Quốc lộ 1A, bắt giữ 126 con chó thả rông, phạt 38 chủ nuôi với tổng số tiền 30,4 triệu đồng. Số ổ dịch dại trên chó của huyện năm nay tăng gấp 3 lần so với năm trước.

Ông Trần Văn Thạnh, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Quảng Nam, cho biết tỉnh phấn đấu đến cuối năm nay tiêm phòng cho trên 60% đàn chó, tổ chức một đợt tiêm bổ sung trong tháng 10 với khoảng 40.000 liều.

Đoàn Hữu Trung (TTXVN)

Xem thêm:
- Bình Định: Cảnh báo bệnh dại gia tăng
- Đà Nẵng phạt nặng chủ nuôi để chó thả rông
"""

YTD = per("Từ đầu năm đến ngày 25/9", "2024-01-01", "2024-09-25")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M9 = per("9 tháng đầu năm", "2023-01-01", "2023-09-30")  # revised: year of the nearest earlier period 'Năm 2023' (FIGURES.md)
THIS = per("năm nay", "2024-01-01", "2024-12-31")
BYEND = per("đến cuối năm nay", None, "2024-12-31")
OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
NT = "Núi Thành"
RATE = "tỷ lệ tiêm phòng dại cho chó"

FIGS = [
    fig("ghi nhận 5 ca", "5", 5, "count", "ca",
        change=chg("increase", 2, "lần", "cùng kỳ năm 2023", approx="over"),
        subject="ca tử vong do bệnh dại", period=YTD),
    fig("hơn 11.600 lượt", "11.600", 11600, "count", "lượt người", approx="over",
        change=chg("increase", 20, "%", approx="nearly"),
        subject="lượt người bị chó, mèo cắn phải tiêm vắc xin", period=YTD),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="số người tử vong do bệnh dại", period=Y23),
    fig("từ 4 đến 5 mũi", "4", 4, "measure", "mũi/người", value_max=5,
        subject="mũi vắc xin người bị chó dại cắn cần tiêm"),
    fig("từ 250.000 đến 320.000", "250.000", 250000, "money", "đồng/liều", value_max=320000,
        subject="giá mỗi liều vắc xin"),
    fig("khoảng 8 nghìn", "8", 8000, "count", "liều", approx="about", subject="liều vắc xin dự trữ của CDC"),
    fig("trong hai tháng", "hai", 2, "measure", "tháng", optional=True),
    fig("khoảng 230 nghìn", "230", 230000, "count", "con", approx="about", subject="tổng đàn chó toàn tỉnh"),
    fig("có 97.300 con", "97.300", 97300, "count", "con", percent=42.3,
        subject="chó được tiêm phòng dại", period=M9),
    fig("Nam Trà My (18,5%)", "18,5", 18.5, "percent", "%", subject=RATE, period=inh(M9), location="Nam Trà My"),
    fig("Tây Giang (21,2%)", "21,2", 21.2, "percent", "%", subject=RATE, period=inh(M9), location="Tây Giang"),
    fig("Phước Sơn (24,7%)", "24,7", 24.7, "percent", "%", subject=RATE, period=inh(M9), location="Phước Sơn"),
    fig("ra quân 3 đợt", "3", 3, "count", "đợt", subject="đợt ra quân", location=NT),
    fig("bắt giữ 126 con", "126", 126, "count", "con", subject="chó thả rông bị bắt giữ", location=NT),
    fig("phạt 38 chủ", "38", 38, "count", "chủ nuôi", subject="chủ nuôi bị phạt", location=NT),
    fig("tiền 30,4 triệu", "30,4", 30.4e6, "money", "đồng", subject="tổng số tiền phạt", location=NT),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="số ổ dịch dại trên chó của huyện",
        period=THIS, location=NT),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", status="target",
        subject="đàn chó được tiêm phòng", period=BYEND),
    fig("một đợt", "một", 1, "count", "đợt", status="target", subject="đợt tiêm bổ sung", period=OCT),
    fig("khoảng 40.000 liều", "40.000", 40000, "count", "liều", approx="about", status="target",
        subject="liều vắc xin tiêm bổ sung", period=OCT),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): section, headline, 'Thứ Bảy, 28/09/2024 - 14:35', tag '(TTXVN/Vietnam+) -', byline, 'Xem thêm'.",
    "Distractors: 14:35, 'ngày 25/9' (period end), 'Quốc lộ 1A', 'tháng 10' (period), link titles.",
    "'Từ đầu năm đến ngày 25/9' → 2024-01-01..2024-09-25 (year of the dateline).",
    "'tăng gấp hơn 2 lần so với cùng kỳ năm 2023' after '5 ca' → change increase 2 lần, approx over.",
    "'tăng gần 20%' after '11.600 lượt' → change increase 20 (nearly), baseline unstated.",
    "'đứng thứ 4 cả nước' → rank of the province (Quảng Nam), period 2023.",
    "'mỗi người ... từ 4 đến 5 mũi' → rate measure 'mũi/người', range; 'giá mỗi liều từ 250.000 đến 320.000 đồng' → đồng/liều.",
    "'đủ dùng trong hai tháng' is a duration that states how long the stock lasts: optional.",
    "The list 'Nam Trà My (18,5%) ...' → each item a percent located in its district, period inherited from '9 tháng đầu năm'.",
    "revised after the first run: year-less '9 tháng đầu năm' 2024 → 2023. FIGURES.md: a phrase without a year takes the year",
    "of the nearest earlier period anywhere in the article; that is 'Năm 2023, Quảng Nam đứng thứ 4' (para 1). The article's sense",
    "(a dateline of 28/09/2024, 'mới có') points to 2024: the rule and the sense disagree here; the gold follows the rule.",
    "Núi Thành passage → location Núi Thành; its catches and fines have no period in the sentence.",
    "'năm nay tăng gấp 3 lần so với năm trước' stands alone as the claim → kind multiple, period 2024.",
    "'phấn đấu đến cuối năm nay ...' governs the whole sentence → target; 'một đợt' (number word) is a figure.",
]

if __name__ == "__main__":
    write("p1263-8", TEXT, NOTES, FIGS, published="2024-09-28", location="Quảng Nam")
