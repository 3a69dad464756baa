"""p627-4: Ministry of Health portal, national EPI vaccine allocation and coverage."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo Bộ
Ngày đăng: 28/03/2024 | Lượt xem: 3.072

Bộ Y tế phân bổ hơn 1,5 triệu liều vắc xin 5 trong 1 cho các địa phương

Chiều 27/3, tại trụ sở Bộ Y tế (138A Giảng Võ, Hà Nội), Thứ trưởng Nguyễn Thị Liên Hương chủ trì cuộc họp về công tác tiêm chủng mở rộng (TCMR). Theo Cục Y tế dự phòng, tính đến ngày 25/3/2024, Bộ đã phân bổ 1.557.400 liều vắc xin DPT-VGB-Hib do UNICEF hỗ trợ mua sắm cho 63/63 tỉnh, thành phố.

Năm 2023, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi trên toàn quốc chỉ đạt 81,9%, trong khi các năm trước luôn duy trì trên 95%. Tỷ lệ tiêm vắc xin DPT-VGB-Hib mũi 3 đạt 74,5%, vắc xin sởi mũi 1 đạt 88,2%. Các địa phương có tỷ lệ tiêm chủng đầy đủ dưới 70% gồm Hà Giang (62,4%), Điện Biên (65,8%) và Kon Tum (67,1%).

Trong quý I/2024, cả nước ghi nhận 1.027 ca sốt phát ban nghi sởi, 5 ca bạch hầu và 76 ca ho gà, tăng 41 ca so với cùng kỳ năm 2023; tỷ lệ mắc ho gà là 0,08 ca/100.000 dân.

Năm 2024, ngân sách trung ương bố trí 1.012 tỷ đồng để mua vắc xin TCMR, tăng 18% so với năm 2023. Dự kiến đến hết quý II/2024, Bộ Y tế sẽ cung ứng thêm khoảng 2,8 triệu liều vắc xin các loại, trong đó có 650.000 liều vắc xin sởi - rubella.

Thứ trưởng đề nghị các địa phương khẩn trương tiêm bù, tiêm vét cho trẻ bị lỡ mũi theo Công văn số 1226/BYT-DP; phấn đấu đến năm 2025 tỷ lệ tiêm chủng đầy đủ đạt trên 90% ở quy mô xã, phường.
"""

ASOF = P("tính đến ngày 25/3/2024", None, "2024-03-25")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
QII = P("đến hết quý II/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
IND = "tỷ lệ tiêm chủng đầy đủ"

FIGS = [
    F("hơn 1,5 triệu liều", "1,5", 1500000, "count", "liều", "liều vắc xin 5 trong 1 phân bổ cho các địa phương",
      I(ASOF), approx="over"),
    F("phân bổ 1.557.400 liều", "1.557.400", 1557400, "count", "liều",
      "liều vắc xin DPT-VGB-Hib do UNICEF hỗ trợ mua sắm được phân bổ", ASOF),
    F("cho 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được phân bổ vắc xin DPT-VGB-Hib",
      ASOF, total=63),
    AGE("cho trẻ dưới 1 tuổi trên toàn quốc", "1", 1, approx="under"),
    F("chỉ đạt 81,9%", "81,9", 81.9, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", Y23),
    F("duy trì trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi các năm trước",
      approx="over"),
    F("mũi 3 đạt 74,5%", "74,5", 74.5, "percent", "%", "Tỷ lệ tiêm vắc xin DPT-VGB-Hib mũi 3", I(Y23)),
    F("mũi 1 đạt 88,2%", "88,2", 88.2, "percent", "%", "tỷ lệ tiêm vắc xin sởi mũi 1", I(Y23)),
    F("dưới 70%", "70", 70, "percent", "%", "tỷ lệ tiêm chủng đầy đủ", approx="under", optional=True),
    F("Hà Giang (62,4%)", "62,4", 62.4, "percent", "%", IND, I(Y23), location="Hà Giang"),
    F("Điện Biên (65,8%)", "65,8", 65.8, "percent", "%", IND, I(Y23), location="Điện Biên"),
    F("Kon Tum (67,1%)", "67,1", 67.1, "percent", "%", IND, I(Y23), location="Kon Tum"),
    F("ghi nhận 1.027 ca", "1.027", 1027, "count", "ca", "ca sốt phát ban nghi sởi", Q1),
    F("5 ca bạch hầu", "5", 5, "count", "ca", "ca bạch hầu", Q1),
    F("76 ca ho gà", "76", 76, "count", "ca", "ca ho gà", Q1, change=CH("increase", 41, "ca", "cùng kỳ năm 2023")),
    F("là 0,08 ca/100.000 dân", "0,08", 0.08, "measure", "ca/100.000 dân", "tỷ lệ mắc ho gà", Q1),
    F("bố trí 1.012 tỷ đồng", "1.012", 1012000000000, "money", "đồng",
      "ngân sách trung ương bố trí để mua vắc xin TCMR", Y24, change=CH("increase", 18, "%", "năm 2023")),
    F("khoảng 2,8 triệu liều", "2,8", 2800000, "count", "liều", "liều vắc xin các loại Bộ Y tế cung ứng thêm", QII,
      approx="about", status="forecast"),
    F("có 650.000 liều", "650.000", 650000, "count", "liều", "liều vắc xin sởi - rubella cung ứng thêm", QII,
      total=2800000, status="forecast"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ tiêm chủng đầy đủ ở quy mô xã, phường", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế (ministry site): 'Ngày đăng: 28/03/2024 | Lượt xem: 3.072'. National figures → Việt Nam; provinces in the",
    "list after 'dưới 70% gồm' are locations (the list follows the national indicator, the items are provinces with their own rates).",
    "'dưới 70%' is a threshold naming the list (optional, like a size threshold); 'trên 95%' of 'các năm trước' is a stated fact (required, no period).",
    "'tăng 41 ca so với cùng kỳ' follows 76 ca ho gà: its change. 1.012 tỷ carries 'tăng 18%'. 650.000 liều after 'trong đó' → total 2,8 triệu;",
    "'Dự kiến' governs the sentence (forecast for both). Incidence 0,08 ca/100.000 dân is a rate measure (denominator in the unit).",
    "Not figures: '5 trong 1', '138A Giảng Võ', 'Công văn số 1226/BYT-DP', 'mũi 3', 'mũi 1', 'Chiều 27/3', visit counter.",
]

if __name__ == "__main__":
    emit("p627-4", TEXT, COMMENTS, FIGS, published="2024-03-28", location="Việt Nam")
