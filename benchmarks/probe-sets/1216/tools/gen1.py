"""p1216-1: Phú Thọ province portal, paper output 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Phú Thọ: Sản lượng giấy các loại 9 tháng tăng gần 9%

Cập nhật: 16/10/2024 08:15 | Lượt xem: 2.417

(phutho.gov.vn) - Theo Cục Thống kê tỉnh, 9 tháng năm 2024, chỉ số sản xuất ngành sản xuất giấy và sản phẩm từ giấy của tỉnh Phú Thọ tăng 11,6% so với cùng kỳ, cao hơn mức tăng chung của toàn ngành công nghiệp (8,9%).

Sản lượng giấy các loại ước đạt 318,5 nghìn tấn, tăng 8,7% so với cùng kỳ năm 2023, đạt 74,1% kế hoạch năm; trong đó giấy bao bì công nghiệp 214,3 nghìn tấn, giấy in, giấy viết 61,8 nghìn tấn. Bột giấy sản xuất khoảng 132 nghìn tấn, giảm 3,4% do dây chuyền số 2 của một doanh nghiệp lớn dừng bảo dưỡng trong tháng 7.

Toàn tỉnh hiện có 47 doanh nghiệp sản xuất giấy và bao bì giấy, tập trung tại huyện Phù Ninh (12 doanh nghiệp), TP Việt Trì (9 doanh nghiệp) và huyện Lâm Thao (7 doanh nghiệp), giải quyết việc làm cho hơn 6.300 lao động, thu nhập bình quân 8,4 triệu đồng/người/tháng.

Tại huyện Phù Ninh, Công ty CP Giấy Hùng Vương 9 tháng qua sản xuất 68.400 tấn giấy, doanh thu ước đạt 1.275 tỷ đồng, bằng 72% kế hoạch năm. Công ty đang chăm sóc gần 4.000 ha rừng nguyên liệu tại các xã Phú Lộc, Liên Hoa, trong đó 1.250 ha trồng mới năm nay.

Hiện 5/5 cơ sở sản xuất bột giấy trên địa bàn tỉnh đã lắp đặt hệ thống quan trắc nước thải tự động. Quý IV, ngành giấy dự kiến sản xuất thêm khoảng 110 nghìn tấn; phấn đấu cả năm đạt 430 nghìn tấn giấy các loại, tăng 7% so với năm 2023.

Minh Hà
"""

HEAD = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NINE_Q = P("9 tháng qua", "2024-01-01", "2024-09-30")
NOW_Y = P("năm nay", "2024-01-01", "2024-12-31")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
PAPER = "sản lượng giấy các loại"
DN = "doanh nghiệp sản xuất giấy và bao bì giấy"
CO = "Phù Ninh"

FIGS = [
    F("tăng gần 9%", "9", 9, "percent", "%", approx="nearly",
      subject="tăng trưởng sản lượng giấy các loại", period=HEAD),
    F("tăng 11,6%", "11,6", 11.6, "percent", "%",
      subject="chỉ số sản xuất ngành sản xuất giấy và sản phẩm từ giấy", period=NINE),
    F("(8,9%)", "8,9", 8.9, "percent", "%",
      subject="mức tăng chung của toàn ngành công nghiệp", period=NINE),
    F("ước đạt 318,5 nghìn tấn", "318,5", 318500, "measure", "tấn", status="estimate", percent=74.1,
      change=C("increase", 8.7, "%", "cùng kỳ năm 2023"), subject=PAPER, period=I(NINE)),
    F("công nghiệp 214,3 nghìn tấn", "214,3", 214300, "measure", "tấn", status="estimate", total=318500,
      subject="sản lượng giấy bao bì công nghiệp", period=I(NINE)),
    F("giấy viết 61,8 nghìn tấn", "61,8", 61800, "measure", "tấn", status="estimate", total=318500,
      subject="sản lượng giấy in, giấy viết", period=I(NINE)),
    F("khoảng 132 nghìn tấn", "132", 132000, "measure", "tấn", approx="about",
      change=C("decrease", 3.4), subject="bột giấy sản xuất", period=I(NINE)),
    F("hiện có 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", subject=DN),
    F("Phù Ninh (12 doanh nghiệp)", "12", 12, "count", "doanh nghiệp", subject=DN, location="Phù Ninh"),
    F("Việt Trì (9 doanh nghiệp)", "9", 9, "count", "doanh nghiệp", subject=DN, location="Việt Trì"),
    F("Lâm Thao (7 doanh nghiệp)", "7", 7, "count", "doanh nghiệp", subject=DN, location="Lâm Thao"),
    F("hơn 6.300 lao động", "6.300", 6300, "count", "lao động", approx="over",
      subject="lao động được giải quyết việc làm trong các doanh nghiệp sản xuất giấy và bao bì giấy"),
    F("bình quân 8,4 triệu", "8,4", 8400000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động ngành giấy và bao bì giấy"),
    F("sản xuất 68.400 tấn", "68.400", 68400, "measure", "tấn",
      subject="giấy sản xuất của Công ty CP Giấy Hùng Vương", period=NINE_Q, location=CO),
    F("ước đạt 1.275 tỷ", "1.275", 1275e9, "money", "đồng", status="estimate", percent=72,
      subject="doanh thu của Công ty CP Giấy Hùng Vương", period=NINE_Q, location=CO),
    F("gần 4.000 ha", "4.000", 4000, "measure", "ha", approx="nearly",
      subject="rừng nguyên liệu công ty đang chăm sóc", location=CO),
    F("1.250 ha", "1.250", 1250, "measure", "ha", total=4000,
      subject="rừng nguyên liệu trồng mới", period=NOW_Y, location=CO),
    F("Hiện 5/5", "5", 5, "count", "cơ sở", total=5,
      subject="cơ sở sản xuất bột giấy đã lắp đặt hệ thống quan trắc nước thải tự động"),
    F("khoảng 110 nghìn tấn", "110", 110000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng giấy sản xuất thêm", period=Q4),
    F("đạt 430 nghìn tấn", "430", 430000, "measure", "tấn", status="target",
      change=C("increase", 7, "%", "năm 2023"), subject=PAPER, period=YEAR),
]

NOTES = [
    "Province portal (Phú Thọ): paper output 9 months 2024. Breadcrumb, 'Cập nhật: 16/10/2024 08:15 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:15, 'dây chuyền số 2' (name), 'tháng 7' (time of the maintenance), 'một doanh nghiệp' (indefinite article), '(phutho.gov.vn)'.",
    "Headline growth 'gần 9%' is a percent figure; its '9 tháng' takes the year of published (2024).",
    "'(8,9%)' stands as its own growth rate (industry overall). 'ước đạt' governs the parts after '; trong đó' (estimate).",
    "District list 12+9+7 does not add up to 47: no total. Company passage placed in Phù Ninh: its figures get location Phù Ninh.",
    "'năm nay' = 2024 (published year). 'Quý IV' and 'cả năm' take 2024.",
]

if __name__ == "__main__":
    write("p1216-1", TEXT, NOTES, FIGS, published="2024-10-16", location="Phú Thọ")
