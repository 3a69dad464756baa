"""p643-6: national press — sách điện tử, xuất bản điện tử, mượn sách điện tử ở thư viện (2023)."""
from lib import F, P, I, CH, emit

TEXT = """Văn hóa > Sách
Thứ hai, 22/4/2024, 07:00 (GMT+7)

Sách điện tử chiếm gần 8% xuất bản phẩm năm 2023

Năm 2023, cả nước xuất bản 5.870 xuất bản phẩm điện tử, tăng 21,4% so với năm 2022, chiếm gần 8% tổng số xuất bản phẩm, theo Cục Xuất bản, In và Phát hành. Doanh thu từ xuất bản điện tử ước đạt 132 tỷ đồng, bằng khoảng 3% doanh thu toàn ngành.

Trên nền tảng sách điện tử có nhiều người dùng nhất hiện nay, số tài khoản đăng ký đạt hơn 4,2 triệu, trong đó khoảng 1,1 triệu tài khoản trả phí với mức giá phổ biến từ 49.000 đến 99.000 đồng/tháng. Người dùng trong độ tuổi từ 18 đến 35 chiếm 64%.

Tại các thư viện công cộng, nhu cầu mượn sách điện tử cũng tăng mạnh. Thư viện Hà Nội cho biết năm 2023 ghi nhận 312.000 lượt mượn sách điện tử. Con số này gấp 3 lần năm 2021. Thư viện Khoa học Tổng hợp TP HCM hiện có khoảng 26.000 cuốn sách điện tử, phục vụ trung bình 1.500 lượt đọc mỗi ngày.

Hoạt động xuất bản điện tử hiện thực hiện theo Luật Xuất bản năm 2012 và Nghị định số 195/2013/NĐ-CP. Theo ông Nguyễn Văn Phúc, đại diện Cục Xuất bản, In và Phát hành, mục tiêu đến năm 2025 xuất bản phẩm điện tử chiếm 10-15% tổng số xuất bản phẩm; doanh thu xuất bản điện tử dự kiến đạt 200 tỷ đồng vào năm 2025.

Dịp Ngày Sách và Văn hóa đọc Việt Nam 21/4 năm nay, nhiều nền tảng giảm 50% phí thuê bao trong 7 ngày.

Minh Châu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("chiếm gần 8% xuất bản phẩm năm", "8", 8, "percent", "%", "tỷ trọng sách điện tử trong xuất bản phẩm",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("bản 5.870 xuất bản phẩm", "5.870", 5870, "count", "xuất bản phẩm điện tử", "xuất bản phẩm điện tử cả nước xuất bản",
      Y23, percent=8, change=CH("increase", 21.4, "%", "năm 2022")),
    F("ước đạt 132 tỷ đồng", "132", 132_000_000_000, "money", "đồng", "doanh thu từ xuất bản điện tử", I(Y23),
      percent=3, status="estimate"),
    F("hơn 4,2 triệu", "4,2", 4_200_000, "count", "tài khoản", "số tài khoản đăng ký trên nền tảng sách điện tử",
      approx="over"),
    F("khoảng 1,1 triệu", "1,1", 1_100_000, "count", "tài khoản", "tài khoản trả phí", approx="about", total=4_200_000),
    F("từ 49.000 đến 99.000 đồng", "49.000", 49000, "money", "đồng/tháng", "mức giá phổ biến của tài khoản trả phí",
      value_max=99000),
    F("từ 18 đến 35 chiếm", "18", 18, "measure", "tuổi", "độ tuổi người dùng", value_max=35, optional=True),
    F("chiếm 64%", "64", 64, "percent", "%", "tỷ lệ người dùng trong độ tuổi từ 18 đến 35"),
    F("ghi nhận 312.000 lượt", "312.000", 312000, "count", "lượt mượn", "lượt mượn sách điện tử Thư viện Hà Nội",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Hà Nội"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lượt mượn sách điện tử năm 2023 so với năm 2021", location="Hà Nội"),
    F("khoảng 26.000 cuốn", "26.000", 26000, "count", "cuốn sách điện tử",
      "sách điện tử Thư viện Khoa học Tổng hợp TP HCM hiện có", approx="about", location="TP Hồ Chí Minh"),
    F("trung bình 1.500 lượt", "1.500", 1500, "count", "lượt đọc", "lượt đọc sách điện tử trung bình mỗi ngày",
      location="TP Hồ Chí Minh"),
    F("chiếm 10-15%", "10", 10, "percent", "%", "tỷ trọng xuất bản phẩm điện tử trong tổng số xuất bản phẩm",
      P("đến năm 2025", None, "2025-12-31"), value_max=15, status="target"),
    F("đạt 200 tỷ đồng", "200", 200_000_000_000, "money", "đồng", "doanh thu xuất bản điện tử",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("giảm 50% phí", "50", 50, "percent", "%", "mức giảm phí thuê bao dịp Ngày Sách"),
    F("trong 7 ngày", "7", 7, "measure", "ngày", "thời gian giảm phí thuê bao", optional=True),
]

COMMENTS = [
    "National press, 'Thứ hai, 22/4/2024, 07:00 (GMT+7)', byline at the end: sách điện tử, xuất bản điện tử, thư viện cho mượn sách điện tử.",
    "Distractors: '(GMT+7)', 'Luật Xuất bản năm 2012', 'Nghị định số 195/2013/NĐ-CP', 'Ngày Sách … 21/4'.",
    "The headline 'chiếm gần 8%' is a percent figure; in the lead the same 8% is the second attribute of 5.870 (change 21,4% first, then share).",
    "'Con số này gấp 3 lần năm 2021.' stands alone as the claim: a multiple. 'ước đạt' → estimate; 'mục tiêu' → target; 'dự kiến' → forecast.",
    "Age range 'từ 18 đến 35' and the promotion length 'trong 7 ngày' are optional (qualifier / duration). '49.000 đến 99.000 đồng/tháng'",
    "is a money range with the rate in the unit. The platform is national (Việt Nam); library figures take Hà Nội / TP Hồ Chí Minh.",
    "revised after scoring: subject of 'giảm 50% phí' loses 'sách điện tử', which its sentence does not say.",
]

if __name__ == "__main__":
    emit("p643-6", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
