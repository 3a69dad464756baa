"""p1200-8: provincial newspaper online (Báo Quảng Nam, tag (QNO)), fiber to mountain villages, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Quảng Nam: Hơn 94% thôn có cáp quang băng rộng

Thứ Hai, 15/07/2024 | 09:12

(QNO) - 6 tháng đầu năm, các doanh nghiệp viễn thông đã đưa cáp quang đến thêm 37 thôn ở các huyện miền núi, tăng 12 thôn so với cùng kỳ năm 2023, nâng tổng số thôn có hạ tầng băng rộng cố định của tỉnh lên 1.158 thôn, chiếm 94,6%. Trong đó, huyện Nam Trà My có thêm 9 thôn, Tây Giang 8 thôn và Phước Sơn 6 thôn. Ở thôn Tu Ngung, xã Ch'ơm (Tây Giang), tuyến cáp quang mới giúp 42 hộ dân và điểm trường mầm non của thôn có internet tốc độ cao.

Riêng quý II, VNPT Quảng Nam đầu tư 14 tuyến cáp quang với tổng chiều dài 96 km dọc Quốc lộ 40B và ĐT 616, kinh phí khoảng 4,2 tỷ đồng, đạt 55% kế hoạch năm của đơn vị.

Với kết quả này, Quảng Nam xếp thứ 3 khu vực duyên hải miền Trung về tỷ lệ thôn có cáp quang. Toàn tỉnh hiện có 532/547 trường phổ thông đã kết nối internet cáp quang; các trường còn lại thuộc hai huyện Nam Trà My và Bắc Trà My đang dùng đường truyền vô tuyến.

Tỉnh hỗ trợ 50% cước internet trong 24 tháng cho hộ nghèo ở 9 huyện miền núi, mức hỗ trợ không quá 80.000 đồng/hộ/tháng. Đến ngày 30/6, đã có hơn 2.300 hộ nghèo được hỗ trợ.

6 tháng cuối năm, tỉnh phấn đấu phủ cáp quang thêm 25 thôn; dự kiến đến cuối năm 2024, tỷ lệ thôn có băng rộng cố định đạt khoảng 96,5%.

Quỳnh Trang
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
JUN = per("Đến ngày 30/6", None, "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
END24 = per("đến cuối năm 2024", None, "2024-12-31")
PART = "thôn được đưa cáp quang đến thêm"

FIGS = [
    fig("Hơn 94% thôn", "94", 94, "percent", "%", approx="over", subject="thôn có cáp quang băng rộng"),
    fig("thêm 37 thôn", "37", 37, "count", "thôn", change=chg("increase", 12, "thôn", "cùng kỳ năm 2023"),
        subject="thôn được đưa cáp quang đến thêm", period=H1),
    fig("lên 1.158 thôn", "1.158", 1158, "count", "thôn", percent=94.6,
        subject="thôn có hạ tầng băng rộng cố định", period=H1),
    fig("có thêm 9 thôn", "9", 9, "count", "thôn", total=37, subject=PART, period=inh(H1), location="Nam Trà My"),
    fig("Giang 8 thôn", "8", 8, "count", "thôn", total=37, subject=PART, period=inh(H1), location="Tây Giang"),
    fig("Sơn 6 thôn", "6", 6, "count", "thôn", total=37, subject=PART, period=inh(H1), location="Phước Sơn"),
    fig("giúp 42 hộ", "42", 42, "count", "hộ dân", subject="hộ dân thôn Tu Ngung có internet tốc độ cao",
        location="Tây Giang"),
    fig("đầu tư 14 tuyến", "14", 14, "count", "tuyến cáp quang", subject="tuyến cáp quang VNPT Quảng Nam đầu tư",
        period=Q2),
    fig("dài 96 km", "96", 96, "measure", "km", subject="tổng chiều dài tuyến cáp quang", period=Q2),
    fig("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", approx="about", percent=55,
        subject="kinh phí đầu tư tuyến cáp quang", period=Q2),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="tỷ lệ thôn có cáp quang khu vực duyên hải miền Trung"),
    fig("có 532/547 trường", "532", 532, "count", "trường phổ thông", total=547,
        subject="trường phổ thông đã kết nối internet cáp quang"),
    fig("thuộc hai huyện", "hai", 2, "count", "huyện", optional=True,
        subject="huyện có trường chưa kết nối cáp quang"),
    fig("hỗ trợ 50% cước", "50", 50, "percent", "%", subject="cước internet được hỗ trợ cho hộ nghèo"),
    fig("trong 24 tháng", "24", 24, "measure", "tháng", optional=True, subject="thời gian hỗ trợ cước"),
    fig("ở 9 huyện", "9", 9, "count", "huyện", optional=True, subject="huyện miền núi có hộ nghèo được hỗ trợ"),
    fig("không quá 80.000 đồng", "80.000", 80000, "money", "đồng/hộ/tháng", approx="at_most",
        subject="mức hỗ trợ cước internet"),
    fig("hơn 2.300 hộ", "2.300", 2300, "count", "hộ nghèo", approx="over",
        subject="hộ nghèo được hỗ trợ cước internet", period=JUN),
    fig("thêm 25 thôn", "25", 25, "count", "thôn", status="target", subject="thôn được phủ cáp quang thêm",
        period=H2),
    fig("khoảng 96,5%", "96,5", 96.5, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ thôn có băng rộng cố định", period=END24),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam): headline figure, 'Thứ Hai, 15/07/2024 | 09:12', tag '(QNO) -', byline at the end.",
    "Distractors: 'Quốc lộ 40B', 'ĐT 616', time 09:12. Year-less '6 tháng đầu năm', 'quý II', 'Đến ngày 30/6', '6 tháng cuối năm' take 2024.",
    "'Trong đó ... có thêm 9 thôn, ... 8 thôn, ... 6 thôn' are parts of the 37 added villages (same thing, same period), not of the",
    "cumulative 1.158 that stands right before the cue. 'tăng 12 thôn so với cùng kỳ' is the change of 37.",
    "'hai huyện', '9 huyện', 'trong 24 tháng' (scope and duration of a support rule) are optional.",
]

if __name__ == "__main__":
    build("p1200-8", TEXT, NOTES, FIGS, published="2024-07-15", location="Quảng Nam")
