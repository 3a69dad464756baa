"""p784-1: Bình Dương province portal — xe hợp đồng điện tử (xe công nghệ) 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Vận tải
Bình Dương: Hơn 14.600 xe hợp đồng điện tử hoạt động trên địa bàn tỉnh
Cập nhật: 18/07/2024 10:25
Lượt xem: 3.482

Theo Sở Giao thông vận tải, tính đến ngày 30/6/2024, toàn tỉnh Bình Dương có 14.652 xe ô tô kinh doanh vận tải hành khách theo hợp đồng điện tử (xe công nghệ), tăng 12,4% so với cùng thời điểm năm 2023. Trong đó, xe dưới 9 chỗ là 13.871 xe, chiếm 94,7%. Bình quân toàn tỉnh có 5,2 xe công nghệ trên 1.000 dân.

Số xe tập trung chủ yếu tại các thành phố: Thủ Dầu Một (4.915 xe), Thuận An (3.870 xe), Dĩ An (3.126 xe), Tân Uyên (1.402 xe) và Bến Cát (998 xe).

Cũng theo Sở, số tài xế công nghệ (ô tô và xe mô tô) đăng ký hoạt động trên các nền tảng ước khoảng 41.000 người, trong đó tài xế xe ôm công nghệ khoảng 26.500 người.

6 tháng đầu năm 2024, các đơn vị kinh doanh vận tải bằng xe công nghệ nộp ngân sách trên 38,6 tỷ đồng, đạt 54,2% dự toán năm, tăng 9,1% so với cùng kỳ.

Trong 6 tháng đầu năm, lực lượng Thanh tra giao thông phối hợp Cảnh sát giao thông kiểm tra 2.318 lượt xe công nghệ, phát hiện, xử lý 427 trường hợp vi phạm, phạt tiền 1,26 tỷ đồng, tước giấy phép lái xe có thời hạn 35 trường hợp. Vi phạm tập trung trên Quốc lộ 13 và đường ĐT743.

Theo Kế hoạch số 2156/KH-UBND của UBND tỉnh, phấn đấu đến năm 2025, 100% xe hợp đồng điện tử được lắp camera giám sát theo quy định, tỷ lệ xe sử dụng năng lượng điện đạt tối thiểu 15%.

SỞ GIAO THÔNG VẬN TẢI TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 8, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP. Thủ Dầu Một
Điện thoại: 0274.3822.410
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 14.600 xe", "14.600", 14600, "count", "xe", "xe hợp đồng điện tử hoạt động trên địa bàn tỉnh",
      I(ASOF), approx="over"),
    F("có 14.652 xe", "14.652", 14652, "count", "xe",
      "xe ô tô kinh doanh vận tải hành khách theo hợp đồng điện tử (xe công nghệ)", ASOF,
      change=CH("increase", 12.4, baseline="cùng thời điểm năm 2023")),
    F("xe dưới 9 chỗ", "9", 9, "measure", "chỗ", approx="under", optional=True),
    F("là 13.871 xe", "13.871", 13871, "count", "xe", "xe dưới 9 chỗ", I(ASOF), total=14652, percent=94.7),
    F("có 5,2 xe", "5,2", 5.2, "measure", "xe/1.000 dân", "xe công nghệ trên 1.000 dân", I(ASOF)),
    F("Thủ Dầu Một (4.915 xe)", "4.915", 4915, "count", "xe", "số xe hợp đồng điện tử", I(ASOF), location="Thủ Dầu Một"),
    F("Thuận An (3.870 xe)", "3.870", 3870, "count", "xe", "số xe hợp đồng điện tử", I(ASOF), location="Thuận An"),
    F("Dĩ An (3.126 xe)", "3.126", 3126, "count", "xe", "số xe hợp đồng điện tử", I(ASOF), location="Dĩ An"),
    F("Tân Uyên (1.402 xe)", "1.402", 1402, "count", "xe", "số xe hợp đồng điện tử", I(ASOF), location="Tân Uyên"),
    F("Bến Cát (998 xe)", "998", 998, "count", "xe", "số xe hợp đồng điện tử", I(ASOF), location="Bến Cát"),
    F("khoảng 41.000 người", "41.000", 41000, "count", "người",
      "tài xế công nghệ (ô tô và xe mô tô) đăng ký hoạt động trên các nền tảng", approx="about", status="estimate"),
    F("khoảng 26.500 người", "26.500", 26500, "count", "người", "tài xế xe ôm công nghệ",
      approx="about", total=41000, status="estimate"),
    F("trên 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng",
      "ngân sách các đơn vị kinh doanh vận tải bằng xe công nghệ nộp", H1, approx="over", percent=54.2,
      change=CH("increase", 9.1, baseline="cùng kỳ")),
    F("kiểm tra 2.318 lượt", "2.318", 2318, "count", "lượt xe", "xe công nghệ được kiểm tra", H1b),
    F("xử lý 427 trường hợp", "427", 427, "count", "trường hợp", "trường hợp vi phạm được phát hiện, xử lý", H1b),
    F("phạt tiền 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "tiền phạt", H1b),
    F("thời hạn 35 trường hợp", "35", 35, "count", "trường hợp", "tước giấy phép lái xe có thời hạn", H1b),
    F("2025, 100% xe", "100", 100, "percent", "%", "xe hợp đồng điện tử được lắp camera giám sát theo quy định",
      Y25, status="target"),
    F("tối thiểu 15%", "15", 15, "percent", "%", "tỷ lệ xe sử dụng năng lượng điện", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương: xe hợp đồng điện tử (xe công nghệ) tính đến 30/6/2024, tài xế, thu ngân sách, kiểm tra 6 tháng, mục tiêu 2025.",
    "\"Cập nhật: 18/07/2024 10:25\" is the dateline; \"Lượt xem: 3.482\", Kế hoạch số 2156/KH-UBND, Quốc lộ 13, ĐT743, Tầng 8, phone are not figures.",
    "The city list after \"tập trung chủ yếu tại các thành phố:\" follows no figure (the cue follows a noun), and the items do not add up: no total.",
    "\"xe dưới 9 chỗ\" is a vehicle class (optional). The tài xế sentence has no period phrase: no period.",
]

if __name__ == "__main__":
    emit("p784-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bình Dương")
