"""p1544-8: radio/TV site (Đài PT-TH Quảng Nam): a beeswax-candle cooperative in TP Hội An, hands-on candle tours."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Du lịch | Video | Phát thanh

Trải nghiệm làm nến sáp ong ở Hội An hút khách

Cập nhật lúc 16:20 - Thứ Hai, 05/08/2024

(QRT) - Hợp tác xã Nến sáp ong Cẩm Thanh ở TP Hội An vừa có sản phẩm được công nhận OCOP 3 sao, tour trải nghiệm làm nến của hợp tác xã đang thu hút đông du khách.

Thành lập từ năm 2020, hợp tác xã hiện có 12 thành viên và 18 lao động, phần lớn là phụ nữ địa phương. Mỗi năm, hợp tác xã thu mua khoảng 4,5 tấn sáp ong của các hộ nuôi ong miền núi trong tỉnh với giá 180.000-200.000 đồng/kg.

Tour trải nghiệm làm nến kéo dài 90 phút, giá 150.000 đồng/khách. Bảy tháng đầu năm 2024, hợp tác xã đón hơn 21.000 lượt khách, gấp 1,5 lần cùng kỳ năm 2023, trong đó khách quốc tế chiếm gần 70%. Doanh thu từ dịch vụ trải nghiệm và bán nến ước đạt 3,2 tỷ đồng. Những ngày cao điểm, hợp tác xã tổ chức bốn ca mỗi ngày, đón tối đa 250 khách.

Bà Võ Thị Lan, Giám đốc hợp tác xã cho biết, dự kiến cả năm 2024 đơn vị đón khoảng 36.000 lượt khách. Xưởng mới rộng 400 m2 cũng đang được xây dựng để mở rộng khu trải nghiệm.

Theo UBND TP Hội An, hiện toàn thành phố có 47 sản phẩm OCOP, trong đó 6 sản phẩm đạt 4 sao. Thành phố phấn đấu đến năm 2025 có không dưới 60 sản phẩm đạt chuẩn OCOP.

Video: Làm nến sáp ong ở Cẩm Thanh (thời lượng 3:45)

Tin khác:
- Du lịch Quảng Nam 7 tháng năm 2024: nhiều tín hiệu tích cực
"""

B7 = per("Bảy tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("và 18 lao động", "18", 18, "count", "lao động", subject="lao động hợp tác xã"),
    fig("khoảng 4,5 tấn", "4,5", 4.5, "measure", "tấn/năm", approx="about",
        subject="sáp ong hợp tác xã thu mua mỗi năm"),
    fig("giá 180.000-200.000", "180.000", 180000, "money", "đồng/kg", value_max=200000,
        subject="giá thu mua sáp ong"),
    fig("kéo dài 90 phút", "90", 90, "measure", "phút", subject="thời gian tour trải nghiệm làm nến"),
    fig("giá 150.000 đồng", "150.000", 150000, "money", "đồng/khách", subject="giá tour trải nghiệm làm nến"),
    fig("hơn 21.000 lượt", "21.000", 21000, "count", "lượt khách", approx="over",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"), subject="lượt khách hợp tác xã đón", period=B7),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", subject="khách quốc tế", period=B7),
    fig("ước đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", status="estimate",
        subject="doanh thu từ dịch vụ trải nghiệm và bán nến", period=inh(B7)),
    fig("bốn ca", "bốn", 4, "measure", "ca/ngày", subject="ca trải nghiệm mỗi ngày cao điểm"),
    fig("tối đa 250 khách", "250", 250, "measure", "khách/ngày", approx="at_most",
        subject="khách đón mỗi ngày cao điểm"),
    fig("khoảng 36.000 lượt", "36.000", 36000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách đơn vị đón", period=Y24),
    fig("rộng 400 m2", "400", 400, "measure", "m2", subject="diện tích xưởng mới"),
    fig("có 47 sản phẩm", "47", 47, "count", "sản phẩm", subject="sản phẩm OCOP"),
    fig("trong đó 6 sản phẩm", "6", 6, "count", "sản phẩm", total=47, subject="sản phẩm đạt 4 sao"),
    fig("không dưới 60 sản phẩm", "60", 60, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đạt chuẩn OCOP", period=TO25),
]

NOTES = [
    "Radio/TV site (QRT, Quảng Nam): menu with Video/Phát thanh, 'Cập nhật lúc 16:20 - Thứ Hai, 05/08/2024', tag '(QRT) -', video caption, 'Tin khác'.",
    "Distractors: 16:20, 'OCOP 3 sao', '4 sao', founding 'năm 2020', 'thời lượng 3:45', '7 tháng năm 2024' in a link title.",
    "Location Hội An throughout (cooperative in TP Hội An; the city's OCOP counts).",
    "'Mỗi năm ... khoảng 4,5 tấn' → tấn/năm; 'bốn ca mỗi ngày', 'tối đa 250 khách' (per peak day) → rates, measure.",
    "'gấp 1,5 lần cùng kỳ năm 2023' is the change of 21.000 lượt; 'trong đó khách quốc tế chiếm gần 70%' is a percent figure (a percent has no whole).",
    "'ước đạt 3,2 tỷ' in the next sentence inherits 'Bảy tháng đầu năm 2024'. '400 m2 ... đang được xây dựng' is a present fact in its own sentence (actual).",
    "'90 phút' is the tour's length, a measure (FIGURES.md '35 phút'), not a time locator.",
]

if __name__ == "__main__":
    write("p1544-8", TEXT, NOTES, FIGS, published="2024-08-05", location="Hội An")
