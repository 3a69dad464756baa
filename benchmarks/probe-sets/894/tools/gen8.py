"""p894-8: provincial newspaper online (Báo Khánh Hòa), headline figure, (BKH) tag, maintenance funds not handed over."""
from lib import F, P, I, C, T, write

TEXT = """BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Đô thị

Gần 97 tỷ đồng kinh phí bảo trì chung cư chưa được bàn giao
Cập nhật lúc 16:05, Thứ ba, 10/06/2025

(BKH) - Theo Sở Xây dựng, đến cuối tháng 5/2025, trên địa bàn tỉnh có 58 dự án nhà chung cư đã đưa vào sử dụng (TP. Nha Trang 51 dự án, TP. Cam Ranh 5 dự án, thị xã Ninh Hòa 2 dự án) với tổng cộng 21.350 căn hộ, trong đó có 6.820 căn hộ du lịch (condotel).

Trong 58 dự án này, có 24 dự án chủ đầu tư chưa bàn giao hoặc mới bàn giao một phần kinh phí bảo trì, với tổng số tiền gần 97 tỷ đồng. Đáng chú ý, 3 dự án ở Nha Trang có số tiền chưa bàn giao lớn nhất, lần lượt là 21,4 tỷ đồng, 15,8 tỷ đồng và 12,3 tỷ đồng.

Từ đầu năm đến nay, Sở Xây dựng đã ban hành 9 văn bản đôn đốc; UBND tỉnh ban hành 2 quyết định cưỡng chế bàn giao kinh phí bảo trì với số tiền 18,6 tỷ đồng. Nhờ đó, 7 dự án đã hoàn thành bàn giao với số tiền khoảng 26,5 tỷ đồng, gấp 1,8 lần cả năm 2024.

Về an toàn cháy nổ, 5 tháng đầu năm 2025, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã kiểm tra 73 lượt nhà chung cư, phát hiện 126 thiếu sót, xử phạt 15 trường hợp với số tiền hơn 420 triệu đồng, tăng 18,5% so với cùng kỳ năm 2024. Nhiều tòa nhà tại các khu chung cư CT1, CT2 Vĩnh Điềm Trung và dọc đường Trần Phú chưa duy trì hệ thống chữa cháy.

Sở Xây dựng phấn đấu đến hết năm 2025 bàn giao thêm ít nhất 50 tỷ đồng kinh phí bảo trì, đưa tỷ lệ dự án hoàn thành bàn giao lên trên 80%.

Đường dây nóng Sở Xây dựng: 0258.3822.104
"""

MAY = P("đến cuối tháng 5/2025", end="2025-05-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-10")
M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
T25 = P("đến hết năm 2025", end="2025-12-31")
FUND = "kinh phí bảo trì chưa bàn giao"

FIGS = [
    F("Gần 97 tỷ đồng", "97", 97e9, "money", "đồng", "kinh phí bảo trì chung cư chưa được bàn giao", approx="nearly"),
    F("có 58 dự án", "58", 58, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", MAY),
    F("Nha Trang 51 dự án", "51", 51, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", MAY, total=58,
      location="Nha Trang"),
    F("Cam Ranh 5 dự án", "5", 5, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", MAY, total=58,
      location="Cam Ranh"),
    F("Ninh Hòa 2 dự án", "2", 2, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", MAY, total=58,
      location="Ninh Hòa"),
    F("tổng cộng 21.350 căn hộ", "21.350", 21350, "count", "căn hộ", "căn hộ chung cư", MAY),
    F("có 6.820 căn hộ", "6.820", 6820, "count", "căn hộ", "căn hộ du lịch (condotel)", MAY, total=21350),
    F("Trong 58 dự án", "58", 58, "count", "dự án", "dự án nhà chung cư đã đưa vào sử dụng", optional=True),
    F("có 24 dự án", "24", 24, "count", "dự án", "dự án chưa bàn giao hoặc mới bàn giao một phần kinh phí bảo trì",
      I(MAY), total=58),
    F("tiền gần 97 tỷ", "97", 97e9, "money", "đồng", FUND, I(MAY), approx="nearly"),
    F("3 dự án ở", "3", 3, "count", "dự án", "dự án có số tiền chưa bàn giao lớn nhất", I(MAY), location="Nha Trang"),
    F("là 21,4 tỷ", "21,4", 21.4e9, "money", "đồng", FUND, I(MAY), location="Nha Trang"),
    F("15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", FUND, I(MAY), location="Nha Trang"),
    F("12,3 tỷ đồng", "12,3", 12.3e9, "money", "đồng", FUND, I(MAY), location="Nha Trang"),
    F("hành 9 văn bản", "9", 9, "count", "văn bản", "văn bản đôn đốc", YTD),
    F("hành 2 quyết định", "2", 2, "count", "quyết định", "quyết định cưỡng chế bàn giao kinh phí bảo trì", YTD),
    F("số tiền 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", "kinh phí bảo trì bị cưỡng chế bàn giao", YTD),
    F("7 dự án đã", "7", 7, "count", "dự án", "dự án đã hoàn thành bàn giao kinh phí bảo trì", I(YTD)),
    F("khoảng 26,5 tỷ", "26,5", 26.5e9, "money", "đồng", "kinh phí bảo trì đã hoàn thành bàn giao", I(YTD),
      approx="about", change=C("increase", 1.8, "lần", "cả năm 2024")),
    F("kiểm tra 73 lượt", "73", 73, "count", "lượt", "lượt kiểm tra PCCC nhà chung cư", M5),
    F("phát hiện 126 thiếu sót", "126", 126, "count", "thiếu sót", "thiếu sót về PCCC được phát hiện", M5),
    F("xử phạt 15 trường hợp", "15", 15, "count", "trường hợp", "trường hợp bị xử phạt về PCCC", M5),
    F("hơn 420 triệu đồng", "420", 420e6, "money", "đồng", "tiền xử phạt vi phạm PCCC", M5, approx="over",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2024")),
    F("ít nhất 50 tỷ đồng", "50", 50e9, "money", "đồng", "kinh phí bảo trì bàn giao thêm", T25, approx="at_least",
      status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ dự án hoàn thành bàn giao kinh phí bảo trì", T25, approx="over",
      status="target"),
]

write("p894-8", TEXT, FIGS, published="2025-06-10", location="Khánh Hòa", notes=[
    "Provincial newspaper online (Báo Khánh Hòa): headline figure, 'Cập nhật lúc 16:05, Thứ ba, 10/06/2025', '(BKH) -' tag.",
    "Bracketed district breakdown 51+5+2 = 58 -> total 58 and own locations. 'Trong 58 dự án này' repeats the whole: optional.",
    "'lần lượt là 21,4 / 15,8 / 12,3 tỷ' share the indicator and Nha Trang. 'gấp 1,8 lần cả năm 2024' after an amount -> its change (lần).",
    "CT1, CT2, đường Trần Phú, phone: distractors.",
])
