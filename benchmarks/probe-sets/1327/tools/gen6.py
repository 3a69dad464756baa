"""p1327-6: national newspaper (VnExpress-like dateline): a urea producer's Q3 and 9-month results."""
from lib import F, period, change, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 31/10/2024, 16:05 (GMT+7)

Lợi nhuận nhà sản xuất phân đạm giảm mạnh vì giá urê thấp

Đạm Bắc Trung lãi 9 tháng hơn 410 tỷ đồng, giảm 38% so với cùng kỳ, do giá urê xuất khẩu giảm và chi phí khí đầu vào tăng.

Báo cáo tài chính quý III của Công ty cổ phần Đạm Bắc Trung, chủ đầu tư nhà máy đạm tại Khu kinh tế Nghi Sơn (Thanh Hóa), cho thấy doanh thu thuần quý này đạt 2.870 tỷ đồng, tăng 6% so với cùng kỳ năm trước; lợi nhuận sau thuế 96 tỷ đồng, giảm 64%.

Lũy kế 9 tháng đầu năm, doanh thu đạt 8.150 tỷ đồng; lợi nhuận sau thuế hơn 410 tỷ đồng, giảm 38% và mới bằng 58% kế hoạch năm. Trong 9 tháng, nhà máy sản xuất 640.000 tấn urê, vận hành ở mức khoảng 107% công suất thiết kế; tiêu thụ 655.000 tấn, trong đó xuất khẩu 190.000 tấn, chiếm 29%.

Giá bán urê bình quân 9 tháng khoảng 9.100 đồng/kg, thấp hơn khoảng 1.400 đồng/kg so với cùng kỳ. Trong khi đó, giá khí đầu vào bình quân 11,2 USD/triệu BTU, cao hơn 8% so với năm ngoái. "Chi phí khí chiếm gần 70% giá thành sản xuất urê", đại diện doanh nghiệp cho biết.

Hiện Đạm Bắc Trung chiếm khoảng 16% thị phần urê trong nước, đứng thứ ba cả nước. Trong quý IV, công ty dự kiến sản xuất khoảng 200.000 tấn; giá bán urê của công ty dự kiến tăng 3-5% nhờ nhu cầu cho vụ Đông Xuân.

Minh Sơn
"""

M9 = period("9 tháng", "2024-01-01", "2024-09-30")
M9a = period("9 tháng đầu năm", "2024-01-01", "2024-09-30")
M9b = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q3 = period("quý III", "2024-07-01", "2024-09-30")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("9 tháng hơn 410 tỷ", "410", 410e9, "money", "đồng", "lãi của Đạm Bắc Trung", M9, approx="over",
      change=change("decrease", 38, "%", "cùng kỳ")),
    F("đạt 2.870 tỷ", "2.870", 2870e9, "money", "đồng", "doanh thu thuần", Q3,
      change=change("increase", 6, "%", "cùng kỳ năm trước")),
    F("thuế 96 tỷ", "96", 96e9, "money", "đồng", "lợi nhuận sau thuế", Q3, change=change("decrease", 64, "%")),
    F("đạt 8.150 tỷ", "8.150", 8150e9, "money", "đồng", "doanh thu", M9a),
    F("thuế hơn 410 tỷ", "410", 410e9, "money", "đồng", "lợi nhuận sau thuế", M9a, approx="over",
      change=change("decrease", 38, "%"), percent=58),
    F("sản xuất 640.000 tấn", "640.000", 640000, "measure", "tấn", "urê nhà máy sản xuất", M9b),
    F("khoảng 107%", "107", 107, "percent", "%", "mức vận hành so với công suất thiết kế", M9b, approx="about"),
    F("tiêu thụ 655.000 tấn", "655.000", 655000, "measure", "tấn", "urê tiêu thụ", M9b),
    F("xuất khẩu 190.000 tấn", "190.000", 190000, "measure", "tấn", "urê xuất khẩu", M9b, total=655000, percent=29),
    F("khoảng 9.100 đồng/kg", "9.100", 9100, "money", "đồng/kg", "giá bán urê bình quân", M9, approx="about",
      change=change("decrease", 1400, "đồng/kg", "cùng kỳ", approx="about")),
    F("bình quân 11,2 USD", "11,2", 11.2, "money", "USD/triệu BTU", "giá khí đầu vào bình quân",
      change=change("increase", 8, "%", "năm ngoái")),
    F("gần 70%", "70", 70, "percent", "%", "chi phí khí trong giá thành sản xuất urê", approx="nearly"),
    F("khoảng 16%", "16", 16, "percent", "%", "thị phần urê trong nước của Đạm Bắc Trung", approx="about"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", "thị phần urê trong nước"),
    F("khoảng 200.000 tấn", "200.000", 200000, "measure", "tấn", "urê công ty sản xuất", Q4,
      approx="about", status="forecast"),
    F("tăng 3-5%", "3", 3, "percent", "%", "giá bán urê của công ty", Q4, value_max=5, status="forecast"),
]

NOTES = [
    "National newspaper: section line, 'Thứ năm, 31/10/2024, 16:05 (GMT+7)' (published), sapo, quote, byline at the end.",
    "The company's plant is in Khu kinh tế Nghi Sơn (Thanh Hóa): all its figures are located in Thanh Hóa (as a brewery's in set 1242);",
    "the market share and the rank 'đứng thứ ba cả nước' describe the company too (borderline: 'cả nước' is the field of the ranking).",
    "Year-less periods take the dateline year 2024: '9 tháng', 'quý III' ('quý này'), 'quý IV'. Baselines never name a year here.",
    "'hơn 410 tỷ đồng, giảm 38% và mới bằng 58% kế hoạch năm' → change −38%, percent 58. 'giảm 64%' has no baseline.",
    "'tiêu thụ 655.000 tấn, trong đó xuất khẩu 190.000 tấn, chiếm 29%' → total 655.000, percent 29.",
    "'11,2 USD/triệu BTU': the multiplier 'triệu' belongs to the denominator (per million BTU), so the value stays 11,2.",
    "'khoảng 107% công suất thiết kế', 'gần 70%', 'khoảng 16% thị phần' are percent figures (no base amount before them).",
    "Distractors: (GMT+7), times, 'quý III' as a report name, 'vụ Đông Xuân'.",
]

if __name__ == "__main__":
    write("p1327-6", TEXT, NOTES, FIGS, published="2024-10-31", location="Thanh Hóa")
