"""p1431-6: national newspaper: wood-chip exports recover, acacia prices in Bình Định, a chip mill in Nhơn Hội."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 9/9/2024, 06:00 (GMT+7)

Giá keo nguyên liệu lên cao nhờ xuất khẩu dăm gỗ hồi phục

Giá dăm gỗ xuất khẩu tăng lên khoảng 155 USD/tấn khô, kéo giá keo tại các tỉnh miền Trung lên mức cao nhất 3 năm.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam (VIFOREST), 8 tháng đầu năm nay, xuất khẩu dăm gỗ đạt 11,2 triệu tấn, trị giá 1,74 tỷ USD, tăng lần lượt 18,5% và 21,3% so với cùng kỳ năm ngoái. Trung Quốc tiếp tục là thị trường lớn nhất, chiếm gần 70% lượng dăm xuất khẩu.

Tại Bình Định, keo nguyên liệu được các nhà máy thu mua với giá 1,35-1,4 triệu đồng/tấn, tăng 200.000-250.000 đồng so với đầu năm. Với năng suất 100-120 tấn/ha sau chu kỳ 5 năm, mỗi ha keo đem lại cho người trồng 60-70 triệu đồng tiền lãi.

Ông Trần Quốc Hưng, Giám đốc Công ty TNHH Dăm gỗ Phú Tài An (Khu kinh tế Nhơn Hội, Bình Định), cho biết công ty đang thu mua khoảng 1.200 tấn keo mỗi ngày, gấp đôi thời điểm đầu năm, nhưng vẫn không đủ nguyên liệu cho 2 dây chuyền băm dăm.

"Nhiều hộ bán keo non 3-4 năm tuổi để lấy tiền nhanh, trong khi rừng keo 7-8 năm tuổi bán làm gỗ xẻ được giá cao hơn 30-40%", ông Hưng nói.

VIFOREST dự báo cả năm 2024, xuất khẩu dăm gỗ có thể đạt 17 triệu tấn, kim ngạch khoảng 2,6 tỷ USD.

Hoàng Nam
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
BD = "Bình Định"

FIGS = [
    fig("khoảng 155 USD", "155", 155, "money", "USD/tấn khô", approx="about",
        subject="giá dăm gỗ xuất khẩu"),
    fig("đạt 11,2 triệu", "11,2", 11.2e6, "measure", "tấn",
        change=chg("increase", 18.5, "%", "cùng kỳ năm ngoái"),
        subject="xuất khẩu dăm gỗ", period=M8),
    fig("trị giá 1,74 tỷ", "1,74", 1.74e9, "money", "USD",
        change=chg("increase", 21.3, "%", "cùng kỳ năm ngoái"),
        subject="trị giá xuất khẩu dăm gỗ", period=M8),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ trọng thị trường Trung Quốc trong lượng dăm xuất khẩu", period=inh(M8)),
    fig("giá 1,35-1,4", "1,35", 1.35e6, "money", "đồng/tấn", value_max=1.4e6,
        change=chg("increase", 200000, "đồng", "đầu năm"),
        subject="giá thu mua keo nguyên liệu", location=BD),
    fig("suất 100-120", "100", 100, "measure", "tấn/ha", value_max=120,
        subject="năng suất keo", location=BD),
    fig("chu kỳ 5 năm", "5", 5, "measure", "năm", subject="chu kỳ trồng keo", location=BD),
    fig("trồng 60-70", "60", 60e6, "money", "đồng/ha", value_max=70e6,
        subject="tiền lãi mỗi ha keo đem lại cho người trồng", location=BD),
    fig("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn/ngày", approx="about",
        change=chg("increase", 2, "lần", "thời điểm đầu năm"),
        subject="keo Công ty TNHH Dăm gỗ Phú Tài An thu mua", location=BD),
    fig("cho 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền băm dăm của công ty", location=BD),
    fig("non 3-4 năm", "3", 3, "measure", "năm tuổi", value_max=4,
        subject="tuổi keo non nhiều hộ bán", location=BD),
    fig("keo 7-8 năm", "7", 7, "measure", "năm tuổi", value_max=8,
        subject="tuổi rừng keo bán làm gỗ xẻ", location=BD),
    fig("cao hơn 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="giá rừng keo bán làm gỗ xẻ so với keo non", location=BD),
    fig("đạt 17 triệu", "17", 17e6, "measure", "tấn", status="forecast",
        subject="xuất khẩu dăm gỗ", period=Y24),
    fig("khoảng 2,6 tỷ", "2,6", 2.6e9, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu dăm gỗ", period=Y24),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 9/9/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'mức cao nhất 3 năm' (a span that locates, not a figure), 'năm ngoái', 'đầu năm'.",
    "Location: national VIFOREST figures → Việt Nam (the default); the Bình Định passage and the Nhơn Hội mill → Bình Định.",
    "'đạt 11,2 triệu tấn, trị giá 1,74 tỷ USD, tăng lần lượt 18,5% và 21,3%' → each amount takes its own change ('lần lượt').",
    "'Trung Quốc ... chiếm gần 70% lượng dăm xuất khẩu' → percent figure; no amount of its own in the sentence; the 8 months are inherited.",
    "'tăng 200.000-250.000 đồng so với đầu năm' → change value 200.000 (lower end; the change object has no upper end).",
    "'chu kỳ 5 năm' (rotation) and the tree ages '3-4 năm tuổi', '7-8 năm tuổi' are measures (the contrast of ages is the quote's claim).",
    "'mỗi ha keo đem lại ... 60-70 triệu đồng tiền lãi' → money per ha. 'khoảng 1.200 tấn keo mỗi ngày, gấp đôi thời điểm đầu năm'",
    "→ rate tấn/ngày with change increase 2 lần ('gấp đôi'). 'giá cao hơn 30-40%' with no base amount → percent figure.",
    "'VIFOREST dự báo cả năm 2024 ... có thể đạt' → forecast for both figures.",
]

if __name__ == "__main__":
    write("p1431-6", TEXT, NOTES, FIGS, published="2024-09-09", location="Việt Nam")
