"""p500-8: Báo Lào Cai điện tử — phiên họp UBND tỉnh tháng 12: KT-XH tháng 11 và 11 tháng năm 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Báo Lào Cai điện tử › Kinh tế
Thứ Sáu, 06/12/2024 10:30

11 tháng, thu ngân sách Lào Cai đạt hơn 8.900 tỷ đồng

(LCĐT) - Ngày 5/12, UBND tỉnh tổ chức phiên họp thường kỳ tháng 12 đánh giá tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2024.

Theo báo cáo, chỉ số sản xuất công nghiệp (IIP) tháng 11 ước tăng 4,6% so với tháng trước và tăng 15,2% so với cùng kỳ; lũy kế 11 tháng ước tăng 11,8%. Giá trị sản xuất công nghiệp 11 tháng ước đạt 38.760 tỷ đồng, bằng 89,5% kế hoạch.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng đạt 26.430 tỷ đồng, tăng 12,6% so với cùng kỳ. Tổng lượt khách du lịch đến Lào Cai đạt gần 7,8 triệu lượt, trong đó thị xã Sa Pa đón hơn 3,6 triệu lượt; tổng thu từ du lịch đạt 31.250 tỷ đồng. Giá trị sản phẩm thu được trên 1 ha đất trồng trọt ước đạt 96,5 triệu đồng/ha.

Tính đến ngày 30/11, tổng thu ngân sách nhà nước trên địa bàn đạt 8.916 tỷ đồng, bằng 91,4% dự toán Trung ương giao. Trong đó, thu nội địa 7.248 tỷ đồng; thu từ hoạt động xuất nhập khẩu 1.668 tỷ đồng. Một số địa phương đã hoàn thành dự toán thu năm là Bảo Thắng (104,6%), Bát Xát (101,2%) và Sa Pa (100,8%).

Toàn tỉnh hiện đạt 12,5 bác sĩ/vạn dân; tỷ lệ hộ nghèo giảm còn 8,14%.

Phát biểu tại phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành chuẩn bị tốt nội dung trình Kỳ họp thứ 22 HĐND tỉnh khóa XVI. Năm 2025, tỉnh phấn đấu tăng trưởng GRDP đạt 10%; đến năm 2025, GRDP bình quân đầu người đạt 120 triệu đồng, tỷ lệ hộ nghèo giảm còn dưới 5%.

Lê Nam
"""

M11 = P("11 tháng", "2024-01-01", "2024-11-30")
M11i = I("11 tháng", "2024-01-01", "2024-11-30")
T11 = P("tháng 11", "2024-11-01", "2024-11-30")
ASOF = P("Tính đến ngày 30/11", None, "2024-11-30")
ASOFi = I("Tính đến ngày 30/11", None, "2024-11-30")
TOT = 8916000000000

FIGS = [
    F("đạt hơn 8.900 tỷ đồng", "8.900", 8900000000000, "money", "đồng",
      "thu ngân sách", M11, approx="over"),
    F("ước tăng 4,6%", "4,6", 4.6, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 11 so với tháng trước", T11, status="estimate"),
    F("tăng 15,2%", "15,2", 15.2, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 11 so với cùng kỳ", T11, status="estimate"),
    F("ước tăng 11,8%", "11,8", 11.8, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) lũy kế 11 tháng", M11, status="estimate"),
    F("ước đạt 38.760 tỷ đồng", "38.760", 38760000000000, "money", "đồng",
      "giá trị sản xuất công nghiệp", M11, percent=89.5, status="estimate"),
    F("đạt 26.430 tỷ đồng", "26.430", 26430000000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", M11,
      change=CH("increase", 12.6, baseline="cùng kỳ")),
    F("gần 7,8 triệu lượt", "7,8", 7800000, "count", "lượt",
      "lượt khách du lịch đến Lào Cai", M11i, approx="nearly"),
    F("hơn 3,6 triệu lượt", "3,6", 3600000, "count", "lượt",
      "lượt khách du lịch đến thị xã Sa Pa", M11i, approx="over", total=7800000, location="Sa Pa"),
    F("đạt 31.250 tỷ đồng", "31.250", 31250000000000, "money", "đồng",
      "tổng thu từ du lịch", M11i),
    F("đạt 96,5 triệu đồng/ha", "96,5", 96500000, "money", "đồng/ha",
      "giá trị sản phẩm thu được trên 1 ha đất trồng trọt", status="estimate"),
    F("đạt 8.916 tỷ đồng", "8.916", TOT, "money", "đồng",
      "tổng thu ngân sách nhà nước trên địa bàn", ASOF, percent=91.4),
    F("nội địa 7.248 tỷ đồng", "7.248", 7248000000000, "money", "đồng",
      "thu nội địa", ASOFi, total=TOT),
    F("khẩu 1.668 tỷ đồng", "1.668", 1668000000000, "money", "đồng",
      "thu từ hoạt động xuất nhập khẩu", ASOFi, total=TOT),
    F("Bảo Thắng (104,6%)", "104,6", 104.6, "percent", "%",
      "thu ngân sách so với dự toán năm", location="Bảo Thắng"),
    F("Bát Xát (101,2%)", "101,2", 101.2, "percent", "%",
      "thu ngân sách so với dự toán năm", location="Bát Xát"),
    F("Sa Pa (100,8%)", "100,8", 100.8, "percent", "%",
      "thu ngân sách so với dự toán năm", location="Sa Pa"),
    F("đạt 12,5 bác sĩ/vạn dân", "12,5", 12.5, "measure", "bác sĩ/vạn dân",
      "bác sĩ/vạn dân"),
    F("còn 8,14%", "8,14", 8.14, "percent", "%",
      "tỷ lệ hộ nghèo"),
    F("đạt 10%", "10", 10, "percent", "%",
      "tăng trưởng GRDP", P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("đạt 120 triệu đồng", "120", 120000000, "money", "đồng",
      "GRDP bình quân đầu người", P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("dưới 5%", "5", 5, "percent", "%",
      "tỷ lệ hộ nghèo", P("đến năm 2025", None, "2025-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "Báo Lào Cai điện tử: UBND tỉnh họp phiên thường kỳ tháng 12 — IIP, công nghiệp, bán lẻ, du lịch, thu ngân sách tháng 11 và 11 tháng năm 2024.",
    "Dateline 'Thứ Sáu, 06/12/2024 10:30' (published); '(LCĐT)' tag; byline 'Lê Nam' at the end. Not figures: 'Ngày 5/12', 'phiên họp thường kỳ tháng 12',",
    "'Kỳ họp thứ 22 HĐND tỉnh khóa XVI', 'trên 1 ha' (a rate denominator), 'tháng 11' as a period.",
    "IIP tháng 11: two rates with no base amount, two percent figures (estimate). 'lũy kế 11 tháng ước tăng 11,8%' its own figure.",
    "'thị xã Sa Pa đón hơn 3,6 triệu lượt' after 'trong đó' is a part of the 7,8 triệu with location Sa Pa.",
    "Budget parts after 'Trong đó' (next sentence) take the 8.916 tỷ as total. District list items go to location.",
    "'Toàn tỉnh hiện đạt' has no period phrase: unscored. Targets: 'Năm 2025, tỉnh phấn đấu …' and 'đến năm 2025 …' (as-of end 2025-12-31).",
]

if __name__ == "__main__":
    emit("p500-8", TEXT, COMMENTS, FIGS, published="2024-12-06", location="Lào Cai")
