"""p1545-4: provincial Party newspaper (Báo Quảng Nam, tag '(QNO) -'): a paper-umbrella workshop in Hội An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Du lịch | Văn hóa

Giữ nghề làm ô giấy giữa phố cổ

15/06/2024 07:30

(QNO) - Từ những thanh tre và tờ giấy dó, cơ sở ô giấy Hoa Phố ở phường Cẩm Phô (TP Hội An) mỗi tháng làm ra khoảng 3.000 chiếc ô phục vụ khách du lịch.

Cơ sở của bà Trần Thị Hoa nằm ở số 47 Nguyễn Thị Minh Khai. Theo bà Hoa, mỗi chiếc ô cần khoảng 36 nan tre và phải qua hơn 20 công đoạn thủ công, từ chẻ nan, dán giấy đến vẽ họa tiết, quét dầu. Mỗi ngày, 12 lao động của cơ sở làm ra từ 100 đến 120 chiếc; giá bán lẻ từ 150.000 đến 450.000 đồng/chiếc tùy kích cỡ.

Năm 2023, cơ sở bán được khoảng 32.000 chiếc ô giấy, doanh thu gần 6 tỷ đồng, trong đó hàng xuất sang Pháp, Hàn Quốc chiếm khoảng 20%. Từ đầu năm đến nay, cơ sở đón hơn 4.500 lượt khách đến tham quan, trải nghiệm làm ô, gấp đôi cùng kỳ năm trước.

"Khách nước ngoài rất thích tự tay vẽ lên chiếc ô của mình. Mỗi lớp trải nghiệm kéo dài chừng 90 phút, giá 250.000 đồng/người", bà Hoa chia sẻ.

Theo Phòng Kinh tế TP Hội An, hiện thành phố có 17 cơ sở sản xuất ô giấy và đèn lồng kết hợp ô giấy, giải quyết việc làm cho khoảng 260 lao động. Thành phố đặt mục tiêu đến năm 2025 có ít nhất 5 sản phẩm ô giấy đạt chuẩn OCOP.

HOÀI AN

Tin cùng chuyên mục:
- Hội An đón khách dịp cao điểm hè
- Phố cổ lung linh đêm rằm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-15")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 3.000 chiếc", "3.000", 3000, "measure", "chiếc/tháng", approx="about",
        subject="ô cơ sở ô giấy Hoa Phố làm ra mỗi tháng"),
    fig("khoảng 36 nan", "36", 36, "count", "nan tre", approx="about",
        subject="nan tre cần cho mỗi chiếc ô"),
    fig("hơn 20 công đoạn", "20", 20, "count", "công đoạn", approx="over",
        subject="công đoạn thủ công làm mỗi chiếc ô"),
    fig("12 lao động", "12", 12, "count", "lao động", subject="lao động của cơ sở"),
    fig("từ 100 đến 120", "100", 100, "measure", "chiếc/ngày", value_max=120,
        subject="ô lao động của cơ sở làm ra mỗi ngày"),
    fig("từ 150.000 đến 450.000", "150.000", 150000, "money", "đồng/chiếc", value_max=450000,
        subject="giá bán lẻ ô giấy"),
    fig("khoảng 32.000 chiếc", "32.000", 32000, "count", "chiếc ô giấy", approx="about",
        subject="ô giấy cơ sở bán được", period=Y23),
    fig("gần 6 tỷ", "6", 6e9, "money", "đồng", approx="nearly", subject="doanh thu của cơ sở", period=Y23),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="hàng xuất sang Pháp, Hàn Quốc trong doanh thu", period=Y23),
    fig("hơn 4.500 lượt", "4.500", 4500, "count", "lượt khách", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="lượt khách đến tham quan, trải nghiệm làm ô", period=YTD),
    fig("chừng 90 phút", "90", 90, "measure", "phút", approx="about",
        subject="thời lượng mỗi lớp trải nghiệm"),
    fig("giá 250.000 đồng", "250.000", 250000, "money", "đồng/người",
        subject="giá mỗi lớp trải nghiệm"),
    fig("có 17 cơ sở", "17", 17, "count", "cơ sở",
        subject="cơ sở sản xuất ô giấy và đèn lồng kết hợp ô giấy"),
    fig("khoảng 260 lao động", "260", 260, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm ô giấy đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "Provincial Party newspaper online (Báo Quảng Nam): headline, '15/06/2024 07:30' (published), sapo with tag '(QNO) -', byline, related links.",
    "Distractors: 07:30, house number 'số 47 Nguyễn Thị Minh Khai', the tag, 'đêm rằm' (no digits).",
    "Location: every figure is in TP Hội An (the workshop in phường Cẩm Phô and the city's own counts).",
    "Rates with 'mỗi tháng' / 'Mỗi ngày' are measures (chiếc/tháng, chiếc/ngày); '12 lao động' in the same clause is a plain count.",
    "'mỗi chiếc ô cần khoảng 36 nan tre' and 'hơn 20 công đoạn' are counts per item; standing facts, no period.",
    "'gấp đôi cùng kỳ năm trước' after 'hơn 4.500 lượt' → change increase 2 lần (đôi = 2); 'Từ đầu năm đến nay' ends at the dateline.",
    "'chừng 90 phút' (how long a class lasts) is a measure figure, not a period; 'chừng' = about.",
    "'trong đó hàng xuất ... chiếm khoảng 20%' is a percent figure of its own; Pháp, Hàn Quốc are markets, not places of the figure.",
    "'đến năm 2025' target: start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1545-4", TEXT, NOTES, FIGS, published="2024-06-15", location="Hội An")
