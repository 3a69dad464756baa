"""p860-1: province portal (Vĩnh Phúc), cá Koi / cá cảnh, H1/2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Cổng thông tin điện tử tỉnh Vĩnh Phúc
Trang chủ > Tin tức - Sự kiện > Kinh tế
Vĩnh Phúc: Nuôi cá Koi mang lại thu nhập cao cho nông dân
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Những năm gần đây, nuôi cá cảnh, nhất là cá Koi, đã trở thành hướng đi mới trong chuyển đổi cơ cấu nuôi trồng thủy sản của tỉnh. Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 146 hộ và 9 doanh nghiệp, hợp tác xã nuôi cá cảnh với tổng diện tích khoảng 62 ha, tăng 8,5 ha so với cuối năm 2023. Trong đó, diện tích nuôi cá Koi là 41 ha, chiếm 66,1%.

6 tháng đầu năm, sản lượng cá cảnh xuất bán ước đạt 3,8 triệu con, tăng 12,4% so với cùng kỳ, đạt 54,3% kế hoạch năm. Các địa phương có diện tích nuôi lớn là huyện Tam Dương (18,5 ha), huyện Yên Lạc (14 ha) và thành phố Vĩnh Yên (11,2 ha). Giá cá Koi thương phẩm loại 15-20 cm dao động từ 80.000 đến 150.000 đồng/con; cá Koi nhập khẩu từ Nhật Bản có giá trên 5 triệu đồng/con.

Ông Nguyễn Văn Hai, chủ trang trại ở xã Hợp Thịnh (huyện Tam Dương), cho biết: với 2,5 ha ao nuôi, mỗi năm trang trại xuất bán khoảng 200.000 con cá Koi, doanh thu gần 3 tỷ đồng. Tính trên cùng diện tích, lợi nhuận nuôi cá Koi gấp 4 lần trồng lúa. Trang trại tạo việc làm thường xuyên cho 12 lao động với thu nhập bình quân 7,5 triệu đồng/người/tháng.

Thực hiện Kế hoạch số 125/KH-UBND ngày 15/3/2023 của UBND tỉnh, mục tiêu đến năm 2025 diện tích nuôi cá cảnh toàn tỉnh đạt 80 ha, giá trị sản xuất đạt 120 tỷ đồng. Trong 6 tháng cuối năm 2024, tỉnh tổ chức Hội thi cá Koi Vĩnh Phúc lần thứ 3 và dự kiến hỗ trợ 1,2 tỷ đồng cho các hộ xây dựng mô hình nuôi cá cảnh theo hướng VietGAP.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
FARM = "Tam Dương"

FIGS = [
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ nuôi cá cảnh", ASOF),
    F("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã nuôi cá cảnh", ASOF),
    F("khoảng 62 ha", "62", 62, "measure", "ha", "tổng diện tích nuôi cá cảnh", ASOF, approx="about",
      change=C("increase", 8.5, "ha", "cuối năm 2023")),
    F("là 41 ha", "41", 41, "measure", "ha", "diện tích nuôi cá Koi", I(ASOF), total=62, percent=66.1),
    F("ước đạt 3,8 triệu con", "3,8", 3_800_000, "count", "con", "sản lượng cá cảnh xuất bán", H1,
      change=C("increase", 12.4, "%", "cùng kỳ"), percent=54.3, status="estimate"),
    F("(18,5 ha)", "18,5", 18.5, "measure", "ha", "diện tích nuôi cá cảnh", location="Tam Dương"),
    F("(14 ha)", "14", 14, "measure", "ha", "diện tích nuôi cá cảnh", location="Yên Lạc"),
    F("(11,2 ha)", "11,2", 11.2, "measure", "ha", "diện tích nuôi cá cảnh", location="Vĩnh Yên"),
    F("loại 15-20 cm", "15", 15, "measure", "cm", "kích cỡ cá Koi thương phẩm", value_max=20, optional=True),
    F("từ 80.000 đến 150.000 đồng/con", "80.000", 80000, "money", "đồng/con", "giá cá Koi thương phẩm",
      value_max=150000),
    F("trên 5 triệu đồng/con", "5", 5_000_000, "money", "đồng/con", "giá cá Koi nhập khẩu từ Nhật Bản", approx="over"),
    F("2,5 ha ao nuôi", "2,5", 2.5, "measure", "ha", "diện tích ao nuôi của trang trại", location=FARM),
    F("khoảng 200.000 con", "200.000", 200000, "count", "con", "cá Koi trang trại xuất bán mỗi năm",
      approx="about", location=FARM),
    F("gần 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "doanh thu của trang trại", approx="nearly", location=FARM),
    F("gấp 4 lần", "4", 4, "multiple", "lần", "lợi nhuận nuôi cá Koi so với trồng lúa", location=FARM),
    F("cho 12 lao động", "12", 12, "count", "lao động", "lao động có việc làm thường xuyên tại trang trại", location=FARM),
    F("7,5 triệu đồng/người/tháng", "7,5", 7_500_000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      location=FARM),
    F("đạt 80 ha", "80", 80, "measure", "ha", "diện tích nuôi cá cảnh toàn tỉnh", T25, status="target"),
    F("đạt 120 tỷ đồng", "120", 120_000_000_000, "money", "đồng", "giá trị sản xuất cá cảnh", T25, status="target"),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng",
      "kinh phí hỗ trợ các hộ xây dựng mô hình nuôi cá cảnh theo hướng VietGAP",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Province portal (Vĩnh Phúc): ornamental fish / Koi, as of 30/6/2024 and H1/2024. Hand-made gold for probe set 860.",
    "Not figures: 'Cập nhật: 18/07/2024 09:45', 'Lượt xem: 2.317', 'Kế hoạch số 125/KH-UBND ngày 15/3/2023',",
    "'Hội thi ... lần thứ 3' (ordinal), the name 'Nguyễn Văn Hai'. Size class 'loại 15-20 cm' is optional.",
    "Year-less '6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024'. The farm's figures are located in its district Tam Dương.",
]

write_set("p860-1", TEXT, FIGS, COMMENTS, published="2024-07-18", location="Vĩnh Phúc")
