"""p1214-1: Kiên Giang province portal, fish meal output in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Kiên Giang: Sản lượng bột cá 6 tháng đầu năm đạt gần 58.000 tấn

Cập nhật: 12/07/2024 10:15 | Lượt xem: 2.418

(kiengiang.gov.vn) - Theo Sở Công Thương, 6 tháng đầu năm 2024, các cơ sở chế biến trên địa bàn tỉnh Kiên Giang sản xuất được 57.860 tấn bột cá, đạt 51,2% kế hoạch năm, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, bột cá đạm cao (từ 60% đạm trở lên) 21.340 tấn, bột cá thường 36.520 tấn.

Toàn tỉnh hiện có 42 cơ sở chế biến bột cá đang hoạt động, tập trung chủ yếu ở huyện Kiên Lương (14 cơ sở), TP Rạch Giá (9 cơ sở) và huyện An Biên (7 cơ sở). Tổng công suất thiết kế khoảng 1.150 tấn nguyên liệu/ngày, nhưng do thiếu cá tạp nên các nhà máy chỉ vận hành bình quân 60-65% công suất.

Giá bột cá trong kỳ dao động từ 28.000 đến 34.000 đồng/kg tùy độ đạm, tăng khoảng 2.000 đồng/kg so với cuối năm 2023. Giá cá tạp nguyên liệu tại các cảng cá ở mức 7.500-9.000 đồng/kg.

Sản phẩm bột cá của tỉnh chủ yếu cung cấp cho các nhà máy thức ăn chăn nuôi, thức ăn thủy sản ở Đồng bằng sông Cửu Long và xuất khẩu. Trong 6 tháng, 5 doanh nghiệp đã xuất khẩu 8.450 tấn bột cá, kim ngạch hơn 12,6 triệu USD, chủ yếu sang Trung Quốc và Đài Loan (Trung Quốc).

Năm 2024, tỉnh phấn đấu sản lượng bột cá đạt 113.000 tấn; đến năm 2025 có ít nhất 80% cơ sở chế biến bột cá áp dụng công nghệ sấy hơi nước, xử lý khí thải đạt quy chuẩn QCVN 19:2009/BTNMT.
"""

H1_HEAD = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_SHORT = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
LIST = "cơ sở chế biến bột cá đang hoạt động"

FIGS = [
    F("đạt gần 58.000 tấn", "58.000", 58000, "measure", "tấn", approx="nearly",
      subject="sản lượng bột cá", period=H1_HEAD),
    F("được 57.860 tấn", "57.860", 57860, "measure", "tấn", percent=51.2,
      change=C("increase", 6.8, "%", "cùng kỳ năm 2023"),
      subject="bột cá các cơ sở chế biến sản xuất được", period=H1),
    F("(từ 60% đạm", "60", 60, "percent", "%", approx="at_least", optional=True,
      subject="độ đạm của bột cá đạm cao"),
    F("trở lên) 21.340 tấn", "21.340", 21340, "measure", "tấn", total=57860,
      subject="bột cá đạm cao", period=I(H1)),
    F("thường 36.520 tấn", "36.520", 36520, "measure", "tấn", total=57860,
      subject="bột cá thường", period=I(H1)),
    F("hiện có 42 cơ sở", "42", 42, "count", "cơ sở", subject=LIST),
    F("Kiên Lương (14 cơ sở)", "14", 14, "count", "cơ sở", subject=LIST, location="Kiên Lương"),
    F("Rạch Giá (9 cơ sở)", "9", 9, "count", "cơ sở", subject=LIST, location="Rạch Giá"),
    F("An Biên (7 cơ sở)", "7", 7, "count", "cơ sở", subject=LIST, location="An Biên"),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất thiết kế các cơ sở chế biến bột cá"),
    F("bình quân 60-65%", "60", 60, "percent", "%", value_max=65,
      subject="công suất vận hành bình quân của các nhà máy"),
    F("từ 28.000 đến 34.000", "28.000", 28000, "money", "đồng/kg", value_max=34000,
      change=C("increase", 2000, "đồng/kg", "cuối năm 2023", approx="about"),
      subject="giá bột cá", period=I(H1)),
    F("mức 7.500-9.000", "7.500", 7500, "money", "đồng/kg", value_max=9000,
      subject="giá cá tạp nguyên liệu tại các cảng cá", period=I(H1)),
    F("6 tháng, 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      subject="doanh nghiệp xuất khẩu bột cá", period=H1_SHORT),
    F("xuất khẩu 8.450 tấn", "8.450", 8450, "measure", "tấn",
      subject="bột cá xuất khẩu", period=H1_SHORT),
    F("hơn 12,6 triệu USD", "12,6", 12600000, "money", "USD", approx="over",
      subject="kim ngạch xuất khẩu bột cá", period=H1_SHORT),
    F("đạt 113.000 tấn", "113.000", 113000, "measure", "tấn", status="target",
      subject="sản lượng bột cá", period=Y24),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ cơ sở chế biến bột cá áp dụng công nghệ sấy hơi nước, xử lý khí thải đạt quy chuẩn",
      period=TO25),
]

NOTES = [
    "Province portal (Kiên Giang): fish meal output, first half of 2024. Breadcrumb; 'Cập nhật: 12/07/2024 10:15 | Lượt xem: 2.418'.",
    "Distractors: time 10:15, view counter 2.418, 'QCVN 19:2009/BTNMT', '(kiengiang.gov.vn)'.",
    "Headline '6 tháng đầu năm' takes the year of published (2024). 'Trong đó' parts (21.340 + 36.520 = 57.860) take the whole across a sentence break.",
    "'từ 60% đạm trở lên' defines the product grade: optional. District list 14+9+7 != 42 ('tập trung chủ yếu ở'): no total.",
    "revised after the first run: unit of 1.150 'tấn nguyên liệu/ngày' → 'tấn/ngày' (shortest noun phrase; 'nguyên liệu' is what is measured, as 'bột cá' in '57.860 tấn bột cá' → unit 'tấn').",
    "'hiện' sentences (42 cơ sở, capacity, 60-65%) get no period; prices 'trong kỳ' inherit the half year (other paragraph).",
]

if __name__ == "__main__":
    write("p1214-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Kiên Giang")
