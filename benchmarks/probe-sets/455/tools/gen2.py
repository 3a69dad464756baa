from lib import F, P, I, CH, TG, write

TEXT = """Cổng thông tin điện tử huyện Thạch Hà - tỉnh Hà Tĩnh
Thứ Sáu, 15/04/2022 - 16:05

Thạch Hà: Khai mạc Đại hội Thể dục thể thao huyện lần thứ IX

Sáng 15/4, tại Sân vận động huyện (thị trấn Thạch Hà), UBND huyện tổ chức Lễ khai mạc Đại hội Thể dục thể thao (TDTT) huyện Thạch Hà lần thứ IX năm 2022.

Từ tháng 10/2021 đến tháng 3/2022, 29/31 xã, thị trấn đã tổ chức thành công Đại hội TDTT cấp cơ sở. Đại hội cấp huyện có 1.240 vận động viên đến từ 31 đoàn, thi đấu 11 môn với 186 nội dung; trong đó có 3 môn thể thao dân tộc là kéo co, đẩy gậy và vật. Các môn thi đấu diễn ra từ ngày 15 đến 24/4 tại 6 địa điểm. Kinh phí tổ chức khoảng 650 triệu đồng, trong đó xã hội hóa gần 200 triệu đồng.

Báo cáo tại lễ khai mạc cho thấy, năm 2021 toàn huyện có 37,8% dân số tập luyện TDTT thường xuyên (chỉ tiêu 37%), tăng 4,3% so với năm 2017; số gia đình thể thao đạt 24,6%. Toàn huyện có 214 câu lạc bộ TDTT, trong đó 58 câu lạc bộ bóng chuyền hơi và 46 câu lạc bộ dưỡng sinh. 100% xã, thị trấn có sân bóng đá; khoảng 85% thôn, tổ dân phố có điểm tập luyện thể thao.

Giai đoạn 2022-2026, huyện phấn đấu tỷ lệ người tập luyện TDTT thường xuyên đạt từ 40 đến 42%, mỗi xã, thị trấn có ít nhất 5 câu lạc bộ TDTT hoạt động thường xuyên.

Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào TDTT giai đoạn 2017-2021.

Thu Hà (Trung tâm Văn hóa - Truyền thông huyện)
Điện thoại: 0239.3845.116
"""

Y22i = P("năm 2022", "2022-01-01", "2022-12-31", inherited=True)
CS = P("Từ tháng 10/2021 đến tháng 3/2022", "2021-10-01", "2022-03-31")
Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
G = P("Giai đoạn 2022-2026", "2022-01-01", "2026-12-31")

figs = [
    F("29/31 xã", "29", 29, "count", "xã, thị trấn", "xã, thị trấn tổ chức thành công Đại hội TDTT cấp cơ sở", CS, total=31),
    F("có 1.240 vận động viên", "1.240", 1240, "count", "vận động viên", "vận động viên Đại hội cấp huyện", Y22i),
    F("từ 31 đoàn", "31", 31, "count", "đoàn", "đoàn tham gia Đại hội cấp huyện", Y22i),
    F("thi đấu 11 môn", "11", 11, "count", "môn", "môn thi đấu", Y22i),
    F("với 186 nội dung", "186", 186, "count", "nội dung", "nội dung thi đấu", Y22i),
    F("có 3 môn thể thao dân tộc", "3", 3, "count", "môn thể thao dân tộc", "môn thể thao dân tộc", Y22i, total=11),
    F("tại 6 địa điểm", "6", 6, "count", "địa điểm", "địa điểm thi đấu", Y22i),
    F("khoảng 650 triệu đồng", "650", 650000000, "money", "đồng", "kinh phí tổ chức", Y22i, approx="about"),
    F("gần 200 triệu đồng", "200", 200000000, "money", "đồng", "kinh phí xã hội hóa", Y22i, approx="nearly",
      total=650000000),
    F("có 37,8% dân số", "37,8", 37.8, "percent", "%", "dân số tập luyện TDTT thường xuyên", Y21,
      target=TG(37, "%", True), change=CH("increase", 4.3, "%", "năm 2017")),
    F("đạt 24,6%", "24,6", 24.6, "percent", "%", "số gia đình thể thao", Y21),
    F("có 214 câu lạc bộ", "214", 214, "count", "câu lạc bộ", "câu lạc bộ TDTT", I(Y21)),
    F("trong đó 58 câu lạc bộ", "58", 58, "count", "câu lạc bộ", "câu lạc bộ bóng chuyền hơi", I(Y21), total=214),
    F("và 46 câu lạc bộ", "46", 46, "count", "câu lạc bộ", "câu lạc bộ dưỡng sinh", I(Y21), total=214),
    F("100% xã", "100", 100, "percent", "%", "xã, thị trấn có sân bóng đá", I(Y21)),
    F("khoảng 85% thôn", "85", 85, "percent", "%", "thôn, tổ dân phố có điểm tập luyện thể thao", I(Y21),
      approx="about"),
    F("từ 40 đến 42%", "40", 40, "percent", "%", "tỷ lệ người tập luyện TDTT thường xuyên", G,
      value_max=42, status="target"),
    F("ít nhất 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", "câu lạc bộ TDTT hoạt động thường xuyên mỗi xã, thị trấn", G,
      approx="at_least", status="target"),
    F("cho 12 tập thể", "12", 12, "count", "tập thể", "tập thể được tặng Giấy khen"),
    F("và 25 cá nhân", "25", 25, "count", "cá nhân", "cá nhân được tặng Giấy khen"),
]

write("p455-2", TEXT, [
    "Cổng TTĐT huyện Thạch Hà, Hà Tĩnh (district portal): opening of the district sports congress IX (2022), grassroots congresses, mass sport 2021.",
    "Dateline 'Thứ Sáu, 15/04/2022 - 16:05'; byline and phone 0239.3845.116 at the end. Distractors: 'Sáng 15/4', 'từ ngày 15 đến 24/4', 'lần thứ IX'.",
    "Location: the district for every figure. '29/31' total 31; 'trong đó 3 môn' part of 11 môn; 'trong đó xã hội hóa gần 200 triệu' part of 650 triệu.",
    "37,8%: target '(chỉ tiêu 37%)' met, change 'tăng 4,3% so với năm 2017'. 'Giai đoạn 2022-2026 … phấn đấu': range 40-42% and 'ít nhất 5' targets.",
    "Congress figures inherit 'năm 2022' from the title sentence; 'giai đoạn 2017-2021' (award period) is not the period of the award counts: left null.",
], figs, published="2022-04-15", location="Thạch Hà")
