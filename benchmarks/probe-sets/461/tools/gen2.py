from lib import F, P, ch, tg, emit

T = """UBND TỈNH QUẢNG NINH
SỞ DU LỊCH
Số: 58/BC-SDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 15 tháng 02 năm 2024

BÁO CÁO
Kết quả hoạt động du lịch dịp Tết Nguyên đán Giáp Thìn 2024

Thực hiện Công văn số 312/UBND-VX ngày 25/01/2024 của UBND tỉnh, Sở Du lịch báo cáo kết quả hoạt động du lịch trong 7 ngày nghỉ Tết (từ ngày 8/2 đến ngày 14/2/2024) như sau:

1. Kết quả chung
Toàn tỉnh đón khoảng 756.000 lượt khách, tăng 12,4% so với Tết Quý Mão 2023; trong đó khách quốc tế ước đạt 42.300 lượt, chiếm 5,6%. Tổng doanh thu du lịch ước đạt 1.150 tỷ đồng. Công suất phòng bình quân đạt 58%, riêng đêm mùng 3 Tết (12/2/2024) đạt trên 85%.

2. Lượt khách tại một số địa phương
Đơn vị tính: nghìn lượt khách
Địa phương | Tết Quý Mão 2023 | Tết Giáp Thìn 2024 | So sánh (%)
Hạ Long | 318,5 | 352,0 | 110,5
Móng Cái | 61,2 | 70,4 | 115,0
Uông Bí | 148,0 | 163,8 | 110,7
Vân Đồn | 35,6 | 41,9 | 117,7
Cô Tô | 4,1 | 3,6 | 87,8
Toàn tỉnh | 672,6 | 756,0 | 112,4

3. Công tác bảo đảm an ninh, an toàn
Lực lượng chức năng tổ chức 46 đoàn kiểm tra tại 212 cơ sở kinh doanh dịch vụ du lịch, phát hiện 9 cơ sở vi phạm, xử phạt 67,5 triệu đồng. Các trung tâm y tế sơ cứu 31 trường hợp du khách bị tai nạn, ốm đau; không có tai nạn nghiêm trọng. Đường dây nóng 1900 1585 hoạt động 24/24 giờ.

4. Nhiệm vụ năm 2024
Phấn đấu năm 2024 đón 19 triệu lượt khách, trong đó 3,5 triệu lượt khách quốc tế; tổng thu du lịch đạt 43.000 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NV.
GIÁM ĐỐC
Phạm Ngọc Thủy
"""

TET24 = dict(text="từ ngày 8/2 đến ngày 14/2/2024", start="2024-02-08", end="2024-02-14")
I24 = P(TET24["text"], TET24["start"], TET24["end"], inh=True)
I23 = P("Tết Quý Mão 2023", "2023-01-20", "2023-01-26", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("khoảng 756.000 lượt khách", "756.000", 756000, "count", "lượt khách", "lượt khách toàn tỉnh đón", I24,
      approx="about", change=ch("increase", 12.4, baseline="Tết Quý Mão 2023")),
    F("ước đạt 42.300 lượt", "42.300", 42300, "count", "lượt", "khách quốc tế", I24,
      total=756000, percent=5.6, status="estimate"),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "tổng doanh thu du lịch", I24, status="estimate"),
    F("bình quân đạt 58%", "58", 58, "percent", "%", "công suất phòng bình quân", I24),
    F("đạt trên 85%", "85", 85, "percent", "%", "công suất phòng đêm mùng 3 Tết",
      P("đêm mùng 3 Tết (12/2/2024)", "2024-02-12", "2024-02-12"), approx="over"),
]
rows = [("Hạ Long", "318,5", "352,0", "110,5"), ("Móng Cái", "61,2", "70,4", "115,0"),
        ("Uông Bí", "148,0", "163,8", "110,7"), ("Vân Đồn", "35,6", "41,9", "117,7"),
        ("Cô Tô", "4,1", "3,6", "87,8"), ("Toàn tỉnh", "672,6", "756,0", "112,4")]


def num(s):
    return float(s.replace(",", "."))


for place, a, b, c in rows:
    loc = "Quảng Ninh" if place == "Toàn tỉnh" else place
    figs.append(F(f"{place} | {a} |", a, round(num(a) * 1000), "count", "lượt khách",
                  "lượt khách Tết Quý Mão 2023", I23, location=loc))
    figs.append(F(f"| {b} |", b, round(num(b) * 1000), "count", "lượt khách",
                  "lượt khách Tết Giáp Thìn 2024", I24, location=loc))
    figs.append(F(f"| {c}\n", c, num(c), "percent", "%",
                  "lượt khách so sánh", I24, location=loc))

figs += [
    F("tổ chức 46 đoàn kiểm tra", "46", 46, "count", "đoàn kiểm tra", "đoàn kiểm tra", I24),
    F("tại 212 cơ sở", "212", 212, "count", "cơ sở", "cơ sở kinh doanh dịch vụ du lịch được kiểm tra", I24),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", I24),
    F("xử phạt 67,5 triệu đồng", "67,5", 67.5e6, "money", "đồng", "tiền xử phạt", I24),
    F("sơ cứu 31 trường hợp", "31", 31, "count", "trường hợp", "du khách bị tai nạn, ốm đau được sơ cứu", I24),
    F("24/24 giờ", "24", 24, "measure", "giờ", "thời gian hoạt động đường dây nóng", total=24, optional=True),
    F("đón 19 triệu lượt khách", "19", 19e6, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("trong đó 3,5 triệu lượt", "3,5", 3.5e6, "count", "lượt khách quốc tế", "khách quốc tế", Y24,
      total=19e6, status="target"),
    F("đạt 43.000 tỷ đồng", "43.000", 43000e9, "money", "đồng", "tổng thu du lịch", Y24, status="target"),
]

emit("p461-2", T, [
    "Sở Du lịch Quảng Ninh, formal report 'Số: 58/BC-SDL' with letterhead; place-and-date line 'Quảng Ninh, ngày 15 tháng 02 năm 2024'.",
    "Tết Giáp Thìn 2024 holiday = 'từ ngày 8/2 đến ngày 14/2/2024' (stated once, inherited by later sentences and the table's 2024 column).",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' (×1000); rows are towns/districts (location), 'Toàn tỉnh' = Quảng Ninh; 'So sánh (%)' cells are percents.",
    "Table periods: column headers name the Tết, not dates: the 2023 column (Tết Quý Mão, 20/1-26/1/2023, not written in the text) and the 2024 column are marked inherited.",
    "'chiếm 5,6%' is the percent of 42.300, which is also a 'trong đó' part of 756.000. '9 cơ sở vi phạm' has no part cue after '212 cơ sở': no total.",
    "Distractors: 'Số: 58/BC-SDL', 'Công văn số 312/UBND-VX ngày 25/01/2024', '7 ngày nghỉ Tết' (duration), hotline '1900 1585', 'mùng 3 Tết', section numbers 1.-4.",
    "'24/24 giờ' (round-the-clock service) is optional. Target section: 'Phấn đấu năm 2024' governs the whole sentence (status target); 3,5 triệu is a 'trong đó' part of 19 triệu.",
    "revised: the 'So sánh (%)' cells' subject is the table title + column label ('lượt khách so sánh'); the Tết names I had added are in no label.",
], figs, published="2024-02-15", location="Quảng Ninh")
