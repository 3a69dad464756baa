from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Lạng Sơn, ngày 05 tháng 10 năm 2023

BÁO CÁO
Kết quả phòng, chống bệnh lở mồm long móng 9 tháng năm 2023

I. TÌNH HÌNH DỊCH BỆNH
9 tháng năm 2023, trên địa bàn tỉnh xảy ra 6 ổ dịch LMLM tại 4 xã thuộc huyện Cao Lộc và Lộc Bình, làm 214 con gia súc mắc bệnh, giảm 38,5% so với cùng kỳ năm 2022; số con phải tiêu hủy là 17 con với trọng lượng 2.860 kg.

II. KẾT QUẢ TIÊM PHÒNG
1. Vắc xin LMLM: tính đến ngày 30/9/2023, toàn tỉnh tiêm được 152.380 liều, đạt 88,2% kế hoạch năm, tăng 6,4% so với cùng kỳ. Kết quả tại 3 huyện trọng điểm:
Đơn vị tính: liều
Huyện | Kế hoạch | Thực hiện | Tỷ lệ (%)
Cao Lộc | 21.500 | 19.870 | 92,4
Lộc Bình | 26.000 | 22.150 | 85,2
Đình Lập | 12.300 | 10.940 | 88,9
Tổng cộng | 59.800 | 52.960 | 88,6
2. Vắc xin khác: tiêm 98.600 liều vắc xin tụ huyết trùng trâu, bò, lợn; 64.200 liều vắc xin dịch tả lợn và 12.450 liều vắc xin dại chó, mèo, đạt lần lượt 81%, 76,5% và 69,3% kế hoạch.

III. CÔNG TÁC TIÊU ĐỘC KHỬ TRÙNG
Thực hiện Quyết định số 1520/QĐ-UBND ngày 14/8/2023, toàn tỉnh đã sử dụng 14.600 lít hóa chất và 96 tấn vôi bột, phun khử trùng cho khoảng 21.300 lượt hộ chăn nuôi. Tổng kinh phí 3,46 tỷ đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng.

IV. NHIỆM VỤ QUÝ IV/2023
Ước cả năm 2023, toàn tỉnh tiêm được khoảng 171.000 liều vắc xin LMLM, bằng 99% kế hoạch. Phấn đấu đến 31/12/2023 tỷ lệ tiêm phòng LMLM đạt trên 95% tổng đàn trong diện tiêm; dự kiến cần bổ sung khoảng 18.000 liều vắc xin.

Nơi nhận: - Bộ NN&PTNT; - Lưu: VT.
"""

NOTES = [
    "UBND tỉnh Lạng Sơn, formal report Số 287/BC-UBND (05/10/2023): LMLM outbreaks, vaccination 9 tháng năm 2023, flattened '|' table by district.",
    "Distractors: 'Số: 287/BC-UBND', the place-date line, section numbers I.-IV., 1., 2., 'Quyết định số 1520/QĐ-UBND ngày 14/8/2023',",
    "heading 'NHIỆM VỤ QUÝ IV/2023', 'Bộ NN&PTNT'. '3 huyện trọng điểm' is structure (optional).",
    "Table: 'Đơn vị tính: liều' for Kế hoạch/Thực hiện, Tỷ lệ (%) is percent; districts go to location, the Tổng cộng row stays Lạng Sơn;",
    "Kế hoạch cells are status target (annual plan). Table periods come from the sentence before the table (inherited, unscored).",
    "revised after the first run: table subjects are the row label + column label as FIGURES.md §Tables says (a place label goes to",
    "location), e.g. 'Tỷ lệ', 'Tổng cộng Kế hoạch'; the first gold had added context ('tỷ lệ tiêm vắc xin LMLM so với kế hoạch').",
    "'đạt lần lượt 81%, 76,5% và 69,3% kế hoạch' are the percent attributes of the three counts, in order.",
    "'2,1 tỷ đồng' after 'trong đó' is part of the 3,46 tỷ. Outbreak figures in two districts stay at the province.",
]

m9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
tdn = P("tính đến ngày 30/9/2023", end="2023-09-30")
plan = P("kế hoạch năm", "2023-01-01", "2023-12-31", inherited=True)

def row(label, loc, plan_a, plan_n, done_a, done_n, pct_a, pct_n):
    kw = {"location": loc} if loc else {}
    return [
        F(plan_a, plan_n, float(plan_n.replace(".", "")), "count", "liều", (label + "Kế hoạch").strip(), plan, status="target", **kw),
        F(done_a, done_n, float(done_n.replace(".", "")), "count", "liều", (label + "Thực hiện").strip(), I(tdn), **kw),
        F(pct_a, pct_n, float(pct_n.replace(",", ".")), "percent", "%", (label + "Tỷ lệ").strip(), I(tdn), **kw),
    ]

FIGS = [
    F("xảy ra 6 ổ dịch", "6", 6, "count", "ổ dịch", "ổ dịch LMLM", m9),
    F("tại 4 xã", "4", 4, "count", "xã", "xã có ổ dịch LMLM", m9),
    F("làm 214 con", "214", 214, "count", "con", "gia súc mắc bệnh LMLM", m9, change=C("decrease", 38.5, "%", "cùng kỳ năm 2022")),
    F("là 17 con", "17", 17, "count", "con", "gia súc phải tiêu hủy", m9),
    F("2.860 kg", "2.860", 2860, "measure", "kg", "trọng lượng gia súc tiêu hủy", m9),
    F("tiêm được 152.380 liều", "152.380", 152380, "count", "liều", "liều vắc xin LMLM đã tiêm", tdn, percent=88.2,
      change=C("increase", 6.4, "%", "cùng kỳ")),
    F("tại 3 huyện trọng điểm", "3", 3, "count", "huyện", "huyện trọng điểm", optional=True),
    *row("", "Cao Lộc", "| 21.500 |", "21.500", "| 19.870 |", "19.870", "| 92,4", "92,4"),
    *row("", "Lộc Bình", "| 26.000 |", "26.000", "| 22.150 |", "22.150", "| 85,2", "85,2"),
    *row("", "Đình Lập", "| 12.300 |", "12.300", "| 10.940 |", "10.940", "| 88,9", "88,9"),
    *row("Tổng cộng ", None, "| 59.800 |", "59.800", "| 52.960 |", "52.960", "| 88,6", "88,6"),
    F("tiêm 98.600 liều", "98.600", 98600, "count", "liều", "liều vắc xin tụ huyết trùng trâu, bò, lợn đã tiêm", I(tdn), percent=81),
    F("64.200 liều", "64.200", 64200, "count", "liều", "liều vắc xin dịch tả lợn đã tiêm", I(tdn), percent=76.5),
    F("12.450 liều", "12.450", 12450, "count", "liều", "liều vắc xin dại chó, mèo đã tiêm", I(tdn), percent=69.3),
    F("sử dụng 14.600 lít", "14.600", 14600, "measure", "lít", "hóa chất sử dụng tiêu độc khử trùng"),
    F("96 tấn vôi bột", "96", 96, "measure", "tấn", "vôi bột sử dụng"),
    F("khoảng 21.300 lượt hộ", "21.300", 21300, "count", "lượt hộ", "lượt hộ chăn nuôi được phun khử trùng", approx="about"),
    F("kinh phí 3,46 tỷ đồng", "3,46", 3460000000, "money", "đồng", "tổng kinh phí tiêu độc khử trùng"),
    F("tỉnh 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=3460000000),
    F("khoảng 171.000 liều", "171.000", 171000, "count", "liều", "liều vắc xin LMLM tiêm được",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", percent=99, status="estimate"),
    F("trên 95% tổng đàn", "95", 95, "percent", "%", "tỷ lệ tiêm phòng LMLM", P("đến 31/12/2023", end="2023-12-31"),
      approx="over", status="target"),
    F("khoảng 18.000 liều", "18.000", 18000, "count", "liều", "liều vắc xin cần bổ sung", approx="about", status="forecast"),
]

write("p969-3", TEXT, NOTES, FIGS, published="2023-10-05", location="Lạng Sơn")
