from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ / Tin tức - Sự kiện / An ninh - Trật tự

Quý I/2024: Xử lý gần 2.300 trường hợp vi phạm trật tự an toàn giao thông

Thứ Năm, 11/04/2024 - 15:20

Trong quý I/2024, Công an huyện Cẩm Giàng đã phối hợp với Đội Cảnh sát giao thông số 2 (Phòng CSGT Công an tỉnh Hải Dương) tổ chức 186 ca tuần tra, kiểm soát trên các tuyến Quốc lộ 5, Quốc lộ 38 và đường tỉnh 394. Qua đó đã phát hiện, lập biên bản 2.284 trường hợp vi phạm; trong đó vi phạm nồng độ cồn 731 trường hợp (chiếm 32%), chạy quá tốc độ quy định 418 trường hợp, chở quá số người quy định 206 trường hợp. Công an huyện đã phạt tiền nộp kho bạc nhà nước hơn 3,15 tỷ đồng, tăng 27,4% so với cùng kỳ năm 2023; tạm giữ 412 mô tô, 37 ô tô, tước 265 giấy phép lái xe.

Cũng trong quý I, trên địa bàn huyện xảy ra 9 vụ tai nạn giao thông, làm chết 6 người, bị thương 7 người; so với cùng kỳ giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương. Các vụ tai nạn tập trung chủ yếu trong khung giờ từ 18h đến 22h trên Quốc lộ 5.

Năm 2024, huyện phấn đấu kéo giảm từ 5 đến 10% số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2023. Dự kiến trong quý II, Công an huyện sẽ tổ chức khoảng 200 ca tuần tra, tập trung xử lý vi phạm nồng độ cồn vào dịp nghỉ lễ 30/4 và 1/5.

Người dân phản ánh vi phạm qua đường dây nóng của Công an huyện: 0220.3786.113.

Nguyễn Hương - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1c = P("quý I", "2024-01-01", "2024-03-31")

FIGS = [
    F("gần 2.300 trường hợp", "2.300", 2300, "count", "trường hợp",
      "trường hợp vi phạm trật tự an toàn giao thông xử lý", Q1, approx="nearly"),
    F("186 ca", "186", 186, "count", "ca", "ca tuần tra, kiểm soát", Q1b),
    F("biên bản 2.284 trường hợp", "2.284", 2284, "count", "trường hợp", "trường hợp vi phạm phát hiện, lập biên bản",
      INH(Q1b)),
    F("cồn 731 trường hợp", "731", 731, "count", "trường hợp", "vi phạm nồng độ cồn", INH(Q1b), total=2284, percent=32),
    F("định 418 trường hợp", "418", 418, "count", "trường hợp", "chạy quá tốc độ quy định", INH(Q1b), total=2284),
    F("định 206 trường hợp", "206", 206, "count", "trường hợp", "chở quá số người quy định", INH(Q1b), total=2284),
    F("hơn 3,15 tỷ", "3,15", 3150000000, "money", "đồng", "phạt tiền nộp kho bạc nhà nước", INH(Q1b), approx="over",
      change=CH("increase", 27.4, "%", "cùng kỳ năm 2023")),
    F("412 mô tô", "412", 412, "count", "mô tô", "mô tô tạm giữ", INH(Q1b)),
    F("37 ô tô", "37", 37, "count", "ô tô", "ô tô tạm giữ", INH(Q1b)),
    F("265 giấy phép", "265", 265, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", INH(Q1b)),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ tai nạn giao thông", Q1c,
      change=CH("decrease", 3, "vụ", "cùng kỳ")),
    F("chết 6 người", "6", 6, "count", "người", "người chết do tai nạn giao thông", Q1c,
      change=CH("decrease", 2, "người", "cùng kỳ")),
    F("thương 7 người", "7", 7, "count", "người", "người bị thương do tai nạn giao thông", Q1c,
      change=CH("increase", 1, "người", "cùng kỳ")),
    F("từ 5 đến 10%", "5", 5, "percent", "%",
      "kéo giảm số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2023",
      P("Năm 2024", "2024-01-01", "2024-12-31"), value_max=10, status="target"),
    F("khoảng 200 ca", "200", 200, "count", "ca", "ca tuần tra", P("quý II", "2024-04-01", "2024-06-30"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cẩm Giàng (district portal, Hải Dương): traffic violations and accidents, quý I/2024. Dateline 'Thứ Năm, 11/04/2024 - 15:20'.",
    "Location is the district. Headline 'Quý I/2024: ... gần 2.300' has its period in the same line (scored).",
    "'trong đó' parts of 2.284 trường hợp get total 2284; '(chiếm 32%)' is the share of 731. 'hơn 3,15 tỷ đồng, tăng 27,4%' carries the change.",
    "'so với cùng kỳ giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương' are the changes of 9 vụ / 6 người / 7 người (in the same sentence).",
    "'phấn đấu kéo giảm từ 5 đến 10%' is a target range; 'Dự kiến trong quý II ... khoảng 200 ca' is a forecast.",
    "Distractors: 'Đội Cảnh sát giao thông số 2', 'Quốc lộ 5', 'Quốc lộ 38', 'đường tỉnh 394', '18h đến 22h', '30/4 và 1/5', '0220.3786.113'.",
]

emit("p531-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Cẩm Giàng")
