"""p1216-4: ministry site (Bộ Công Thương), national paper industry 2023 and outlook."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Công nghiệp

Ngành giấy năm 2023: Sản lượng giảm, kỳ vọng phục hồi nhờ bao bì xuất khẩu

Ngày đăng: 28/02/2024 | Lượt xem: 1.382

Theo Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), năm 2023 tổng sản lượng giấy các loại của cả nước đạt khoảng 4,73 triệu tấn, giảm 6,2% so với năm 2022; trong đó giấy bao bì gần 3,95 triệu tấn, chiếm 83,5%. Tiêu dùng giấy khoảng 5,6 triệu tấn; nhập khẩu 1,98 triệu tấn, xuất khẩu 1,12 triệu tấn.

Kim ngạch xuất khẩu giấy và sản phẩm từ giấy năm 2023 đạt 1,47 tỷ USD, giảm 9,8% so với năm trước; các thị trường chính lần lượt là Trung Quốc (42,1%), Hoa Kỳ (11,6%) và Nhật Bản (8,3%).

Ở khâu nguyên liệu, năm 2023 cả nước nhập khẩu khoảng 720 nghìn tấn bột giấy, trị giá 465 triệu USD; sản xuất bột giấy trong nước mới đáp ứng khoảng 30% nhu cầu. Cả nước hiện có khoảng 500 doanh nghiệp sản xuất giấy, trong đó chỉ 12 doanh nghiệp có công suất từ 100.000 tấn/năm trở lên. Việt Nam hiện đứng thứ 6 châu Á về sản lượng giấy bao bì.

VPPA ước tính 2 tháng đầu năm 2024, sản lượng giấy đạt 812 nghìn tấn, tăng 18,4% so với cùng kỳ, và dự báo cả năm 2024 có thể tăng 5-7% nhờ nhu cầu bao bì xuất khẩu phục hồi. Theo Quyết định số 1053/QĐ-BCT, đến năm 2030 ngành giấy phấn đấu đạt công suất 8,5 triệu tấn giấy và 2,5 triệu tấn bột giấy.

BỘ CÔNG THƯƠNG - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
EXP = "tỷ trọng kim ngạch xuất khẩu giấy và sản phẩm từ giấy thị trường"

FIGS = [
    F("khoảng 4,73 triệu tấn", "4,73", 4.73e6, "measure", "tấn", approx="about",
      change=C("decrease", 6.2, "%", "năm 2022"), subject="tổng sản lượng giấy các loại", period=Y23),
    F("gần 3,95 triệu tấn", "3,95", 3.95e6, "measure", "tấn", approx="nearly", total=4.73e6, percent=83.5,
      subject="sản lượng giấy bao bì", period=Y23),
    F("khoảng 5,6 triệu tấn", "5,6", 5.6e6, "measure", "tấn", approx="about",
      subject="tiêu dùng giấy", period=I(Y23)),
    F("nhập khẩu 1,98 triệu tấn", "1,98", 1.98e6, "measure", "tấn", subject="giấy nhập khẩu", period=I(Y23)),
    F("xuất khẩu 1,12 triệu tấn", "1,12", 1.12e6, "measure", "tấn", subject="giấy xuất khẩu", period=I(Y23)),
    F("đạt 1,47 tỷ USD", "1,47", 1.47e9, "money", "USD", change=C("decrease", 9.8, "%", "năm trước"),
      subject="kim ngạch xuất khẩu giấy và sản phẩm từ giấy", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("Trung Quốc (42,1%)", "42,1", 42.1, "percent", "%", subject=EXP + " Trung Quốc", period=Y23),
    F("Hoa Kỳ (11,6%)", "11,6", 11.6, "percent", "%", subject=EXP + " Hoa Kỳ", period=Y23),
    F("Nhật Bản (8,3%)", "8,3", 8.3, "percent", "%", subject=EXP + " Nhật Bản", period=Y23),
    F("khoảng 720 nghìn tấn", "720", 720000, "measure", "tấn", approx="about",
      subject="bột giấy nhập khẩu", period=Y23),
    F("trị giá 465 triệu USD", "465", 465e6, "money", "USD", subject="trị giá bột giấy nhập khẩu", period=Y23),
    F("khoảng 30% nhu cầu", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ nhu cầu bột giấy được sản xuất trong nước đáp ứng", period=I(Y23)),
    F("khoảng 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất giấy"),
    F("chỉ 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=500,
      subject="doanh nghiệp sản xuất giấy có công suất từ 100.000 tấn/năm trở lên"),
    F("từ 100.000 tấn/năm", "100.000", 100000, "measure", "tấn/năm", approx="at_least", optional=True,
      subject="ngưỡng công suất"),
    F("đứng thứ 6", "6", 6, "rank", "hạng", subject="sản lượng giấy bao bì châu Á"),
    F("đạt 812 nghìn tấn", "812", 812000, "measure", "tấn", status="estimate",
      change=C("increase", 18.4, "%", "cùng kỳ"), subject="sản lượng giấy", period=M2),
    F("tăng 5-7%", "5", 5, "percent", "%", value_max=7, status="forecast",
      subject="tăng trưởng sản lượng giấy", period=Y24),
    F("công suất 8,5 triệu tấn", "8,5", 8.5e6, "measure", "tấn", status="target",
      subject="công suất giấy", period=TO30),
    F("và 2,5 triệu tấn", "2,5", 2.5e6, "measure", "tấn", status="target",
      subject="công suất bột giấy", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national paper industry 2023, outlook 2024, targets to 2030. 'Ngày đăng: 28/02/2024 | Lượt xem: 1.382'.",
    "Distractors: view counter 1.382, Quyết định số 1053/QĐ-BCT, address '54 Hai Bà Trưng', phone 024.22202222.",
    "All figures national: location Việt Nam (trade partners in the export list are not places of the figure).",
    "'gần 3,95 triệu tấn, chiếm 83,5%' after 'trong đó': total 4,73 triệu, percent 83.5. '12 doanh nghiệp' after 'trong đó': total 500.",
    "'từ 100.000 tấn/năm trở lên' is the threshold of a category: optional. 'đứng thứ 6 châu Á' is a rank.",
    "'ước tính' governs 812 nghìn tấn (estimate); 'dự báo cả năm 2024 ... tăng 5-7%' is a forecast growth rate (no change object).",
    "'Tiêu dùng ... ; nhập khẩu ..., xuất khẩu ...' inherit năm 2023 from the previous sentence.",
]

if __name__ == "__main__":
    write("p1216-4", TEXT, NOTES, FIGS, published="2024-02-28", location="Việt Nam")
