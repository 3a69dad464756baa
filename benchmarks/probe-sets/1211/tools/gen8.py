"""p1211-8: provincial newspaper online (Báo Đồng Khởi, '(BĐK) -'): coconut oil processing in Bến Tre, a plant in Giồng Trôm."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế - Nông nghiệp
Thứ Sáu, 15/11/2024 - 09:12

Dầu dừa tinh khiết nâng giá trị trái dừa Bến Tre

(BĐK) - 9 tháng năm 2024, các doanh nghiệp trên địa bàn tỉnh chế biến khoảng 3.200 tấn dầu dừa các loại, tăng 12,5% so với cùng kỳ; trong đó dầu dừa tinh khiết (VCO) 1.150 tấn. Kim ngạch xuất khẩu dầu dừa ước đạt 18,6 triệu USD, bằng 82% kế hoạch năm. Riêng quý III, xuất khẩu đạt 7,4 triệu USD.

Toàn tỉnh hiện có hơn 79.000 ha dừa, trong đó khoảng 25.000 ha được chứng nhận hữu cơ; sản lượng năm 2023 đạt 690 triệu trái. Tỉnh có hai nhà máy chế biến VCO quy mô lớn và 14 cơ sở ép dầu dừa thủ công.

Tại huyện Giồng Trôm, Công ty TNHH Chế biến dừa Lương Quới (ấp 5, xã Lương Quới, cạnh Quốc lộ 57C) vận hành dây chuyền công suất 40 tấn cơm dừa/ngày. Mỗi ngày công ty thu mua khoảng 120.000 trái dừa khô của hơn 1.500 hộ trồng dừa. Giá dừa khô tại vườn hiện từ 75.000 đến 85.000 đồng/chục (12 trái), tăng gần gấp đôi so với đầu năm.

Quý IV, công ty dự kiến xuất khẩu thêm 700 tấn VCO sang Mỹ và Hàn Quốc. Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu dầu dừa đạt 25 triệu USD, ít nhất 30% sản lượng dầu dừa được chế biến sâu.

Bà Nguyễn Thị Ngọc Hân, Phó Giám đốc công ty cho biết: “Công ty đang đầu tư thêm dây chuyền thứ 2, nâng công suất lên gấp 1,5 lần, tạo việc làm cho khoảng 80 lao động”.

Cẩm Trúc
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("Riêng quý III", "2024-07-01", "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("Quý IV", "2023-10-01", "2023-12-31")  # spec letter: year of the nearest earlier period (năm 2023); a reader says 2024
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
GT = "Giồng Trôm"

FIGS = [
    F("khoảng 3.200 tấn", "3.200", 3200, "measure", "tấn", approx="about",
      change=C("increase", 12.5, "%", "cùng kỳ"), subject="dầu dừa các loại chế biến", period=M9),
    F("(VCO) 1.150 tấn", "1.150", 1150, "measure", "tấn", total=3200, subject="dầu dừa tinh khiết (VCO)",
      period=M9),
    F("ước đạt 18,6 triệu", "18,6", 18.6e6, "money", "USD", percent=82, status="estimate",
      subject="kim ngạch xuất khẩu dầu dừa", period=I(M9)),
    F("đạt 7,4 triệu", "7,4", 7.4e6, "money", "USD", subject="xuất khẩu dầu dừa", period=Q3),
    F("hơn 79.000 ha", "79.000", 79000, "measure", "ha", approx="over", subject="diện tích dừa"),
    F("khoảng 25.000 ha", "25.000", 25000, "measure", "ha", approx="about", total=79000,
      subject="diện tích dừa được chứng nhận hữu cơ"),
    F("đạt 690 triệu", "690", 690e6, "count", "trái", subject="sản lượng dừa", period=Y23),
    F("có hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy chế biến VCO quy mô lớn"),
    F("và 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở ép dầu dừa thủ công"),
    F("suất 40 tấn", "40", 40, "measure", "tấn/ngày", subject="công suất dây chuyền của công ty",
      location=GT),
    F("khoảng 120.000 trái", "120.000", 120000, "count", "trái dừa khô/ngày", approx="about",
      subject="trái dừa khô công ty thu mua mỗi ngày", location=GT),
    F("hơn 1.500 hộ", "1.500", 1500, "count", "hộ", approx="over", subject="hộ trồng dừa bán dừa cho công ty",
      location=GT),
    F("từ 75.000 đến", "75.000", 75000, "money", "đồng/chục", value_max=85000,
      change=C("increase", 2, "lần", "đầu năm", approx="nearly"), subject="giá dừa khô tại vườn", location=GT),
    F("(12 trái)", "12", 12, "count", "trái", optional=True, subject="số trái một chục", location=GT),
    F("thêm 700 tấn", "700", 700, "measure", "tấn", status="forecast", subject="VCO xuất khẩu thêm",
      period=Q4, location=GT),
    F("đạt 25 triệu", "25", 25e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu dầu dừa",
      period=Y25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="sản lượng dầu dừa được chế biến sâu", period=Y25),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", status="forecast", optional=True,
      subject="công suất sau khi đầu tư dây chuyền thứ 2", location=GT),
    F("khoảng 80 lao động", "80", 80, "count", "lao động", approx="about", status="forecast",
      subject="lao động có việc làm từ dây chuyền mới", location=GT),
]

NOTES = [
    "Provincial newspaper online (Báo Đồng Khởi, Bến Tre): '(BĐK) -' tag, 'Thứ Sáu, 15/11/2024 - 09:12' (published), byline at the end.",
    "Distractors: time 09:12, 'ấp 5', 'Quốc lộ 57C', 'dây chuyền thứ 2' (ordinal), names. '(12 trái)' defines the unit chục (optional).",
    "'trong đó dầu dừa tinh khiết (VCO) 1.150 tấn' → part of 3.200 (same period, in the same sentence). 'bằng 82% kế hoạch năm' → percent 82.",
    "Year-less 'Riêng quý III' takes 2024 from '9 tháng năm 2024'; 'Quý IV' takes 2023 by the spec's letter (nearest earlier period is 'năm 2023'), though a reader says 2024 (revised after the first run). 'tăng gần gấp đôi so với đầu năm' is the price range's change (2 lần, nearly).",
    "'ít nhất 30%' continues the 'phấn đấu' clause → target. The quote: 'đang đầu tư … nâng công suất lên gấp 1,5 lần' (optional multiple of a planned",
    "capacity) and 'khoảng 80 lao động' (forecast: jobs the new line will create).",
]

if __name__ == "__main__":
    write("p1211-8", TEXT, NOTES, FIGS, published="2024-11-15", location="Bến Tre")
