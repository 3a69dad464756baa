from lib import F, P, I, C, T, emit

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Xã hội › Môi trường

Phong Nha - Kẻ Bàng: Gần 40% động vật cứu hộ là linh trưởng

Cập nhật lúc 15:05, Thứ Hai, 16/06/2025

(QBĐT) - Từ đầu năm đến nay, Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật thuộc Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng đã tiếp nhận 78 cá thể động vật hoang dã, tăng 13 cá thể so với cùng kỳ năm 2024; trong đó có 31 cá thể linh trưởng (chiếm 39,7%), 22 cá thể tê tê, 15 cá thể rùa và 10 cá thể thuộc các loài khác.

Các loài linh trưởng được cứu hộ gồm voọc Hà Tĩnh, vượn đen má trắng, khỉ mặt đỏ và cu li, phần lớn bị nuôi nhốt trái phép nhiều năm. Trong số động vật tiếp nhận, 57 cá thể do lực lượng kiểm lâm, công an các huyện Bố Trạch, Minh Hóa, Tuyên Hóa bàn giao; số còn lại do người dân tự nguyện giao nộp.

Sau cứu hộ, Trung tâm đã tái thả 46 cá thể về vùng lõi của Vườn. Số tê tê được tái thả từ đầu năm gấp 2 lần cả năm 2024. Tổng kinh phí chăm sóc, nuôi dưỡng trong 5 tháng đầu năm khoảng 820 triệu đồng, bình quân khoảng 1,75 triệu đồng/cá thể/tháng.

Theo ông Đinh Huy Trí, Giám đốc Trung tâm, mỗi cá thể linh trưởng cần từ 6 đến 12 tháng huấn luyện kỹ năng sống mới có thể tái thả. Năm 2025, Trung tâm phấn đấu tái thả trên 120 cá thể và hoàn thành khu bán hoang dã cho linh trưởng rộng 12 ha với tổng vốn 15,6 tỷ đồng. Dự kiến quý III/2025, Trung tâm sẽ đón thêm khoảng 30 cá thể từ các cơ sở nuôi nhốt tại Quảng Trị và Hà Tĩnh.

Người dân phát hiện động vật hoang dã bị nuôi nhốt, buôn bán trái phép có thể báo tin qua số điện thoại 0232.3677.021.

Thanh Hải
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-16")
M5 = P("trong 5 tháng đầu năm", "2025-01-01", "2025-05-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = P("quý III/2025", "2025-07-01", "2025-09-30")

FIGS = [
    F("Gần 40%", "40", 40, "percent", "%", approx="nearly", subject="linh trưởng trong số động vật cứu hộ"),
    F("tiếp nhận 78 cá thể", "78", 78, "count", "cá thể",
      change=C("increase", 13, "cá thể", baseline="cùng kỳ năm 2024"),
      subject="cá thể động vật hoang dã tiếp nhận", period=YTD),
    F("có 31 cá thể", "31", 31, "count", "cá thể", total=78, percent=39.7,
      subject="linh trưởng tiếp nhận", period=YTD),
    F("22 cá thể tê tê", "22", 22, "count", "cá thể", total=78, subject="tê tê tiếp nhận", period=YTD),
    F("15 cá thể rùa", "15", 15, "count", "cá thể", total=78, subject="rùa tiếp nhận", period=YTD),
    F("10 cá thể thuộc", "10", 10, "count", "cá thể", total=78,
      subject="cá thể thuộc các loài khác tiếp nhận", period=YTD),
    F("tiếp nhận, 57 cá thể", "57", 57, "count", "cá thể", total=78,
      subject="cá thể do lực lượng kiểm lâm, công an bàn giao", period=I(YTD)),
    F("tái thả 46 cá thể", "46", 46, "count", "cá thể", subject="cá thể tái thả về vùng lõi", period=I(YTD)),
    F("gấp 2 lần", "2", 2, "multiple", "lần",
      subject="số tê tê được tái thả so với cả năm 2024",
      period=P("từ đầu năm", "2025-01-01", "2025-06-16")),
    F("khoảng 820 triệu đồng", "820", 8.2e8, "money", "đồng", approx="about",
      subject="tổng kinh phí chăm sóc, nuôi dưỡng", period=M5),
    F("khoảng 1,75 triệu", "1,75", 1.75e6, "money", "đồng/cá thể/tháng", approx="about",
      subject="kinh phí chăm sóc, nuôi dưỡng bình quân", period=M5),
    F("từ 6 đến 12 tháng", "6", 6, "measure", "tháng", value_max=12,
      subject="thời gian huấn luyện kỹ năng sống cho mỗi cá thể linh trưởng"),
    F("trên 120 cá thể", "120", 120, "count", "cá thể", approx="over", status="target",
      subject="cá thể tái thả", period=Y25),
    F("rộng 12 ha", "12", 12, "measure", "ha", status="target",
      subject="diện tích khu bán hoang dã cho linh trưởng", period=Y25),
    F("15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", status="target",
      subject="tổng vốn khu bán hoang dã cho linh trưởng", period=Y25),
    F("khoảng 30 cá thể", "30", 30, "count", "cá thể", approx="about", status="forecast",
      subject="cá thể đón thêm từ các cơ sở nuôi nhốt", period=Q3),
]

emit("p1043-8", TEXT, FIGS, published="2025-06-16", location="Quảng Bình", comments=[
    "Báo Quảng Bình online: headline figure 'Gần 40%', 'Cập nhật lúc 15:05, Thứ Hai, 16/06/2025', tag (QBĐT) -.",
    "Distractors: 15:05, Thứ Hai, ông Đinh Huy Trí, hotline 0232.3677.021.",
    "Districts Bố Trạch, Minh Hóa, Tuyên Hóa hand the animals over; Quảng Trị and Hà Tĩnh are where the 30 animals come from: none is the place of a figure.",
    "'Số tê tê được tái thả từ đầu năm gấp 2 lần cả năm 2024' stands alone as the claim: a multiple.",
    "'Trong số động vật tiếp nhận, 57 cá thể' -> total 78 (trong số N, N named by reference).",
    "'Năm 2025, Trung tâm phấn đấu ... và hoàn thành ... 12 ha ... 15,6 tỷ đồng' -> all target.",
])
