from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 10 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ muối 9 tháng đầu năm 2024 và nhiệm vụ quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tổng diện tích sản xuất muối toàn tỉnh là 3.195 ha, trong đó muối công nghiệp 2.365 ha, muối thủ công của diêm dân 830 ha. Sản lượng muối 9 tháng đầu năm 2024 đạt 572.700 tấn, bằng 81,8% kế hoạch năm (700.000 tấn), tăng 5,8% so với cùng kỳ; trong đó muối công nghiệp 418.500 tấn, muối thủ công 154.200 tấn. Kết quả theo địa bàn như sau:

Đơn vị tính: ha, tấn
Địa bàn | Diện tích (ha) | Sản lượng (tấn) | So cùng kỳ (%)
Huyện Ninh Hải | 1.380 | 245.300 | 108,2
Huyện Thuận Nam | 1.720 | 312.600 | 104,5
Huyện Ninh Phước | 95 | 14.800 | 96,1
Tổng cộng | 3.195 | 572.700 | 105,8

2. Tiêu thụ, giá muối
Giá muối thủ công tại đồng dao động 1.100-1.400 đồng/kg, giảm khoảng 15% so với cùng kỳ; muối công nghiệp 1.600 đồng/kg. Lượng muối tồn trong dân tính đến ngày 30/9/2024 còn khoảng 38.000 tấn.

3. Hỗ trợ diêm dân
Trong 9 tháng, tỉnh đã hỗ trợ 412 hộ diêm dân chuyển sang sản xuất muối trải bạt với kinh phí 2,06 tỷ đồng theo Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến sản lượng quý IV đạt khoảng 127.300 tấn; phấn đấu cả năm đạt 700.000 tấn, tiêu thụ trên 90% sản lượng muối của diêm dân.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T9 = I(M9)
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
DT, SL, SS = "diện tích sản xuất muối", "sản lượng muối", "sản lượng muối so cùng kỳ"

FIGS = [
    F("là 3.195 ha", "3.195", 3195, "measure", "ha", "tổng diện tích sản xuất muối"),
    F("công nghiệp 2.365 ha", "2.365", 2365, "measure", "ha", "diện tích muối công nghiệp", total=3195),
    F("diêm dân 830 ha", "830", 830, "measure", "ha", "diện tích muối thủ công của diêm dân", total=3195),
    F("đạt 572.700 tấn", "572.700", 572700, "measure", "tấn", SL, M9, percent=81.8,
      target=T(700000, "tấn"), change=C("increase", 5.8, "%", "cùng kỳ")),
    F("công nghiệp 418.500 tấn", "418.500", 418500, "measure", "tấn", "sản lượng muối công nghiệp",
      M9, total=572700),
    F("thủ công 154.200 tấn", "154.200", 154200, "measure", "tấn", "sản lượng muối thủ công",
      M9, total=572700),
    # flattened table; period from the sentence before the table
    F("Ninh Hải | 1.380", "1.380", 1380, "measure", "ha", DT, T9, location="Ninh Hải"),
    F("1.380 | 245.300", "245.300", 245300, "measure", "tấn", SL, T9, location="Ninh Hải"),
    F("| 108,2", "108,2", 108.2, "percent", "%", SS, T9, location="Ninh Hải"),
    F("Thuận Nam | 1.720", "1.720", 1720, "measure", "ha", DT, T9, location="Thuận Nam"),
    F("1.720 | 312.600", "312.600", 312600, "measure", "tấn", SL, T9, location="Thuận Nam"),
    F("| 104,5", "104,5", 104.5, "percent", "%", SS, T9, location="Thuận Nam"),
    F("Ninh Phước | 95", "95", 95, "measure", "ha", DT, T9, location="Ninh Phước"),
    F("95 | 14.800", "14.800", 14800, "measure", "tấn", SL, T9, location="Ninh Phước"),
    F("| 96,1", "96,1", 96.1, "percent", "%", SS, T9, location="Ninh Phước"),
    F("Tổng cộng | 3.195", "3.195", 3195, "measure", "ha", "tổng cộng " + DT, T9),
    F("3.195 | 572.700", "572.700", 572700, "measure", "tấn", "tổng cộng " + SL, T9),
    F("| 105,8", "105,8", 105.8, "percent", "%", "tổng cộng " + SS, T9),
    F("dao động 1.100-1.400 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá muối thủ công tại đồng",
      value_max=1400, change=C("decrease", 15, "%", "cùng kỳ", approx="about")),
    F("công nghiệp 1.600 đồng/kg", "1.600", 1600, "money", "đồng/kg", "giá muối công nghiệp"),
    F("khoảng 38.000 tấn", "38.000", 38000, "measure", "tấn", "lượng muối tồn trong dân",
      P("tính đến ngày 30/9/2024", end="2024-09-30"), approx="about"),
    F("hỗ trợ 412 hộ diêm dân", "412", 412, "count", "hộ diêm dân",
      "hộ diêm dân được hỗ trợ chuyển sang sản xuất muối trải bạt",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("kinh phí 2,06 tỷ đồng", "2,06", 2.06e9, "money", "đồng", "kinh phí hỗ trợ diêm dân",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 127.300 tấn", "127.300", 127300, "measure", "tấn", "sản lượng muối quý IV", Q4,
      approx="about", status="forecast"),
    F("cả năm đạt 700.000 tấn", "700.000", 700000, "measure", "tấn", "sản lượng muối cả năm", YR,
      status="target"),
    F("trên 90% sản lượng", "90", 90, "percent", "%", "sản lượng muối của diêm dân được tiêu thụ", YR,
      approx="over", status="target"),
]

NOTES = [
    "Ninh Thuận formal report (letterhead, 'Số: 287/BC-UBND', 'Ninh Thuận, ngày 10 tháng 10 năm 2024'): salt, 9 months of 2024 (invented).",
    "Flattened '|' table: each numeric cell a figure, place column -> location, unit from the column header; period from the",
    "sentence before the table (inherited). 'So cùng kỳ (%)' cells are percent figures. Table cells get no totals.",
    "'bằng 81,8% kế hoạch năm (700.000 tấn)': percent 81.8 and target 700000 of 572.700 tấn.",
    "Distractors: 'Số: 287/BC-UBND', 'Nghị quyết số 15/2022/NQ-HĐND', section numbers I./II./1.-3., heading 'QUÝ IV/2024', date line.",
    "'dự kiến ... quý IV' governs its clause (forecast); 'phấn đấu cả năm ..., tiêu thụ trên 90%' is target.",
]

write("p1061-3", TEXT, NOTES, FIGS, published="2024-10-10", location="Ninh Thuận")
