from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Tin tức - Sự kiện > Y tế
Tăng cường kiểm tra hoạt động kinh doanh dược trên địa bàn huyện
Thứ Hai, 07/10/2024 - 15:20

Theo báo cáo của Phòng Y tế huyện Đức Trọng, tính đến ngày 30/9/2024, toàn huyện có 214 cơ sở bán lẻ thuốc đang hoạt động, tăng 17 cơ sở so với cuối năm 2023, gồm 68 nhà thuốc, 139 quầy thuốc và 7 tủ thuốc trạm y tế xã. Các cơ sở tập trung chủ yếu tại thị trấn Liên Nghĩa và các xã Hiệp Thạnh, Phú Hội, N'Thôn Hạ.

Trong 9 tháng năm 2024, Phòng Y tế phối hợp với Đội Quản lý thị trường số 5 và Công an huyện thành lập 3 đoàn kiểm tra liên ngành, kiểm tra 126 lượt cơ sở, đạt 105% kế hoạch năm (kế hoạch 120 lượt). Qua kiểm tra, phát hiện và xử lý 19 cơ sở vi phạm, chiếm 15,1% số cơ sở được kiểm tra; phạt tiền 16 cơ sở với tổng số tiền hơn 126,5 triệu đồng, tăng 38% so với cùng kỳ năm 2023; nhắc nhở, chấn chỉnh 3 cơ sở.

Các lỗi vi phạm chủ yếu là không niêm yết giá thuốc (7 cơ sở), bán thuốc kê đơn không có đơn (5 cơ sở), bảo quản thuốc không đúng quy định (4 cơ sở) và người phụ trách chuyên môn vắng mặt (3 cơ sở). Đoàn đã tạm giữ, tiêu hủy 1.240 hộp và 86 lọ thuốc không rõ nguồn gốc, hết hạn sử dụng.

Năm 2025, huyện phấn đấu 100% cơ sở bán lẻ thuốc kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia (hiện đạt 92,5%) và kiểm tra ít nhất 30% số cơ sở trên địa bàn. Người dân phát hiện cơ sở kinh doanh thuốc vi phạm có thể phản ánh qua đường dây nóng 0263.3843.115 hoặc trực tiếp tại Phòng Y tế, số 09 đường 3 tháng 2, thị trấn Liên Nghĩa.

Phòng Y tế huyện
"""

d = Doc("p241-2", TEXT, [
    "Cổng TTĐT huyện Đức Trọng (Lâm Đồng), district portal: cơ sở bán lẻ thuốc, kiểm tra, xử phạt 9 tháng năm 2024. Dateline 'Thứ Hai, 07/10/2024 - 15:20', byline at the end.",
    "Distractors: 'Đội Quản lý thị trường số 5' (name), hotline 0263.3843.115, address 'số 09 đường 3 tháng 2' (a street named after a date), commune names, 'cuối năm 2023' (baseline).",
    "Location: the district (Đức Trọng) for every figure. 214 carries its change 'tăng 17 cơ sở so với cuối năm 2023'; 'gồm' after it makes 68/139/7 its parts (sum 214).",
    "126 lượt: percent 105, target 120 (the plan in brackets). 19 cơ sở: percent 15,1 (no total: a 'chiếm' share, and lượt cơ sở vs cơ sở). 16 and 3 have no part-of cue.",
    "Violation types in brackets are a list sharing one indicator (no total: they do not follow the 19 and types may overlap). '9 tháng năm 2024' stated once; later sentences inherit it.",
    "'Năm 2025 … phấn đấu' makes 100% and 30% targets (period in the sentence); '(hiện đạt 92,5%)' has its own verb: actual, no period. '3 đoàn' is a plain count (required).",
], published="2024-10-07", location="Đức Trọng")

p930 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
p9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
d.f("có 214 cơ sở", "214", 214, "count", "cơ sở",
    change=C("increase", 17, "cơ sở", "cuối năm 2023"),
    subject="cơ sở bán lẻ thuốc đang hoạt động", period=p930)
d.f("gồm 68 nhà thuốc", "68", 68, "count", "nhà thuốc", total=214, subject="nhà thuốc", period=p930)
d.f("139 quầy thuốc", "139", 139, "count", "quầy thuốc", total=214, subject="quầy thuốc", period=p930)
d.f("và 7 tủ thuốc", "7", 7, "count", "tủ thuốc", total=214, subject="tủ thuốc trạm y tế xã", period=p930)
d.f("thành lập 3 đoàn", "3", 3, "count", "đoàn", subject="đoàn kiểm tra liên ngành", period=p9)
d.f("kiểm tra 126 lượt", "126", 126, "count", "lượt", percent=105, target=T(120, "lượt", True),
    subject="lượt cơ sở được kiểm tra", period=p9)
d.f("xử lý 19 cơ sở", "19", 19, "count", "cơ sở", percent=15.1,
    subject="cơ sở vi phạm bị xử lý", period=p9i)
d.f("phạt tiền 16 cơ sở", "16", 16, "count", "cơ sở", subject="cơ sở bị phạt tiền", period=p9i)
d.f("hơn 126,5 triệu đồng", "126,5", 126.5e6, "money", "đồng", approx="over",
    change=C("increase", 38, "%", "cùng kỳ năm 2023"), subject="tổng số tiền phạt", period=p9i)
d.f("chấn chỉnh 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở bị nhắc nhở, chấn chỉnh", period=p9i)
d.f("giá thuốc (7 cơ sở)", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm không niêm yết giá thuốc", period=p9i)
d.f("có đơn (5 cơ sở)", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm bán thuốc kê đơn không có đơn", period=p9i)
d.f("quy định (4 cơ sở)", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm bảo quản thuốc không đúng quy định", period=p9i)
d.f("vắng mặt (3 cơ sở)", "3", 3, "count", "cơ sở", subject="cơ sở vi phạm người phụ trách chuyên môn vắng mặt", period=p9i)
d.f("tiêu hủy 1.240 hộp", "1.240", 1240, "count", "hộp", subject="thuốc không rõ nguồn gốc, hết hạn sử dụng bị tạm giữ, tiêu hủy", period=p9i)
d.f("và 86 lọ", "86", 86, "count", "lọ", subject="thuốc không rõ nguồn gốc, hết hạn sử dụng bị tạm giữ, tiêu hủy", period=p9i)
d.f("phấn đấu 100%", "100", 100, "percent", "%", status="target",
    subject="cơ sở bán lẻ thuốc kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia",
    period=P("Năm 2025", "2025-01-01", "2025-12-31"))
d.f("(hiện đạt 92,5%)", "92,5", 92.5, "percent", "%",
    subject="cơ sở bán lẻ thuốc kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia")
d.f("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
    subject="số cơ sở trên địa bàn được kiểm tra", period=P("Năm 2025", "2025-01-01", "2025-12-31"))
d.write()
