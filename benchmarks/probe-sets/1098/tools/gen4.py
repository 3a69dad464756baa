"""p1098-4: Cục Trồng trọt (Bộ NN&PTNT) ministry site, national grape sector 2023 and 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC TRỒNG TRỌT
Trang chủ > Tin hoạt động
Ngày đăng: 05/03/2024 | Lượt xem: 1.127

Phát triển cây nho theo hướng hàng hóa, gắn với chế biến và du lịch

Ngày 4/3/2024, tại TP Phan Rang - Tháp Chàm, Cục Trồng trọt phối hợp với UBND tỉnh Ninh Thuận tổ chức Hội thảo phát triển cây nho bền vững lần thứ 2.

Theo Cục Trồng trọt, năm 2023 diện tích nho cả nước đạt 1.780 ha, tăng 4,1% so với năm 2022; sản lượng ước đạt khoảng 41.500 tấn. Các địa phương có diện tích lớn nhất lần lượt là Ninh Thuận (1.040 ha), Sơn La (252 ha) và Bình Thuận (118 ha). Riêng Ninh Thuận chiếm 58,4% diện tích nho cả nước. Năng suất bình quân đạt 23,3 tấn/ha, cao gấp 1,4 lần so với năm 2015.

Đến nay, cả nước có 16 giống nho được công nhận lưu hành, trong đó 9 giống nho ăn tươi và 7 giống nho làm rượu vang. Sản lượng rượu vang nho sản xuất trong nước đạt khoảng 2,3 triệu lít/năm.

Năm 2023, Việt Nam nhập khẩu khoảng 95.000 tấn nho tươi, trị giá 212 triệu USD, chủ yếu từ Mỹ, Australia và Trung Quốc; xuất khẩu nho tươi và nho sấy mới đạt hơn 1.350 tấn. Tháng 12/2023, Ninh Thuận xuất khẩu lô nho sấy đầu tiên gồm 2,5 tấn sang Nhật Bản. Cũng trong năm, các vườn nho du lịch của tỉnh đón trên 170.000 lượt khách.

Mục tiêu đến năm 2030, diện tích nho cả nước đạt khoảng 3.000 ha, trong đó diện tích áp dụng VietGAP chiếm tối thiểu 40%; giá trị sản xuất bình quân trên 500 triệu đồng/ha. Cục đề nghị các địa phương thực hiện liên kết sản xuất theo Nghị định số 98/2018/NĐ-CP, ưu tiên các vùng trồng nho tập trung từ 20 ha trở lên.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-03-05")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
D12 = P("Tháng 12/2023", "2023-12-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    F("đạt 1.780 ha", "1.780", 1780, "measure", "ha", "diện tích nho cả nước", Y23,
      change=C("increase", 4.1, "%", "năm 2022")),
    F("khoảng 41.500 tấn", "41.500", 41500, "measure", "tấn", "sản lượng nho", Y23, approx="about",
      status="estimate"),
    F("Ninh Thuận (1.040 ha)", "1.040", 1040, "measure", "ha", "diện tích nho", Y23, location="Ninh Thuận"),
    F("Sơn La (252 ha)", "252", 252, "measure", "ha", "diện tích nho", Y23, location="Sơn La"),
    F("Bình Thuận (118 ha)", "118", 118, "measure", "ha", "diện tích nho", Y23, location="Bình Thuận"),
    F("chiếm 58,4%", "58,4", 58.4, "percent", "%", "tỷ trọng diện tích nho cả nước",
      I(Y23), location="Ninh Thuận"),
    F("23,3 tấn/ha", "23,3", 23.3, "measure", "tấn/ha", "năng suất nho bình quân", I(Y23),
      change=C("increase", 1.4, "lần", "năm 2015")),
    F("có 16 giống", "16", 16, "count", "giống nho", "giống nho được công nhận lưu hành", NOW),
    F("9 giống", "9", 9, "count", "giống nho", "giống nho ăn tươi", NOW, total=16),
    F("7 giống", "7", 7, "count", "giống nho", "giống nho làm rượu vang", NOW, total=16),
    F("khoảng 2,3 triệu", "2,3", 2.3e6, "measure", "lít/năm", "sản lượng rượu vang nho sản xuất trong nước",
      approx="about"),
    F("khoảng 95.000 tấn", "95.000", 95000, "measure", "tấn", "nho tươi nhập khẩu", Y23b, approx="about"),
    F("212 triệu USD", "212", 212e6, "money", "USD", "trị giá nhập khẩu nho tươi", Y23b),
    F("hơn 1.350 tấn", "1.350", 1350, "measure", "tấn", "xuất khẩu nho tươi và nho sấy", Y23b, approx="over"),
    F("gồm 2,5 tấn", "2,5", 2.5, "measure", "tấn", "lô nho sấy xuất khẩu đầu tiên sang Nhật Bản", D12,
      location="Ninh Thuận"),
    F("trên 170.000 lượt khách", "170.000", 170000, "count", "lượt khách", "lượt khách đến các vườn nho du lịch",
      P("Cũng trong năm", "2023-01-01", "2023-12-31"), approx="over", location="Ninh Thuận"),
    F("khoảng 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích nho cả nước", T30, approx="about",
      status="target"),
    F("tối thiểu 40%", "40", 40, "percent", "%", "diện tích nho áp dụng VietGAP", T30, approx="at_least",
      status="target"),
    F("trên 500 triệu", "500", 500e6, "money", "đồng/ha", "giá trị sản xuất bình quân", T30, approx="over",
      status="target"),
    F("từ 20 ha trở lên", "20", 20, "measure", "ha", "quy mô vùng trồng nho tập trung được ưu tiên",
      optional=True),
]

NOTES = [
    "Ministry site (Cục Trồng trọt), 'Ngày đăng: 05/03/2024 | Lượt xem: 1.127'. National figures -> Việt Nam;",
    "the ranking list 'lần lượt là Ninh Thuận (1.040 ha), ...' gives each item its province as location and no total (does not add up).",
    "'Riêng Ninh Thuận chiếm 58,4% ...' is its own sentence: a percent figure located in Ninh Thuận.",
    "'cao gấp 1,4 lần so với năm 2015' after the yield is read as its change (increase, 1,4 lần, baseline năm 2015).",
    "Trade partners (Mỹ, Australia, Trung Quốc, Nhật Bản) are not locations. 'Cũng trong năm' = 2023 (the year of the sentence before).",
    "Distractors: 'Ngày 4/3/2024', 'lần thứ 2', Nghị định số 98/2018/NĐ-CP, 'Số 2 Ngọc Hà', phone 024.3823.4651, Lượt xem.",
    "'từ 20 ha trở lên' is a category threshold: optional.",
]

write("p1098-4", TEXT, NOTES, FIGS, published="2024-03-05", location=VN)
