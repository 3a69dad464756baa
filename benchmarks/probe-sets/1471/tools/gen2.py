"""p1471-2: district portal (huyện Ninh Phước, Ninh Thuận): households using solar water heaters, a dealer, support plan."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH PHƯỚC - TỈNH NINH THUẬN
Trang chủ | Tin tức | Kinh tế | Văn bản | Hỏi đáp

Ninh Phước: Hơn 2.300 hộ dân dùng máy nước nóng năng lượng mặt trời

20/05/2024 - 08:40

Theo Phòng Kinh tế - Hạ tầng huyện, đến cuối tháng 4/2024, toàn huyện có hơn 2.300 hộ gia đình lắp đặt máy nước nóng năng lượng mặt trời, chiếm khoảng 8,5% số hộ, gấp đôi so với năm 2020. Riêng thị trấn Phước Dân có 640 hộ, trong khi xã Phước Vinh mới có khoảng hai chục hộ.

Ông Trần Văn Lộc ở thôn Hiếu Thiện, xã Phước Thuận cho biết, gia đình lắp bộ máy 180 lít với giá 7,5 triệu đồng; mỗi tháng tiết kiệm khoảng 120 kWh điện, tương đương gần 250.000 đồng.

Trên địa bàn huyện hiện có 14 cửa hàng kinh doanh máy nước nóng năng lượng mặt trời. Cửa hàng điện máy Hưng Phát (số 215 đường 21 Tháng 8, khu phố 3) năm 2023 bán ra khoảng ba trăm bộ, giá phổ biến từ 6 đến 9 triệu đồng/bộ tùy dung tích; 4 tháng đầu năm nay đã bán 126 bộ, tăng 18% so với cùng kỳ.

Năm 2024, huyện dự kiến hỗ trợ 50% chi phí, tối đa 3 triệu đồng/bộ, cho 80 hộ nghèo, hộ cận nghèo lắp đặt máy nước nóng năng lượng mặt trời. Mục tiêu đến năm 2025, tỷ lệ hộ dân sử dụng máy nước nóng năng lượng mặt trời đạt ít nhất 12%.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Ninh Phước

Tin khác:
- Ninh Phước: Ra quân Tháng Thanh niên năm 2024
- Hội nghị sơ kết công tác quý I/2024

Địa chỉ: Khu phố 1, thị trấn Phước Dân, huyện Ninh Phước. Điện thoại: 0259.3864.215
"""

ASOF = per("đến cuối tháng 4/2024", None, "2024-04-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SUBJ = "hộ gia đình lắp đặt máy nước nóng năng lượng mặt trời"

FIGS = [
    fig("Hơn 2.300 hộ dân", "2.300", 2300, "count", "hộ", approx="over",
        subject="hộ dân dùng máy nước nóng năng lượng mặt trời"),
    fig("hơn 2.300 hộ gia đình", "2.300", 2300, "count", "hộ", approx="over", percent=8.5,
        change=chg("increase", 2, "lần", "năm 2020"), subject=SUBJ, period=ASOF),
    fig("có 640 hộ", "640", 640, "count", "hộ", subject=SUBJ, period=inh(ASOF)),
    fig("khoảng hai chục hộ", "hai chục", 20, "count", "hộ", approx="about", subject=SUBJ,
        period=inh(ASOF)),
    fig("máy 180 lít", "180", 180, "measure", "lít", subject="dung tích bộ máy", optional=True),
    fig("giá 7,5 triệu", "7,5", 7.5e6, "money", "đồng", subject="giá bộ máy 180 lít"),
    fig("khoảng 120 kWh", "120", 120, "measure", "kWh/tháng", approx="about",
        subject="điện tiết kiệm mỗi tháng"),
    fig("gần 250.000 đồng", "250.000", 250000, "money", "đồng/tháng", approx="nearly",
        subject="tiền điện tiết kiệm mỗi tháng"),
    fig("có 14 cửa hàng", "14", 14, "count", "cửa hàng",
        subject="cửa hàng kinh doanh máy nước nóng năng lượng mặt trời"),
    fig("khoảng ba trăm bộ", "ba trăm", 300, "count", "bộ", approx="about",
        subject="máy nước nóng Cửa hàng điện máy Hưng Phát bán ra", period=Y23),
    fig("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng/bộ", value_max=9e6,
        subject="giá phổ biến máy nước nóng năng lượng mặt trời"),
    fig("đã bán 126 bộ", "126", 126, "count", "bộ", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="máy nước nóng cửa hàng đã bán", period=M4),
    fig("hỗ trợ 50% chi phí", "50", 50, "percent", "%", status="forecast",
        subject="mức hỗ trợ chi phí lắp đặt máy nước nóng năng lượng mặt trời", period=Y24),
    fig("tối đa 3 triệu", "3", 3e6, "money", "đồng/bộ", approx="at_most", status="forecast",
        subject="mức hỗ trợ tối đa", period=Y24),
    fig("cho 80 hộ", "80", 80, "count", "hộ", status="forecast",
        subject="hộ nghèo, hộ cận nghèo được hỗ trợ lắp đặt máy nước nóng năng lượng mặt trời", period=Y24),
    fig("ít nhất 12%", "12", 12, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hộ dân sử dụng máy nước nóng năng lượng mặt trời", period=T25),
]

NOTES = [
    "District portal (huyện Ninh Phước, Ninh Thuận): banner naming the district, menu, '20/05/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:40, 'tháng 4/2024' as an as-of date, 'thôn Hiếu Thiện', 'số 215 đường 21 Tháng 8, khu phố 3', 'Khu phố 1',",
    "'Tháng Thanh niên năm 2024', 'quý I/2024', phone 0259.3864.215.",
    "Headline 'Hơn 2.300 hộ dân' is its own figure (no period in the headline).",
    "'gấp đôi so với năm 2020' after the 2.300 households is their change (increase, 2 lần); 'chiếm khoảng 8,5% số hộ' the percent.",
    "'Riêng thị trấn Phước Dân có 640 hộ': 'riêng' is no part-of cue in the spec, so no total; the commune/town figures keep the",
    "district as location (the spec's places stop at district level). 'khoảng hai chục hộ' = about 20.",
    "'bộ máy 180 lít' is a product size: optional. The household's price and monthly savings have no period.",
    "'mỗi tháng ... 120 kWh' → unit kWh/tháng; 'tương đương gần 250.000 đồng' is a figure of its own (money, đồng/tháng), not a share.",
    "'năm 2023 bán ra khoảng ba trăm bộ' (number words); '4 tháng đầu năm nay' takes 2024 from the dateline.",
    "'Năm 2024, huyện dự kiến ...' governs the three figures of the sentence (forecast); 'Mục tiêu đến năm 2025 ... ít nhất 12%' target.",
]

if __name__ == "__main__":
    write("p1471-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Ninh Phước")
