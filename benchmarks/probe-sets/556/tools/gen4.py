"""p556-4: ministry site (Bộ NN&PTNT), national disaster toll in 9 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phòng, chống thiên tai

Thiên tai 9 tháng năm 2024 làm 526 người chết và mất tích

Ngày đăng: 08/10/2024 | Lượt xem: 1.274

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, 9 tháng năm 2024 cả nước xảy ra 1.138 trận thiên tai thuộc 18/22 loại hình, trong đó có 6 cơn bão, 2 áp thấp nhiệt đới, 186 trận lũ quét, sạt lở đất và 247 trận dông, lốc, sét, mưa đá.

Thiên tai đã làm 526 người chết và mất tích (tăng 3,4 lần so với cùng kỳ năm 2023), 1.981 người bị thương; hơn 237.000 nhà bị sập, hư hỏng; khoảng 291.000 ha lúa, hoa màu bị ngập, thiệt hại. Tổng thiệt hại kinh tế ước 88.740 tỷ đồng, gấp gần 10 lần cùng kỳ năm 2023.

Riêng bão số 3 (Yagi), cơn bão mạnh nhất trên Biển Đông trong 30 năm qua, chiếm khoảng 92% tổng thiệt hại kinh tế. Các địa phương có số người chết và mất tích lớn nhất là Lào Cai (178 người), Cao Bằng (57 người), Yên Bái (68 người) và Quảng Ninh (38 người).

Về nguồn lực, Trung ương đã hỗ trợ các địa phương 2.800 tỷ đồng từ dự phòng ngân sách và xuất cấp 23.500 tấn gạo dự trữ quốc gia. Quỹ Phòng, chống thiên tai Trung ương tiếp nhận 41,6 tỷ đồng; quỹ của các địa phương thu được 1.512 tỷ đồng, đạt 76,3% kế hoạch năm.

Theo Chiến lược quốc gia phòng, chống thiên tai, phấn đấu đến năm 2030 giảm 50% thiệt hại về người do thiên tai so với giai đoạn 2011-2020; thiệt hại kinh tế không vượt quá 1,2% GDP.

Cục Quản lý đê điều và Phòng, chống thiên tai - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5686
"""

NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
INH = I(NINE)
TGT = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("2024 làm 526 người", "526", 526, "count", "người", "người chết và mất tích do thiên tai", NINE),
    F("xảy ra 1.138 trận", "1.138", 1138, "count", "trận", "trận thiên tai", NINE),
    F("thuộc 18/22 loại hình", "18", 18, "count", "loại hình", "loại hình thiên tai xảy ra", NINE, total=22),
    F("có 6 cơn bão", "6", 6, "count", "cơn bão", "cơn bão", NINE, total=1138),
    F("2 áp thấp nhiệt đới", "2", 2, "count", "áp thấp nhiệt đới", "áp thấp nhiệt đới", NINE, total=1138),
    F("186 trận lũ quét", "186", 186, "count", "trận", "trận lũ quét, sạt lở đất", NINE, total=1138),
    F("247 trận dông", "247", 247, "count", "trận", "trận dông, lốc, sét, mưa đá", NINE, total=1138),
    F("Thiên tai đã làm 526", "526", 526, "count", "người", "người chết và mất tích do thiên tai", INH,
      change=CH("increase", 3.4, "lần", "cùng kỳ năm 2023")),
    F("1.981 người", "1.981", 1981, "count", "người", "người bị thương", INH),
    F("hơn 237.000 nhà", "237.000", 237000, "count", "nhà", "nhà bị sập, hư hỏng", INH, approx="over"),
    F("khoảng 291.000 ha", "291.000", 291000, "measure", "ha", "lúa, hoa màu bị ngập, thiệt hại", INH, approx="about"),
    F("ước 88.740 tỷ đồng", "88.740", 88740e9, "money", "đồng", "tổng thiệt hại kinh tế", INH,
      change=CH("increase", 10, "lần", "cùng kỳ năm 2023", approx="nearly"), status="estimate"),
    F("khoảng 92%", "92", 92, "percent", "%", "thiệt hại kinh tế do bão số 3 (Yagi) trong tổng thiệt hại kinh tế", INH,
      approx="about"),
    F("Lào Cai (178 người)", "178", 178, "count", "người", "người chết và mất tích", INH, location="Lào Cai"),
    F("Cao Bằng (57 người)", "57", 57, "count", "người", "người chết và mất tích", INH, location="Cao Bằng"),
    F("Yên Bái (68 người)", "68", 68, "count", "người", "người chết và mất tích", INH, location="Yên Bái"),
    F("Quảng Ninh (38 người)", "38", 38, "count", "người", "người chết và mất tích", INH, location="Quảng Ninh"),
    F("địa phương 2.800 tỷ đồng", "2.800", 2800e9, "money", "đồng", "kinh phí Trung ương hỗ trợ các địa phương từ dự phòng ngân sách", INH),
    F("23.500 tấn gạo", "23.500", 23500, "measure", "tấn", "gạo dự trữ quốc gia xuất cấp", INH),
    F("tiếp nhận 41,6 tỷ đồng", "41,6", 41.6e9, "money", "đồng", "Quỹ Phòng, chống thiên tai Trung ương tiếp nhận", INH),
    F("thu được 1.512 tỷ đồng", "1.512", 1512e9, "money", "đồng", "quỹ phòng, chống thiên tai của các địa phương thu được", INH,
      percent=76.3),
    F("giảm 50% thiệt hại", "50", 50, "percent", "%", "giảm thiệt hại về người do thiên tai so với giai đoạn 2011-2020",
      TGT, status="target"),
    F("không vượt quá 1,2% GDP", "1,2", 1.2, "percent", "%", "thiệt hại kinh tế do thiên tai so với GDP", TGT,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 08/10/2024 | Lượt xem: 1.274': national disaster toll 9 tháng năm 2024.",
    "Not figures: Lượt xem 1.274, bão số 3, 'trong 30 năm qua' (a duration), giai đoạn 2011-2020 (baseline period), Số 2 Ngọc Hà,",
    "phone 024.3733.5686. Location Việt Nam; provinces in the bracketed list are locations.",
    "'trong đó có 6 cơn bão, ...' follows 1.138 trận (the same thing counted), not 18/22 loại hình, so the parts' total is 1138.",
    "'(tăng 3,4 lần so với cùng kỳ năm 2023)' and 'gấp gần 10 lần cùng kỳ năm 2023' are the changes of their figures.",
    "'khoảng 92%' stands alone (no host figure in its clause): a percent figure. Targets to 2030: 'giảm 50%' is a percent figure",
    "without change; 'không vượt quá 1,2% GDP' at_most. Sentences without a period phrase inherit '9 tháng năm 2024'.",
]

if __name__ == "__main__":
    emit("p556-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
