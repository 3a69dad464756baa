from lib import F, P, I, CH, TG, write

TEXT = """Đại hội Thể dục thể thao tỉnh Đắk Lắk lần thứ IX: Điền kinh, Bơi lập 9 kỷ lục mới

Môn Điền kinh và môn Bơi của Đại hội Thể dục thể thao tỉnh lần thứ IX năm 2022 vừa khép lại tại Sân vận động tỉnh và Bể bơi Trung tâm Huấn luyện thể thao (số 78 Lê Duẩn, TP Buôn Ma Thuột) với nhiều thành tích vượt trội.

Môn Điền kinh có 46 nội dung, thu hút 312 vận động viên của 15 huyện, thị xã, thành phố; tỷ lệ vận động viên dưới 18 tuổi chiếm khoảng 62%. Các vận động viên đã phá 6 kỷ lục của tỉnh. Ấn tượng nhất là Y Thành Niê (huyện Krông Pắc) nhảy xa 7,18 m, xô đổ kỷ lục 6,95 m tồn tại từ năm 2014. Ở nội dung đẩy tạ nữ, Hờ Thị Lan (huyện Krông Bông) đạt 12,64 m.

Môn Bơi có 38 nội dung với gần 190 vận động viên, phá 3 kỷ lục. Kình ngư Nguyễn Minh Khang (TP Buôn Ma Thuột) bơi 50 m tự do nam với thời gian 25,36 giây, nhanh hơn kỷ lục cũ 0,41 giây.

Kết quả chung hai môn, TP Buôn Ma Thuột dẫn đầu với 31 HCV, chiếm 36,9% tổng số HCV; huyện Krông Pắc xếp thứ hai (12 HCV), thị xã Buôn Hồ xếp thứ ba (9 HCV). Tổng kinh phí tổ chức hai môn hơn 420 triệu đồng, mỗi địa phương cử từ 30 đến 35 vận động viên tham gia.

Theo Ban Tổ chức, sau Đại hội, tỉnh dự kiến tuyển chọn khoảng 40 vận động viên có triển vọng vào đội tuyển trẻ; phấn đấu đến năm 2026 có 5 vận động viên được triệu tập đội tuyển quốc gia.

Minh Thuận
24/07/2022
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22i = I(Y22)
T26 = P("đến năm 2026", end="2026-12-31")

figs = [
    F("lập 9 kỷ lục", "9", 9, "count", "kỷ lục", "kỷ lục mới môn Điền kinh, Bơi", Y22i),
    F("có 46 nội dung", "46", 46, "count", "nội dung", "nội dung môn Điền kinh", Y22i),
    F("thu hút 312 vận động viên", "312", 312, "count", "vận động viên", "vận động viên môn Điền kinh", Y22i),
    F("của 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia môn Điền kinh", Y22i),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ lệ vận động viên dưới 18 tuổi", Y22i, approx="about"),
    F("phá 6 kỷ lục", "6", 6, "count", "kỷ lục", "kỷ lục của tỉnh môn Điền kinh bị phá", Y22i),
    F("nhảy xa 7,18 m", "7,18", 7.18, "measure", "m", "thành tích nhảy xa", Y22i, location="Krông Pắc"),
    F("kỷ lục 6,95 m", "6,95", 6.95, "measure", "m", "kỷ lục cũ nhảy xa"),
    F("đạt 12,64 m", "12,64", 12.64, "measure", "m", "thành tích đẩy tạ nữ", Y22i, location="Krông Bông"),
    F("có 38 nội dung", "38", 38, "count", "nội dung", "nội dung môn Bơi", Y22i),
    F("gần 190 vận động viên", "190", 190, "count", "vận động viên", "vận động viên môn Bơi", Y22i, approx="nearly"),
    F("phá 3 kỷ lục", "3", 3, "count", "kỷ lục", "kỷ lục môn Bơi bị phá", Y22i),
    F("bơi 50 m", "50", 50, "measure", "m", optional=True),
    F("thời gian 25,36 giây", "25,36", 25.36, "measure", "giây", "thời gian bơi 50 m tự do nam", Y22i,
      location="Buôn Ma Thuột", change=CH("decrease", 0.41, "giây", "kỷ lục cũ")),
    F("với 31 HCV", "31", 31, "count", "HCV", "HCV hai môn", Y22i, location="Buôn Ma Thuột", percent=36.9),
    F("chung hai môn", "hai", 2, "count", "môn", optional=True),
    F("Pắc xếp thứ hai", "hai", 2, "rank", "hạng", "kết quả chung hai môn", Y22i, location="Krông Pắc"),
    F("(12 HCV)", "12", 12, "count", "HCV", "HCV hai môn", Y22i, location="Krông Pắc"),
    F("Hồ xếp thứ ba", "ba", 3, "rank", "hạng", "kết quả chung hai môn", Y22i, location="Buôn Hồ"),
    F("(9 HCV)", "9", 9, "count", "HCV", "HCV hai môn", Y22i, location="Buôn Hồ"),
    F("tổ chức hai môn", "hai", 2, "count", "môn", optional=True),
    F("hơn 420 triệu đồng", "420", 420000000, "money", "đồng", "tổng kinh phí tổ chức hai môn", Y22i, approx="over"),
    F("từ 30 đến 35 vận động viên", "30", 30, "count", "vận động viên", "vận động viên mỗi địa phương cử tham gia", Y22i,
      value_max=35),
    F("khoảng 40 vận động viên", "40", 40, "count", "vận động viên", "vận động viên có triển vọng tuyển chọn vào đội tuyển trẻ",
      approx="about", status="forecast"),
    F("có 5 vận động viên", "5", 5, "count", "vận động viên", "vận động viên được triệu tập đội tuyển quốc gia", T26,
      status="target"),
]

write("p455-8", TEXT, [
    "Provincial-paper feature (Báo Đắk Lắk style): athletics and swimming at the provincial sports congress IX 2022; byline and bare date '24/07/2022' at the very end.",
    "Location Đắk Lắk by default; an athlete's or unit's district (Krông Pắc, Krông Bông, Buôn Ma Thuột, Buôn Hồ) is the location of that figure.",
    "'dưới 18 tuổi' (age threshold) and '50 m' (event name) are optional. '6,95 m' old record: a figure, no period ('tồn tại từ năm 2014' is not its period).",
    "'nhanh hơn kỷ lục cũ 0,41 giây' is the decrease of 25,36 giây. '31 HCV, chiếm 36,9%' share as percent. 'dự kiến tuyển chọn khoảng 40' is a forecast.",
    "'phấn đấu đến năm 2026' target. 'hai môn' (the two sports already named) is structure, optional as h05's 'cả 03 khối'. Distractors: 'số 78 Lê Duẩn', 'lần thứ IX', 'năm 2014', the date line.",
], figs, published="2022-07-24", location="Đắk Lắk")
