from lib import F, P, ch, build

A = """Quảng Bình: Phong trào thể dục thể thao quần chúng 6 tháng đầu năm 2024 có nhiều chuyển biến
Cập nhật: 12/07/2024 15:20
Lượt xem: 2.318

Sáng 11/7, Sở Văn hóa và Thể thao tỉnh Quảng Bình tổ chức hội nghị sơ kết công tác văn hóa, thể thao 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.

Theo báo cáo, 6 tháng đầu năm 2024, tỷ lệ người dân tập luyện thể dục thể thao thường xuyên trên địa bàn tỉnh ước đạt 35,2%, tăng 1,4 điểm phần trăm so với cùng kỳ; tỷ lệ gia đình thể thao ước đạt 26,8%. Toàn tỉnh hiện có 1.245 câu lạc bộ thể dục thể thao cơ sở, tăng 4,6% so với cùng kỳ năm 2023, trong đó có 312 câu lạc bộ dưỡng sinh, thể dục người cao tuổi và 186 câu lạc bộ bóng đá phong trào.

Các địa phương đã tổ chức 87 giải thi đấu cấp huyện, cấp xã, thu hút gần 15 nghìn lượt vận động viên tham gia. Về tỷ lệ người tập luyện thường xuyên, dẫn đầu là thành phố Đồng Hới (42,5%), tiếp đến là thị xã Ba Đồn (38,1%) và huyện Bố Trạch (36,7%); thấp nhất là huyện Minh Hóa với 24,3%.

Về thể thao thành tích cao, các vận động viên của tỉnh tham gia 24 giải quốc gia và quốc tế, giành 64 huy chương (18 huy chương Vàng, 21 huy chương Bạc, 25 huy chương Đồng), đạt 49,2% kế hoạch năm. Đáng chú ý, có 3 vận động viên được triệu tập vào đội tuyển quốc gia và 11 vận động viên vào đội tuyển trẻ quốc gia.

Năm 2024, ngành phấn đấu tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 36%, tỷ lệ gia đình thể thao đạt 27,5%, giành từ 130 đến 140 huy chương tại các giải quốc gia. Tổng kinh phí dành cho thể thao thành tích cao năm 2024 là 28,6 tỷ đồng.

Thông tin chi tiết liên hệ Phòng Quản lý Thể dục thể thao, số 6 đường Hương Giang, phường Đồng Phú, thành phố Đồng Hới; điện thoại: 0232.3822.547.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yl = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "tỷ lệ người tập luyện thể dục thể thao thường xuyên"

figs = [
    F("ước đạt 35,2%", "35,2", 35.2, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", H1,
      status="estimate", change=ch("increase", 1.4, "điểm phần trăm", "cùng kỳ")),
    F("ước đạt 26,8%", "26,8", 26.8, "percent", "%", "tỷ lệ gia đình thể thao", H1, status="estimate"),
    F("có 1.245 câu lạc bộ", "1.245", 1245, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở", H1i,
      change=ch("increase", 4.6, "%", "cùng kỳ năm 2023")),
    F("có 312 câu lạc bộ", "312", 312, "count", "câu lạc bộ", "câu lạc bộ dưỡng sinh, thể dục người cao tuổi", H1i, total=1245),
    F("186 câu lạc bộ", "186", 186, "count", "câu lạc bộ", "câu lạc bộ bóng đá phong trào", H1i, total=1245),
    F("tổ chức 87 giải", "87", 87, "count", "giải thi đấu", "giải thi đấu cấp huyện, cấp xã", H1i),
    F("gần 15 nghìn lượt", "15", 15000, "count", "lượt vận động viên", "lượt vận động viên tham gia", H1i, approx="nearly"),
    F("Đồng Hới (42,5%)", "42,5", 42.5, "percent", "%", SUBJ, H1i, location="Đồng Hới"),
    F("Ba Đồn (38,1%)", "38,1", 38.1, "percent", "%", SUBJ, H1i, location="Ba Đồn"),
    F("Bố Trạch (36,7%)", "36,7", 36.7, "percent", "%", SUBJ, H1i, location="Bố Trạch"),
    F("với 24,3%", "24,3", 24.3, "percent", "%", SUBJ, H1i, location="Minh Hóa"),
    F("tham gia 24 giải", "24", 24, "count", "giải", "giải quốc gia và quốc tế vận động viên tham gia", H1i),
    F("giành 64 huy chương", "64", 64, "count", "huy chương", "huy chương giành được", H1i, percent=49.2),
    F("(18 huy chương Vàng", "18", 18, "count", "huy chương Vàng", "huy chương Vàng", H1i, total=64),
    F("21 huy chương Bạc", "21", 21, "count", "huy chương Bạc", "huy chương Bạc", H1i, total=64),
    F("25 huy chương Đồng", "25", 25, "count", "huy chương Đồng", "huy chương Đồng", H1i, total=64),
    F("có 3 vận động viên", "3", 3, "count", "vận động viên", "vận động viên được triệu tập vào đội tuyển quốc gia", H1i),
    F("11 vận động viên", "11", 11, "count", "vận động viên", "vận động viên được triệu tập vào đội tuyển trẻ quốc gia", H1i),
    F("đạt 36%", "36", 36, "percent", "%", SUBJ, Y, status="target"),
    F("đạt 27,5%", "27,5", 27.5, "percent", "%", "tỷ lệ gia đình thể thao", Y, status="target"),
    F("từ 130 đến 140 huy chương", "130", 130, "count", "huy chương", "huy chương tại các giải quốc gia", Y,
      value_max=140, status="target"),
    F("là 28,6 tỷ đồng", "28,6", 28600000000, "money", "đồng", "tổng kinh phí dành cho thể thao thành tích cao", Yl),
]

build(1, A, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): sơ kết TDTT 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 15:20', 'Lượt xem: 2.318' is page furniture.",
    "Distractors: 'Sáng 11/7', 'số 6 đường Hương Giang' (address), phone 0232.3822.547, 'cấp huyện, cấp xã'.",
    "'tăng 1,4 điểm phần trăm so với cùng kỳ' is the change of 35,2%; 'tăng 4,6% so với cùng kỳ năm 2023' the change of 1.245 CLB; 312 and 186 follow 'trong đó' (total 1.245).",
    "'gần 15 nghìn' = 15000 nearly. District list (indicator stated before the list): districts go to location. 64 huy chương = 18+21+25 (bracketed breakdown, total 64); 'đạt 49,2% kế hoạch năm' is 64's percent.",
    "Paragraphs 3-4 take '6 tháng đầu năm 2024' from paragraph 2 (inherited). 'phấn đấu' makes the 2024 figures targets; 'từ 130 đến 140' a range.",
], figs, published="2024-07-12", location="Quảng Bình")
