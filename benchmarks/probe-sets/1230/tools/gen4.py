"""p1230-4: ministry site (Bộ NN&PTNT), national areca area, exports and growing-area codes, May 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Phát triển cây cau bền vững, gắn với mã số vùng trồng

Ngày đăng: 28/05/2024 | Lượt xem: 1.027

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 33.600 ha cau, sản lượng đạt hơn 185.000 tấn quả tươi. Cây cau tập trung ở duyên hải Nam Trung Bộ, Bắc Trung Bộ và Đồng bằng sông Cửu Long; các tỉnh có diện tích lớn nhất lần lượt là Quảng Ngãi (5.386 ha), Thanh Hóa (4.126 ha) và Khánh Hòa (3.050 ha).

Cau khô là mặt hàng xuất khẩu chủ lực sang Trung Quốc. Năm 2023, kim ngạch xuất khẩu cau đạt 86,4 triệu USD, giảm 31,5% so với năm 2022 do thị trường nhập khẩu siết chặt kiểm dịch. Giá cau khô xuất khẩu bình quân khoảng 2.150 USD/tấn. Trong 4 tháng đầu năm 2024, kim ngạch ước đạt 29 triệu USD, tăng 12% so với cùng kỳ.

Tính đến ngày 15/5/2024, Cục Bảo vệ thực vật đã cấp 126 mã số vùng trồng cau với tổng diện tích 4.850 ha tại 9 tỉnh, thành phố, trong đó 41 mã số đủ điều kiện xuất khẩu sang thị trường Trung Quốc. Việt Nam hiện đứng thứ 6 thế giới về sản lượng cau.

Theo Đề án phát triển cây cau giai đoạn 2024-2030, đến năm 2030 cả nước phấn đấu ổn định diện tích khoảng 35.000 ha, tỷ lệ diện tích được cấp mã số vùng trồng đạt trên 40%. Bộ đề nghị các địa phương không mở rộng diện tích ồ ạt, nhất là ở vùng đất dốc trên 25 độ.

Cổng Thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.38468161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23B = P("Năm 2023", "2023-01-01", "2023-12-31")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
ASOF = P("Tính đến ngày 15/5/2024", None, "2024-05-15")
TO30 = P("đến năm 2030", None, "2030-12-31")
CODE = "mã số vùng trồng cau được cấp"

FIGS = [
    F("khoảng 33.600 ha", "33.600", 33600, "measure", "ha", approx="about", subject="diện tích cau", period=Y23),
    F("hơn 185.000 tấn", "185.000", 185000, "measure", "tấn", approx="over", subject="sản lượng cau quả tươi",
      period=Y23),
    F("Quảng Ngãi (5.386 ha)", "5.386", 5386, "measure", "ha", subject="diện tích cau", location="Quảng Ngãi",
      period=I(Y23)),
    F("Thanh Hóa (4.126 ha)", "4.126", 4126, "measure", "ha", subject="diện tích cau", location="Thanh Hóa",
      period=I(Y23)),
    F("Khánh Hòa (3.050 ha)", "3.050", 3050, "measure", "ha", subject="diện tích cau", location="Khánh Hòa",
      period=I(Y23)),
    F("đạt 86,4 triệu USD", "86,4", 86400000, "money", "USD", change=C("decrease", 31.5, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu cau", period=Y23B),
    F("khoảng 2.150 USD/tấn", "2.150", 2150, "money", "USD/tấn", approx="about",
      subject="giá cau khô xuất khẩu bình quân", period=I(Y23B)),
    F("ước đạt 29 triệu USD", "29", 29000000, "money", "USD", status="estimate",
      change=C("increase", 12, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu cau", period=M4),
    F("cấp 126 mã số", "126", 126, "count", "mã số vùng trồng", subject=CODE, period=ASOF),
    F("diện tích 4.850 ha", "4.850", 4850, "measure", "ha", subject="diện tích các mã số vùng trồng cau được cấp",
      period=ASOF),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được cấp mã số vùng trồng cau",
      period=ASOF),
    F("trong đó 41 mã số", "41", 41, "count", "mã số", total=126,
      subject="mã số vùng trồng cau đủ điều kiện xuất khẩu sang thị trường Trung Quốc", period=ASOF),
    F("đứng thứ 6", "6", 6, "rank", "hạng", subject="xếp hạng thế giới về sản lượng cau"),
    F("khoảng 35.000 ha", "35.000", 35000, "measure", "ha", approx="about", status="target",
      subject="diện tích cau", period=TO30),
    F("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
      subject="tỷ lệ diện tích được cấp mã số vùng trồng", period=TO30),
    F("dốc trên 25 độ", "25", 25, "measure", "độ", approx="over", optional=True, subject="độ dốc vùng đất"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national areca figures, 'Ngày đăng: 28/05/2024 | Lượt xem: 1.027'; default location Việt Nam.",
    "'lần lượt là Quảng Ngãi (5.386 ha), …' is a list sharing the indicator 'diện tích cau': provinces are locations.",
    "'trong đó 41 mã số' → total 126 (same thing, same as-of date). '4.850 ha' and '9 tỉnh' are figures of their own.",
    "'đứng thứ 6 thế giới' → rank. 'vùng đất dốc trên 25 độ' is a threshold in advice (optional).",
    "Distractors: 'giai đoạn 2024-2030' (period of a named scheme), address 'Số 2 Ngọc Hà', phone, view counter, dateline.",
    "'Trong 4 tháng đầu năm 2024 … ước đạt' → estimate; 'đến năm 2030 … phấn đấu' → target (both clauses).",
]

if __name__ == "__main__":
    write("p1230-4", TEXT, NOTES, FIGS, published="2024-05-28", location="Việt Nam")
