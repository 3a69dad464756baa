"""p1056-1: province portal (Thanh Hóa), Tháng hành động vì ATTP 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thanh Hóa xử phạt 186 cơ sở vi phạm an toàn thực phẩm trong Tháng hành động

Cập nhật: 27/05/2024 09:45 | Lượt xem: 2.314

Ngày 24/5, Ban Chỉ đạo liên ngành về an toàn thực phẩm (ATTP) tỉnh tổ chức hội nghị tổng kết Tháng hành động vì ATTP năm 2024, diễn ra từ ngày 15/4 đến 15/5/2024.

Trong thời gian này, toàn tỉnh đã thành lập 684 đoàn kiểm tra, trong đó tuyến tỉnh 12 đoàn, tuyến huyện 61 đoàn và tuyến xã 611 đoàn. Các đoàn đã kiểm tra 14.862 lượt cơ sở sản xuất, kinh doanh thực phẩm, tăng 6,4% so với cùng kỳ năm 2023; phát hiện 1.127 cơ sở vi phạm, chiếm 7,6%. Đã xử phạt vi phạm hành chính 186 cơ sở với tổng số tiền hơn 1,42 tỷ đồng; nhắc nhở, yêu cầu khắc phục 941 cơ sở.

Riêng lĩnh vực thức ăn đường phố, các đoàn kiểm tra 5.236 cơ sở, trong đó 4.870 cơ sở đạt yêu cầu, chiếm 93%. Tuyến huyện, xã đã test nhanh 3.518 mẫu thực phẩm, phát hiện 87 mẫu không đạt (41 mẫu hàn the, 29 mẫu phẩm màu và 17 mẫu dầu mỡ ôi khét). Lực lượng chức năng đã tiêu hủy khoảng 1.350 kg thực phẩm không rõ nguồn gốc, trị giá gần 96 triệu đồng.

Theo ông Lê Văn Bảy, Phó Giám đốc Sở Y tế, kết quả kiểm tra tại TP Thanh Hóa, TP Sầm Sơn và thị xã Nghi Sơn cho thấy tỷ lệ cơ sở vi phạm lần lượt là 9,2%, 11,4% và 8,7%, cao hơn mức bình quân toàn tỉnh. Tại các tuyến phố ẩm thực trên đường Hồ Xuân Hương (TP Sầm Sơn) và đại lộ Lê Lợi, nhiều hộ vẫn bày bán thực phẩm không che đậy.

Năm 2024, tỉnh phấn đấu 100% cơ sở kinh doanh thức ăn đường phố ký cam kết bảo đảm ATTP, trên 90% người trực tiếp chế biến được tập huấn kiến thức ATTP. Trong quý III/2024, Sở Y tế dự kiến mở 25 lớp tập huấn cho khoảng 1.500 hộ kinh doanh theo Kế hoạch số 118/KH-UBND.
"""

M = I(P("từ ngày 15/4 đến 15/5/2024", "2024-04-15", "2024-05-15"))
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("xử phạt 186 cơ sở vi phạm an toàn", "186", 186, "count", "cơ sở",
      "cơ sở vi phạm an toàn thực phẩm bị xử phạt"),
    F("thành lập 684 đoàn kiểm tra", "684", 684, "count", "đoàn kiểm tra",
      "đoàn kiểm tra được thành lập", period=M),
    F("tuyến tỉnh 12 đoàn", "12", 12, "count", "đoàn", "đoàn kiểm tra tuyến tỉnh", total=684, period=M),
    F("tuyến huyện 61 đoàn", "61", 61, "count", "đoàn", "đoàn kiểm tra tuyến huyện", total=684, period=M),
    F("tuyến xã 611 đoàn", "611", 611, "count", "đoàn", "đoàn kiểm tra tuyến xã", total=684, period=M),
    F("kiểm tra 14.862 lượt cơ sở", "14.862", 14862, "count", "lượt cơ sở",
      "lượt cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra",
      change=C("increase", 6.4, "%", "cùng kỳ năm 2023"), period=M),
    F("phát hiện 1.127 cơ sở vi phạm", "1.127", 1127, "count", "cơ sở", "cơ sở vi phạm",
      percent=7.6, period=M),
    F("hành chính 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", period=M),
    F("hơn 1,42 tỷ đồng", "1,42", 1420000000, "money", "đồng", "tổng số tiền xử phạt",
      approx="over", period=M),
    F("khắc phục 941 cơ sở", "941", 941, "count", "cơ sở", "cơ sở bị nhắc nhở, yêu cầu khắc phục", period=M),
    F("kiểm tra 5.236 cơ sở", "5.236", 5236, "count", "cơ sở", "cơ sở thức ăn đường phố được kiểm tra", period=M),
    F("4.870 cơ sở đạt yêu cầu", "4.870", 4870, "count", "cơ sở", "cơ sở thức ăn đường phố đạt yêu cầu",
      total=5236, percent=93, period=M),
    F("test nhanh 3.518 mẫu", "3.518", 3518, "count", "mẫu", "mẫu thực phẩm được test nhanh", period=M),
    F("phát hiện 87 mẫu không đạt", "87", 87, "count", "mẫu", "mẫu không đạt", period=M),
    F("(41 mẫu hàn the", "41", 41, "count", "mẫu", "mẫu không đạt do hàn the", total=87, period=M),
    F("29 mẫu phẩm màu", "29", 29, "count", "mẫu", "mẫu không đạt do phẩm màu", total=87, period=M),
    F("17 mẫu dầu mỡ ôi khét", "17", 17, "count", "mẫu", "mẫu không đạt do dầu mỡ ôi khét", total=87, period=M),
    F("khoảng 1.350 kg", "1.350", 1350, "measure", "kg", "thực phẩm không rõ nguồn gốc bị tiêu hủy",
      approx="about", period=M),
    F("gần 96 triệu đồng", "96", 96000000, "money", "đồng", "trị giá thực phẩm bị tiêu hủy",
      approx="nearly", period=M),
    F("lần lượt là 9,2%", "9,2", 9.2, "percent", "%", "tỷ lệ cơ sở vi phạm", location="Thanh Hóa", period=M),
    F("11,4% và", "11,4", 11.4, "percent", "%", "tỷ lệ cơ sở vi phạm", location="Sầm Sơn", period=M),
    F("và 8,7%", "8,7", 8.7, "percent", "%", "tỷ lệ cơ sở vi phạm", location="Nghi Sơn", period=M),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh thức ăn đường phố ký cam kết bảo đảm ATTP", status="target", period=Y),
    F("trên 90% người", "90", 90, "percent", "%", "người trực tiếp chế biến được tập huấn kiến thức ATTP",
      approx="over", status="target", period=Y),
    F("mở 25 lớp tập huấn", "25", 25, "count", "lớp tập huấn", "lớp tập huấn", status="forecast", period=Q3),
    F("khoảng 1.500 hộ kinh doanh", "1.500", 1500, "count", "hộ kinh doanh", "hộ kinh doanh được tập huấn",
      approx="about", status="forecast", period=Q3),
]

NOTES = [
    "Province portal (Thanh Hóa): results of the 2024 food safety action month (15/4-15/5/2024).",
    "Headline 186 is a figure of its own (no period in its sentence); body figures inherit the action month's dates.",
    "1.127 cơ sở vi phạm: 'chiếm 7,6%' is its percent; no part-of cue, so no total.",
    "87 mẫu: its bracketed breakdown 41+29+17 = 87 gives total 87 to the parts; 87 itself has no cue to 3.518, so no total.",
    "TP Thanh Hóa / TP Sầm Sơn / thị xã Nghi Sơn items of a 'lần lượt' list: location each, subject the list's indicator.",
    "Distractors: Lượt xem 2.314, Ngày 24/5, Lê Văn Bảy, đường Hồ Xuân Hương, Kế hoạch số 118/KH-UBND, quý III/2024.",
]

write(1, TEXT, FIGS, NOTES, published="2024-05-27", location="Thanh Hóa")
