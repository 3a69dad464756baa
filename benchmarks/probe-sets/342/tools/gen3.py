from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Tin tức - Sự kiện | Kinh tế - Xã hội

Đức Trọng: Năm 2023 tiếp nhận 47 đơn thư khiếu nại của người tiêu dùng

Đăng lúc: 15:20 - 19/01/2024

Năm 2023, Hội Bảo vệ quyền lợi người tiêu dùng huyện Đức Trọng đã tiếp nhận 47 đơn thư khiếu nại, giảm 6 đơn so với năm 2022; trong đó đã hòa giải thành công 41 đơn, chuyển cơ quan chức năng 4 đơn, còn 2 đơn đang xem xét. Tổng số tiền các cơ sở kinh doanh hoàn trả, bồi thường cho người tiêu dùng gần 186 triệu đồng.

Phối hợp với Đội Quản lý thị trường số 4, Phòng Kinh tế - Hạ tầng và Phòng Y tế huyện, Hội đã tham gia 12 đợt kiểm tra tại 165 cơ sở sản xuất, kinh doanh thực phẩm, hàng tiêu dùng trên địa bàn các xã Hiệp Thạnh, Liên Hiệp, Phú Hội, N'Thôn Hạ. Qua kiểm tra, phát hiện 23 cơ sở vi phạm, chiếm 13,9%; xử phạt vi phạm hành chính tổng số tiền 97,5 triệu đồng, tiêu hủy khoảng 320 kg thực phẩm không rõ nguồn gốc.

Công tác tuyên truyền được đẩy mạnh với 8 hội nghị tại cơ sở, thu hút trên 600 lượt người tham dự; phát hành 2.500 tờ rơi, 150 áp phích nhân Ngày Quyền của người tiêu dùng Việt Nam 15/3.

Năm 2024, Hội phấn đấu phát triển thêm từ 30 đến 50 hội viên mới, thành lập chi hội tại 100% xã, thị trấn. Mọi phản ánh xin gửi về văn phòng Hội tại số 2 đường 3 Tháng 2, thị trấn Liên Nghĩa, điện thoại 0263.3843.516.

Hoàng Yến - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
T = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận 47 đơn thư khiếu nại của", "47", 47, "count", "đơn thư", "đơn thư khiếu nại của người tiêu dùng", Y),
    F("tiếp nhận 47 đơn thư khiếu nại,", "47", 47, "count", "đơn thư", "đơn thư khiếu nại", Y,
      change={"direction": "decrease", "value": 6, "unit": "đơn", "baseline": "năm 2022"}),
    F("thành công 41 đơn", "41", 41, "count", "đơn", "đơn hòa giải thành công", Y, total=47),
    F("chức năng 4 đơn", "4", 4, "count", "đơn", "đơn chuyển cơ quan chức năng", Y, total=47),
    F("còn 2 đơn", "2", 2, "count", "đơn", "đơn đang xem xét", Y, total=47),
    F("gần 186 triệu đồng", "186", 186000000, "money", "đồng",
      "tổng số tiền các cơ sở kinh doanh hoàn trả, bồi thường cho người tiêu dùng", Yi, approx="nearly"),
    F("tham gia 12 đợt kiểm tra", "12", 12, "count", "đợt kiểm tra", "đợt kiểm tra Hội tham gia", Yi),
    F("tại 165 cơ sở", "165", 165, "count", "cơ sở", "cơ sở sản xuất, kinh doanh thực phẩm, hàng tiêu dùng được kiểm tra", Yi),
    F("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở vi phạm", Yi, percent=13.9),
    F("tổng số tiền 97,5 triệu đồng", "97,5", 97500000, "money", "đồng", "xử phạt vi phạm hành chính", Yi),
    F("khoảng 320 kg", "320", 320, "measure", "kg", "thực phẩm không rõ nguồn gốc tiêu hủy", Yi, approx="about"),
    F("với 8 hội nghị", "8", 8, "count", "hội nghị", "hội nghị tuyên truyền tại cơ sở", Yi),
    F("trên 600 lượt người", "600", 600, "count", "lượt người", "lượt người tham dự hội nghị", Yi, approx="over"),
    F("phát hành 2.500 tờ rơi", "2.500", 2500, "count", "tờ rơi", "tờ rơi phát hành", Yi),
    F("150 áp phích", "150", 150, "count", "áp phích", "áp phích phát hành", Yi),
    F("từ 30 đến 50 hội viên", "30", 30, "count", "hội viên", "hội viên mới phát triển thêm", T,
      value_max=50, status="target"),
    F("tại 100% xã", "100", 100, "percent", "%", "xã, thị trấn thành lập chi hội", T, status="target"),
]

COMMENTS = [
    "District portal (huyện Đức Trọng, Lâm Đồng): Hội Bảo vệ quyền lợi người tiêu dùng huyện, results of 2023. Dateline 'Đăng lúc: 15:20 - 19/01/2024'.",
    "Location Đức Trọng throughout; the communes in the inspection sentence describe where, but the figures are the district's.",
    "Distractors: 'Đội Quản lý thị trường số 4', 'Ngày Quyền của người tiêu dùng Việt Nam 15/3', 'số 2 đường 3 Tháng 2', phone 0263.3843.516.",
    "'giảm 6 đơn so với năm 2022' is the change of 47 (unit đơn). 'trong đó' after ';': 41 + 4 + 2 = 47 are parts (total 47).",
    "'phát hiện 23 cơ sở vi phạm, chiếm 13,9%': percent 13.9; no part-of cue to 165, so no total.",
    "Paragraphs 2-3 take 'Năm 2023' from the first paragraph (inherited). Targets 'Năm 2024 ... phấn đấu': range 30-50, 100% xã.",
]

emit("p342-3", TEXT, COMMENTS, FIGS, published="2024-01-19", location="Đức Trọng")
