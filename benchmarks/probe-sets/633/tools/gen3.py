from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý hoạt động giết mổ, kiểm soát giết mổ gia súc, gia cầm năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2023, toàn tỉnh có 21 cơ sở giết mổ tập trung (8 cơ sở giết mổ gia súc, 13 cơ sở giết mổ gia cầm) và 37 điểm giết mổ nhỏ lẻ, giảm 12 điểm so với năm 2022. Có 4 cơ sở được chứng nhận đủ điều kiện an toàn thực phẩm theo Nghị định số 15/2018/NĐ-CP.

II. KẾT QUẢ THỰC HIỆN
1. Kiểm soát giết mổ
Năm 2023, tổng số gia súc, gia cầm được kiểm soát giết mổ ước đạt 11,76 triệu con, tăng 5,6% so với năm 2022. Tỷ lệ kiểm soát giết mổ đối với lợn đạt 98,6%, trâu bò 95,2%, gia cầm 83,7%.

Bảng 1. Số gia súc, gia cầm được kiểm soát giết mổ (đơn vị tính: con)
Loại vật nuôi | Năm 2022 | Ước năm 2023 | Kế hoạch 2024
Lợn | 1.245.300 | 1.318.650 | 1.400.000
Trâu, bò | 28.420 | 26.980 | 28.000
Gia cầm | 9.865.400 | 10.412.700 | 11.000.000

2. Thanh tra, kiểm tra, xử lý vi phạm
Cơ quan chuyên môn đã kiểm tra 184 lượt cơ sở; phát hiện, xử lý 46 vụ vi phạm, phạt tiền 1,27 tỷ đồng, tăng 23,5% so với năm 2022; tiêu hủy 3,4 tấn thịt, phụ phẩm không rõ nguồn gốc. Thu phí kiểm soát giết mổ đạt 6,85 tỷ đồng, bằng 105,4% dự toán.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% lợn, trâu bò được giết mổ tại cơ sở giết mổ tập trung; xóa bỏ ít nhất 15 điểm giết mổ nhỏ lẻ; đưa vào hoạt động cơ sở giết mổ gia cầm công suất 4.000 con/giờ tại huyện Bàu Bàng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = I(Y23)
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Ước năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24i = I(P("NĂM 2024", "2024-01-01", "2024-12-31"))
SUB = "được kiểm soát giết mổ"


def row(label, a22, n22, a23, n23, a24, n24):
    return [
        F(a22, n22, int(n22.replace(".", "")), "count", "con", f"{label} {SUB} năm 2022", C22),
        F(a23, n23, int(n23.replace(".", "")), "count", "con", f"{label} {SUB} ước năm 2023", C23, status="estimate"),
        F(a24, n24, int(n24.replace(".", "")), "count", "con", f"{label} {SUB} kế hoạch 2024", C24, status="target"),
    ]


FIGS = [
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở giết mổ tập trung", ASOF),
    F("(8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở giết mổ gia súc", ASOF, total=21),
    F("13 cơ sở", "13", 13, "count", "cơ sở", "cơ sở giết mổ gia cầm", ASOF, total=21),
    F("và 37 điểm", "37", 37, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ", ASOF,
      change=CH("decrease", 12, "điểm", "năm 2022")),
    F("Có 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở được chứng nhận đủ điều kiện an toàn thực phẩm", I(ASOF)),
    F("ước đạt 11,76 triệu con", "11,76", 11760000, "count", "con", "gia súc, gia cầm được kiểm soát giết mổ", Y23,
      change=CH("increase", 5.6, "%", "năm 2022"), status="estimate"),
    F("lợn đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ kiểm soát giết mổ đối với lợn", Y23i),
    F("trâu bò 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ kiểm soát giết mổ đối với trâu bò", Y23i),
    F("gia cầm 83,7%", "83,7", 83.7, "percent", "%", "tỷ lệ kiểm soát giết mổ đối với gia cầm", Y23i),
    *row("Lợn", "| 1.245.300", "1.245.300", "| 1.318.650", "1.318.650", "| 1.400.000", "1.400.000"),
    *row("Trâu, bò", "| 28.420", "28.420", "| 26.980", "26.980", "| 28.000", "28.000"),
    *row("Gia cầm", "| 9.865.400", "9.865.400", "| 10.412.700", "10.412.700", "| 11.000.000", "11.000.000"),
    F("kiểm tra 184 lượt", "184", 184, "count", "lượt", "lượt kiểm tra cơ sở", Y23i),
    F("xử lý 46 vụ", "46", 46, "count", "vụ", "vụ vi phạm được phát hiện, xử lý", Y23i),
    F("phạt tiền 1,27 tỷ đồng", "1,27", 1270000000, "money", "đồng", "tiền phạt", Y23i,
      change=CH("increase", 23.5, "%", "năm 2022")),
    F("tiêu hủy 3,4 tấn", "3,4", 3.4, "measure", "tấn", "thịt, phụ phẩm không rõ nguồn gốc bị tiêu hủy", Y23i),
    F("đạt 6,85 tỷ đồng", "6,85", 6850000000, "money", "đồng", "thu phí kiểm soát giết mổ", Y23i, percent=105.4),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "lợn, trâu bò được giết mổ tại cơ sở giết mổ tập trung", Y24i,
      status="target"),
    F("ít nhất 15 điểm", "15", 15, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ xóa bỏ", Y24i,
      approx="at_least", status="target"),
    F("công suất 4.000 con/giờ", "4.000", 4000, "measure", "con/giờ", "công suất cơ sở giết mổ gia cầm đưa vào hoạt động",
      Y24i, status="target", location="Bàu Bàng"),
]

COMMENTS = [
    "Formal report of UBND tỉnh Bình Dương (Số: 287/BC-UBND, 15/12/2023) on slaughter control in 2023, with a flattened '|' table (unit 'con' in the title line).",
    "Bracket (8 + 13) adds up to 21, so total 21. 'giảm 12 điểm so với năm 2022' is the change of 37. 'ước đạt' makes 11,76 triệu an estimate; the next sentence (rates) is actual.",
    "Table: every cell a figure; subject = row label + indicator + column; period and status from the column header (Năm 2022 actual, Ước năm 2023 estimate, Kế hoạch 2024 target).",
    "Section III 'PHƯƠNG HƯỚNG NĂM 2024' gives an inherited period and 'Phấn đấu' the target status to all three clauses; '4.000 con/giờ tại huyện Bàu Bàng' -> Bàu Bàng.",
    "Distractors: Số: 287/BC-UBND, place-and-date line, section numbers I./II./1./2., Bảng 1, Nghị định số 15/2018/NĐ-CP, Nơi nhận block, '30/11/2023'.",
]

emit("p633-3", TEXT, COMMENTS, FIGS, published="2023-12-15", location="Bình Dương")
