"""p786-2: huyện Quỳnh Lưu district portal — làng nghề đóng tàu Tiến Thủy, quý I/2024."""
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Tin tức - Sự kiện » Kinh tế
Thứ Tư, 10/04/2024 - 15:20

Quý I, làng nghề đóng tàu Tiến Thủy hạ thủy 21 tàu cá

Quý I/2024, các cơ sở đóng tàu tại làng nghề xã Tiến Thủy đã hạ thủy 21 tàu cá, tăng 5 chiếc so với cùng kỳ năm trước. Trong đó, 17 tàu vỏ gỗ có chiều dài từ 12 đến 18 m và 4 tàu vỏ thép. Giá trị hợp đồng đóng mới ước đạt 38,6 tỷ đồng, bằng 112% cùng kỳ. Ngoài ra, các cơ sở còn sửa chữa, bảo dưỡng 164 lượt tàu và cải hoán nâng công suất 9 tàu.

Hiện làng nghề có 12 cơ sở với khoảng 450 lao động thường xuyên, lúc cao điểm lên tới gần 600 người; tiền công thợ bậc cao từ 450.000 đến 550.000 đồng/ngày. Ông Hồ Văn Tám, chủ một cơ sở đóng tàu ở xóm 5, cho biết mỗi chiếc tàu vỏ gỗ dài 15 m cần khoảng 40 m3 gỗ, thời gian đóng từ 3 đến 4 tháng. Do giá gỗ tăng, nhiều chủ tàu chuyển sang đặt đóng tàu vỏ thép, giá cao hơn khoảng 25% nhưng bền hơn.

Theo UBND xã Tiến Thủy (điện thoại 0238.3864.219), năm 2024 làng nghề phấn đấu đóng mới từ 70 đến 80 tàu, doanh thu đạt trên 150 tỷ đồng. Để hỗ trợ các cơ sở, huyện đang đề nghị tỉnh nâng cấp tuyến đường ĐH.32 và bến neo đậu tàu thuyền tại cửa Lạch Quèn; tổng vốn dự kiến khoảng 45 tỷ đồng.

Nguyễn Hoa (Trung tâm VH-TT&TT huyện)
"""

HQ = per("Quý I", "2024-01-01", "2024-03-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thủy 21 tàu cá\n", "21", 21, "count", "tàu cá", "tàu cá hạ thủy tại làng nghề đóng tàu Tiến Thủy", HQ),
    fig("đã hạ thủy 21 tàu cá", "21", 21, "count", "tàu cá", "tàu cá hạ thủy tại làng nghề xã Tiến Thủy", Q1,
        change=ch("increase", 5, unit="chiếc", baseline="cùng kỳ năm trước")),
    fig("17 tàu vỏ gỗ", "17", 17, "count", "tàu", "tàu vỏ gỗ hạ thủy", inh(Q1), total=21),
    fig("từ 12 đến 18 m", "12", 12, "measure", "m", "chiều dài tàu vỏ gỗ", value_max=18),
    fig("4 tàu vỏ thép", "4", 4, "count", "tàu", "tàu vỏ thép hạ thủy", inh(Q1), total=21),
    fig("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "giá trị hợp đồng đóng mới", inh(Q1),
        percent=112, status="estimate"),
    fig("bảo dưỡng 164 lượt tàu", "164", 164, "count", "lượt tàu", "tàu được sửa chữa, bảo dưỡng", inh(Q1)),
    fig("công suất 9 tàu", "9", 9, "count", "tàu", "tàu cải hoán nâng công suất", inh(Q1)),
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở đóng tàu của làng nghề"),
    fig("khoảng 450 lao động", "450", 450, "count", "lao động", "lao động thường xuyên", approx="about"),
    fig("gần 600 người", "600", 600, "count", "người", "lao động lúc cao điểm", approx="nearly"),
    fig("từ 450.000 đến 550.000", "450.000", 450000, "money", "đồng/ngày", "tiền công thợ bậc cao",
        value_max=550000),
    fig("dài 15 m", "15", 15, "measure", "m", "chiều dài tàu vỏ gỗ", optional=True),
    fig("khoảng 40 m3", "40", 40, "measure", "m3", "gỗ cần cho mỗi chiếc tàu vỏ gỗ dài 15 m", approx="about"),
    fig("từ 3 đến 4 tháng", "3", 3, "measure", "tháng", "thời gian đóng một chiếc tàu vỏ gỗ", value_max=4),
    fig("khoảng 25%", "25", 25, "percent", "%", "giá tàu vỏ thép cao hơn tàu vỏ gỗ", approx="about"),
    fig("từ 70 đến 80 tàu", "70", 70, "count", "tàu", "tàu đóng mới của làng nghề", Y24, value_max=80, status="target"),
    fig("trên 150 tỷ đồng", "150", 150e9, "money", "đồng", "doanh thu của làng nghề", Y24,
        approx="over", status="target"),
    fig("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn nâng cấp đường và bến neo đậu",
        approx="about", status="forecast"),
]

COMMENTS = [
    "p786-2 — Cổng TTĐT huyện Quỳnh Lưu (Nghệ An), district portal, 'Thứ Tư, 10/04/2024 - 15:20', byline at the end.",
    "Location is the district for every figure (the commune Tiến Thủy lies in it). Headline 'Quý I' takes 2024 from the dateline.",
    "'tăng 5 chiếc so với cùng kỳ năm trước' → change of 21 (unit chiếc). 17/4 are parts of 21 (Trong đó, sentence break).",
    "'bằng 112% cùng kỳ' → percent of 38,6 tỷ. 'giá cao hơn khoảng 25%' has no base amount: a percent figure of its own.",
    "'dài 15 m' describes the example boat (a size class): optional. Build time '3 đến 4 tháng' is a measure (cf. '35 phút').",
    "Distractors: Thứ Tư, xóm 5, name 'Hồ Văn Tám', đường ĐH.32, dateline time 15:20.",
]

if __name__ == "__main__":
    emit("p786-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Quỳnh Lưu")
