"""p938-4: Bộ NN&PTNT (Cục Trồng trọt) site — national strawberry area, provinces, seedlings imports, targets 2030."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Phát triển dâu tây theo hướng công nghệ cao, gắn với du lịch

Ngày đăng: 26/11/2024 | Lượt xem: 1.204

Theo Cục Trồng trọt, năm 2024 diện tích dâu tây cả nước ước đạt khoảng 1.180 ha, tăng gần 20% so với năm 2021; sản lượng ước đạt 24.500 tấn. Các địa phương có diện tích lớn lần lượt là Lâm Đồng (438 ha), Sơn La (95 ha), Lào Cai (90 ha) và Hà Nội (54 ha).

Hiện khoảng 70% diện tích dâu tây trồng giống nhập khẩu từ Mỹ, New Zealand, Hàn Quốc và Nhật Bản. Năm 2024, các doanh nghiệp nhập khẩu 1,8 triệu cây giống dâu tây nuôi cấy mô, trị giá khoảng 2,3 triệu USD, chủ yếu từ Hàn Quốc.

Mô hình trồng dâu trong nhà màng, tưới nhỏ giọt cho năng suất 30-35 tấn/ha, cao hơn khoảng 45% so với trồng ngoài đồng; lợi nhuận bình quân 600-800 triệu đồng/ha/năm. Cả nước có trên 150 vườn dâu tây kết hợp du lịch trải nghiệm tại 9 tỉnh, thành phố, thu hút mỗi năm gần 2 triệu lượt khách.

Theo Chiến lược phát triển trồng trọt đến năm 2030, tầm nhìn đến năm 2050 (Quyết định số 1748/QĐ-TTg), Cục đặt mục tiêu đến năm 2030 diện tích dâu tây cả nước đạt 2.000 ha, trong đó 80% trồng trong nhà màng, nhà kính; hình thành 3 vùng sản xuất tập trung tại Tây Nguyên, Tây Bắc và Đồng bằng sông Hồng.

Tại Hội nghị lần thứ 2 về phát triển cây ăn quả ôn đới, đại diện Cục cho biết sẽ ban hành quy trình kỹ thuật trồng dâu tây trên giá thể trong quý I/2025.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
E30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích dâu tây"

FIGS = [
    F("khoảng 1.180 ha", "1.180", 1180, "measure", "ha", "diện tích dâu tây cả nước", Y24, approx="about",
      status="estimate", change=C("increase", 20, "%", "năm 2021", approx="nearly")),
    F("ước đạt 24.500 tấn", "24.500", 24500, "measure", "tấn", "sản lượng dâu tây", Y24, status="estimate"),
    F("Lâm Đồng (438 ha)", "438", 438, "measure", "ha", AREA, I(Y24), location="Lâm Đồng"),
    F("Sơn La (95 ha)", "95", 95, "measure", "ha", AREA, I(Y24), location="Sơn La"),
    F("Lào Cai (90 ha)", "90", 90, "measure", "ha", AREA, I(Y24), location="Lào Cai"),
    F("Hà Nội (54 ha)", "54", 54, "measure", "ha", AREA, I(Y24), location="Hà Nội"),
    F("khoảng 70% diện tích", "70", 70, "percent", "%", "tỷ lệ diện tích dâu tây trồng giống nhập khẩu",
      approx="about"),
    F("1,8 triệu cây giống", "1,8", 1.8e6, "count", "cây giống", "cây giống dâu tây nuôi cấy mô nhập khẩu", Y24b),
    F("khoảng 2,3 triệu USD", "2,3", 2.3e6, "money", "USD", "trị giá cây giống dâu tây nhập khẩu", Y24b,
      approx="about"),
    F("30-35 tấn/ha", "30", 30, "measure", "tấn/ha", "năng suất dâu trồng trong nhà màng, tưới nhỏ giọt",
      value_max=35, change=C("increase", 45, "%", "trồng ngoài đồng", approx="about")),
    F("600-800 triệu đồng/ha/năm", "600", 600e6, "money", "đồng/ha/năm", "lợi nhuận bình quân mô hình trồng dâu trong nhà màng",
      value_max=800e6),
    F("trên 150 vườn", "150", 150, "count", "vườn", "vườn dâu tây kết hợp du lịch trải nghiệm", approx="over"),
    F("9 tỉnh, thành phố", "9", 9, "count", "tỉnh, thành phố", "tỉnh, thành phố có vườn dâu tây kết hợp du lịch"),
    F("gần 2 triệu lượt khách", "2", 2e6, "count", "lượt khách", "lượt khách đến vườn dâu mỗi năm", approx="nearly"),
    F("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích dâu tây cả nước", E30, status="target"),
    F("80% trồng", "80", 80, "percent", "%", "tỷ lệ diện tích dâu tây trồng trong nhà màng, nhà kính", E30,
      status="target"),
    F("hình thành 3 vùng", "3", 3, "count", "vùng", "vùng sản xuất dâu tây tập trung", E30, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt), 'Ngày đăng: 26/11/2024 | Lượt xem: 1.204'. National figures -> Việt Nam.",
    "Ranking list 'lần lượt là Lâm Đồng (438 ha), …' shares the indicator 'diện tích dâu tây'; provinces are locations; no total",
    "(the list does not add up to 1.180). It stands in a new sentence after 'ước đạt', so its status is actual and its period inherited.",
    "Import partners (Hàn Quốc, …) are not places of the figures. '80%' after 'trong đó' is a share of the 2.000 ha target: its own",
    "percent figure (status target). 'cao hơn khoảng 45% so với trồng ngoài đồng' is the change of the yield range.",
    "Distractors: Quyết định số 1748/QĐ-TTg, đến năm 2030/2050 in the strategy title, Hội nghị lần thứ 2, quý I/2025, address, phone, Lượt xem.",
]

if __name__ == "__main__":
    emit("p938-4", TEXT, NOTES, FIGS, published="2024-11-26", location="Việt Nam")
