from lib import F, P, I, CH, TG, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TÂY NINH
Địa chỉ: số 3 đường Trần Hưng Đạo, Phường 1, thành phố Tây Ninh
Ngày đăng: 09/10/2023 | Lượt xem: 712

Phong trào thể dục thể thao quần chúng 9 tháng năm 2023 tiếp tục phát triển

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 9 tháng năm 2023, toàn tỉnh có 36,2% dân số tập luyện thể dục thể thao (TDTT) thường xuyên, tăng 1,1% so với cùng kỳ; 27,4% số hộ đạt tiêu chuẩn gia đình thể thao. Toàn tỉnh hiện có 1.186 câu lạc bộ TDTT cơ sở, tăng 64 câu lạc bộ so với cuối năm 2022.

Các huyện, thị xã, thành phố đã tổ chức 412 giải thể thao cấp huyện, cấp xã, thu hút khoảng 38.500 lượt vận động viên; riêng quý III/2023 tổ chức 146 giải. Cấp tỉnh tổ chức 18 giải với hơn 3.200 lượt vận động viên tham gia. Kinh phí sự nghiệp TDTT ước thực hiện 9 tháng đạt 4,6 tỷ đồng, bằng 71,9% dự toán năm.

Kết quả một số chỉ tiêu TDTT quần chúng theo địa bàn (tính đến 30/9/2023)
Đơn vị tính: %
Địa bàn | Người tập luyện thường xuyên | Gia đình thể thao | Kế hoạch năm 2023 (người tập luyện)
Thành phố Tây Ninh | 42,5 | 33,8 | 42,0
Hòa Thành | 39,7 | 30,2 | 39,0
Trảng Bàng | 35,4 | 26,9 | 36,0
Tân Châu | 30,8 | 21,5 | 32,0

Hai địa phương Trảng Bàng và Tân Châu chưa đạt kế hoạch đề ra. Thời gian tới, Sở phấn đấu đến hết năm 2023, tỷ lệ người tập luyện TDTT thường xuyên toàn tỉnh đạt 37%, số câu lạc bộ TDTT cơ sở đạt trên 1.200 câu lạc bộ; tổ chức thành công Đại hội TDTT cấp cơ sở lần thứ X tại 94/94 xã, phường, thị trấn.
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
T30 = P("tính đến 30/9/2023", end="2023-09-30", inherited=True)
Y23 = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
E23 = P("đến hết năm 2023", end="2023-12-31")
R = "Người tập luyện thường xuyên"
GD = "Gia đình thể thao"
KH = "Kế hoạch năm 2023 người tập luyện"

figs = [
    F("có 36,2% dân số", "36,2", 36.2, "percent", "%", "dân số tập luyện thể dục thể thao (TDTT) thường xuyên", N9,
      change=CH("increase", 1.1, "%", "cùng kỳ")),
    F("27,4% số hộ", "27,4", 27.4, "percent", "%", "số hộ đạt tiêu chuẩn gia đình thể thao", N9),
    F("có 1.186 câu lạc bộ", "1.186", 1186, "count", "câu lạc bộ", "câu lạc bộ TDTT cơ sở", I(N9),
      change=CH("increase", 64, "câu lạc bộ", "cuối năm 2022")),
    F("tổ chức 412 giải", "412", 412, "count", "giải thể thao", "giải thể thao cấp huyện, cấp xã", I(N9)),
    F("khoảng 38.500 lượt", "38.500", 38500, "count", "lượt vận động viên", "lượt vận động viên tham gia giải cấp huyện, cấp xã",
      I(N9), approx="about"),
    F("tổ chức 146 giải", "146", 146, "count", "giải", "giải thể thao cấp huyện, cấp xã", Q3),
    F("tổ chức 18 giải", "18", 18, "count", "giải", "giải thể thao cấp tỉnh", I(N9)),
    F("hơn 3.200 lượt", "3.200", 3200, "count", "lượt vận động viên", "lượt vận động viên tham gia giải cấp tỉnh", I(N9),
      approx="over"),
    F("đạt 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "kinh phí sự nghiệp TDTT",
      P("9 tháng", "2023-01-01", "2023-09-30"), percent=71.9, status="estimate"),
    F("| 42,5", "42,5", 42.5, "percent", "%", R, T30, location="Tây Ninh"),
    F("| 33,8", "33,8", 33.8, "percent", "%", GD, T30, location="Tây Ninh"),
    F("| 42,0", "42,0", 42, "percent", "%", KH, Y23, location="Tây Ninh", status="target"),
    F("| 39,7", "39,7", 39.7, "percent", "%", R, T30, location="Hòa Thành"),
    F("| 30,2", "30,2", 30.2, "percent", "%", GD, T30, location="Hòa Thành"),
    F("| 39,0", "39,0", 39, "percent", "%", KH, Y23, location="Hòa Thành", status="target"),
    F("| 35,4", "35,4", 35.4, "percent", "%", R, T30, location="Trảng Bàng"),
    F("| 26,9", "26,9", 26.9, "percent", "%", GD, T30, location="Trảng Bàng"),
    F("| 36,0", "36,0", 36, "percent", "%", KH, Y23, location="Trảng Bàng", status="target"),
    F("| 30,8", "30,8", 30.8, "percent", "%", R, T30, location="Tân Châu"),
    F("| 21,5", "21,5", 21.5, "percent", "%", GD, T30, location="Tân Châu"),
    F("| 32,0", "32,0", 32, "percent", "%", KH, Y23, location="Tân Châu", status="target"),
    F("Hai địa phương", "Hai", 2, "count", "địa phương", "địa phương chưa đạt kế hoạch", T30),
    F("đạt 37%", "37", 37, "percent", "%", "tỷ lệ người tập luyện TDTT thường xuyên", E23, status="target"),
    F("trên 1.200 câu lạc bộ", "1.200", 1200, "count", "câu lạc bộ", "câu lạc bộ TDTT cơ sở", E23, approx="over",
      status="target"),
    F("94/94 xã", "94", 94, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức Đại hội TDTT cấp cơ sở lần thứ X",
      E23, total=94, status="target"),
]

write("p455-3", TEXT, [
    "Sở VHTTDL Tây Ninh (department site): mass sport results in 9 months of 2023 with a flattened '|' table by district (Đơn vị tính: %).",
    "Dateline 'Ngày đăng: 09/10/2023 | Lượt xem: 712' (counter). Distractors: address 'số 3 đường Trần Hưng Đạo, Phường 1', 'lần thứ X', 'cuối năm 2022' (baseline).",
    "Table: row label = place (location), column label = subject; 'Kế hoạch năm 2023' column = target with period 2023 from the header;",
    "other cells inherit 'tính đến 30/9/2023' from the caption. 4,6 tỷ: 'ước thực hiện' estimate, share 'bằng 71,9% dự toán năm' as percent.",
    "'Hai địa phương' (number word) is a count (no explicit whole). '94/94' target with total 94 ('phấn đấu' governs the continuing clause).",
], figs, published="2023-10-09", location="Tây Ninh")
