"""p838-3: formal report (UBND tỉnh Sóc Trăng), straw collection and organic fertiliser, 6 months 2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 196/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý rơm rạ và sản xuất phân bón hữu cơ 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thu gom, xử lý rơm rạ
Trong 6 tháng đầu năm 2024, toàn tỉnh thu hoạch 182.500 ha lúa, lượng rơm rạ phát sinh ước đạt 1,06 triệu tấn. Lượng rơm được thu gom để trồng nấm, làm thức ăn gia súc và ủ phân đạt 398.000 tấn, chiếm 37,5%, tăng 4,2 điểm phần trăm so với cùng kỳ năm 2023.

2. Sản xuất và sử dụng phân bón hữu cơ
Kết quả tại một số địa phương như sau:
Đơn vị tính: tấn
Địa phương | Rơm rạ thu gom | Phân hữu cơ ủ được | Kế hoạch năm 2024
Huyện Thạnh Trị | 21.400 | 3.150 | 6.000
Huyện Mỹ Xuyên | 64.800 | 5.620 | 11.000
Huyện Long Phú | 58.300 | 4.870 | 9.500
Thị xã Ngã Năm | 71.200 | 6.340 | 12.000
Tổng cộng | 215.700 | 19.980 | 38.500

Toàn tỉnh hiện có 14 cơ sở sản xuất phân bón hữu cơ được cấp phép, tổng công suất thiết kế 96.000 tấn/năm; sản lượng 6 tháng đầu năm đạt 31.250 tấn, bằng 42,8% kế hoạch năm. Giá bán bình quân từ 3.800 đến 4.500 đồng/kg.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu thu gom trên 45% lượng rơm rạ vụ Hè Thu; hỗ trợ 120 tổ hợp tác, hợp tác xã ủ phân từ phụ phẩm.
2. Tổng kinh phí dự kiến khoảng 4,5 tỷ đồng từ nguồn Nghị quyết số 05/2023/NQ-HĐND.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Huyện Thạnh Trị", "Thạnh Trị", "21.400", "3.150", "6.000"),
        ("Huyện Mỹ Xuyên", "Mỹ Xuyên", "64.800", "5.620", "11.000"),
        ("Huyện Long Phú", "Long Phú", "58.300", "4.870", "9.500"),
        ("Thị xã Ngã Năm", "Ngã Năm", "71.200", "6.340", "12.000"),
        ("Tổng cộng", None, "215.700", "19.980", "38.500")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("thu hoạch 182.500 ha lúa", "182.500", 182500, "measure", "ha", "diện tích lúa thu hoạch", H1),
    F("ước đạt 1,06 triệu tấn", "1,06", 1.06e6, "measure", "tấn", "lượng rơm rạ phát sinh", H1, status="estimate"),
    F("đạt 398.000 tấn", "398.000", 398000, "measure", "tấn",
      "lượng rơm được thu gom để trồng nấm, làm thức ăn gia súc và ủ phân", I(H1), percent=37.5,
      change=C("increase", 4.2, "điểm phần trăm", "cùng kỳ năm 2023")),
]
for label, loc, a, b, c in ROWS:
    tail = " tổng cộng" if loc is None else ""
    extra = {} if loc is None else {"location": loc}
    FIGS += [
        F(f"{label} | {a}", a, num(a), "measure", "tấn", "rơm rạ thu gom" + tail, I(H1), **extra),
        F(f"{a} | {b}", b, num(b), "measure", "tấn", "phân hữu cơ ủ được" + tail, I(H1), **extra),
        F(f"{b} | {c}", c, num(c), "measure", "tấn", "phân hữu cơ ủ được kế hoạch năm 2024" + tail, KH,
          status="target", **extra),
    ]
FIGS += [
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất phân bón hữu cơ được cấp phép"),
    F("thiết kế 96.000 tấn/năm", "96.000", 96000, "measure", "tấn/năm", "tổng công suất thiết kế"),
    F("đạt 31.250 tấn", "31.250", 31250, "measure", "tấn", "sản lượng phân bón hữu cơ", H1s, percent=42.8),
    F("từ 3.800 đến 4.500 đồng/kg", "3.800", 3800, "money", "đồng/kg", "giá bán bình quân phân bón hữu cơ",
      value_max=4500),
    F("trên 45% lượng", "45", 45, "percent", "%", "lượng rơm rạ vụ Hè Thu được thu gom", H2, approx="over",
      status="target"),
    F("hỗ trợ 120 tổ hợp tác", "120", 120, "count", "tổ hợp tác, hợp tác xã",
      "tổ hợp tác, hợp tác xã được hỗ trợ ủ phân từ phụ phẩm", H2, status="target"),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "tổng kinh phí", H2, approx="about", status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Sóc Trăng, Số: 196/BC-UBND, 08/7/2024: straw collection and organic fertiliser, first half of 2024.",
    "Flattened | table, 'Đơn vị tính: tấn'; each numeric cell is a figure (subject = column label, place -> location);",
    "the 'Tổng cộng' row is its own figure with location Sóc Trăng (no totals on cells). Period of the actual columns comes",
    "from the report title/lead (inherited); the 'Kế hoạch năm 2024' column gives status target and period 2024 (scored).",
    "'chiếm 37,5%, tăng 4,2 điểm phần trăm' -> percent 37.5 and change in điểm phần trăm on the 398.000 tấn.",
    "'6 tháng đầu năm' (yearless) takes 2024. Section II heading period '6 THÁNG CUỐI NĂM 2024' is inherited by its items;",
    "'Phấn đấu' governs the continuing clause (120 tổ hợp tác); 'dự kiến' -> forecast.",
    "Distractors: Số: 196/BC-UBND, the place-date line, section numbers I., II., 1., 2., Nghị quyết số 05/2023/NQ-HĐND, 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-07-08", location="Sóc Trăng")
