"""p1219-3: formal report, UBND tỉnh Bình Thuận, titanium mining 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH THUẬN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 18 tháng 01 năm 2024

BÁO CÁO
Tình hình khai thác, chế biến sa khoáng titan năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cấp phép
Tính đến ngày 31/12/2023, toàn tỉnh có 19 giấy phép khai thác sa khoáng titan còn hiệu lực, trong đó 12 giấy phép do Bộ Tài nguyên và Môi trường cấp, 7 giấy phép do UBND tỉnh cấp. Tổng trữ lượng được phép khai thác khoảng 2,64 triệu tấn khoáng vật nặng.

2. Khai thác, chế biến
Năm 2023, sản lượng khai thác đạt 118.500 tấn khoáng vật nặng, bằng 82,4% năm 2022; sản lượng tinh quặng sau tuyển ước đạt 96.200 tấn. Hai nhà máy chế biến xỉ titan tại huyện Bắc Bình hoạt động cầm chừng, công suất thực tế chỉ đạt 35-40% công suất thiết kế (60.000 tấn/năm).

3. Diện tích khai thác, hoàn thổ
Đơn vị tính: ha
Huyện, thị xã | Diện tích cấp phép | Đã khai thác | Đã hoàn thổ
Tuy Phong | 1.245,6 | 612,3 | 402,8
Bắc Bình | 2.870,4 | 1.104,7 | 689,5
Hàm Thuận Nam | 936,2 | 318,9 | 205,4
Hàm Tân | 512,8 | 147,1 | 96,3
Tổng cộng | 5.565,0 | 2.183,0 | 1.394,0

4. Thu ngân sách
Năm 2023, các doanh nghiệp nộp ngân sách 186,7 tỷ đồng, giảm 14,2% so với năm 2022; trong đó tiền cấp quyền khai thác khoáng sản 71,3 tỷ đồng, thuế tài nguyên 58,9 tỷ đồng. Tiền ký quỹ phục hồi môi trường lũy kế đạt 94,5 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu hoàn thổ thêm 250 ha; nâng tỷ lệ diện tích đã hoàn thổ trên diện tích đã khai thác lên trên 70%; kiểm tra ít nhất 10 mỏ, xử lý dứt điểm khai thác trái phép ở vùng giáp ranh tỉnh Ninh Thuận.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23B = P("Năm 2023", "2023-01-01", "2023-12-31")  # section 4 restates it
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
BB = "Bắc Bình"

COLS = ["diện tích cấp phép khai thác titan", "diện tích đã khai thác", "diện tích đã hoàn thổ"]
ROWS = [
    ("Tuy Phong", ["1.245,6", "612,3", "402,8"]),
    ("Bắc Bình", ["2.870,4", "1.104,7", "689,5"]),
    ("Hàm Thuận Nam", ["936,2", "318,9", "205,4"]),
    ("Hàm Tân", ["512,8", "147,1", "96,3"]),
    ("Tổng cộng", ["5.565,0", "2.183,0", "1.394,0"]),
]


def val(s):
    return float(s.replace(".", "").replace(",", "."))


def table():
    out = []
    for row, cells in ROWS:
        left = row
        for col, c in zip(COLS, cells):
            anchor = f"{left} | {c}"
            if row == "Tổng cộng":
                kw = {"subject": f"tổng cộng {col}"}
            else:
                kw = {"subject": col, "location": row}
            out.append(F(anchor, c, val(c), "measure", "ha", period=I(ASOF), **kw))
            left = c
    return out


FIGS = [
    F("có 19 giấy phép", "19", 19, "count", "giấy phép",
      subject="giấy phép khai thác sa khoáng titan còn hiệu lực", period=ASOF),
    F("12 giấy phép do Bộ", "12", 12, "count", "giấy phép", total=19,
      subject="giấy phép khai thác titan do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    F("7 giấy phép do UBND", "7", 7, "count", "giấy phép", total=19,
      subject="giấy phép khai thác titan do UBND tỉnh cấp", period=ASOF),
    F("khoảng 2,64 triệu tấn", "2,64", 2640000, "measure", "tấn", approx="about",
      subject="tổng trữ lượng được phép khai thác", period=I(ASOF)),
    F("đạt 118.500 tấn", "118.500", 118500, "measure", "tấn", percent=82.4,
      subject="sản lượng khai thác khoáng vật nặng", period=Y23),
    F("ước đạt 96.200 tấn", "96.200", 96200, "measure", "tấn", status="estimate",
      subject="sản lượng tinh quặng sau tuyển", period=Y23),
    F("Hai nhà máy", "Hai", 2, "count", "nhà máy", subject="nhà máy chế biến xỉ titan",
      location=BB, period=I(Y23)),
    F("đạt 35-40%", "35", 35, "percent", "%", value_max=40,
      subject="công suất thực tế so với công suất thiết kế của nhà máy chế biến xỉ titan",
      location=BB, period=I(Y23)),
    F("(60.000 tấn/năm)", "60.000", 60000, "measure", "tấn/năm",
      subject="công suất thiết kế nhà máy chế biến xỉ titan", location=BB),
] + table() + [
    F("ngân sách 186,7 tỷ", "186,7", 186700000000, "money", "đồng",
      change=C("decrease", 14.2, "%", "năm 2022"),
      subject="ngân sách các doanh nghiệp khai thác titan nộp", period=Y23B),
    F("khoáng sản 71,3 tỷ", "71,3", 71300000000, "money", "đồng", total=186700000000,
      subject="tiền cấp quyền khai thác khoáng sản", period=Y23B),
    F("tài nguyên 58,9 tỷ", "58,9", 58900000000, "money", "đồng", total=186700000000,
      subject="thuế tài nguyên", period=Y23B),
    F("đạt 94,5 tỷ", "94,5", 94500000000, "money", "đồng",
      subject="tiền ký quỹ phục hồi môi trường lũy kế"),
    F("thêm 250 ha", "250", 250, "measure", "ha", status="target",
      subject="diện tích hoàn thổ thêm", period=Y24),
    F("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
      subject="tỷ lệ diện tích đã hoàn thổ trên diện tích đã khai thác", period=Y24),
    F("ít nhất 10 mỏ", "10", 10, "count", "mỏ", approx="at_least", status="target",
      subject="mỏ được kiểm tra", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Thuận, Số: 412/BC-UBND, 'Bình Thuận, ngày 18 tháng 01 năm 2024'): titanium mining and processing in 2023.",
    "Flattened '|' table, 'Đơn vị tính: ha'; rows are districts (→ location, subject = column label), 'Tổng cộng' row → province, no totals.",
    "Table cells take the as-of date of section I.1 only by inheritance (the section 3 heading states none): inherited, not scored.",
    "Distractors: Số: 412/BC-UBND, section numbers I./II./1.-4., 'Nơi nhận', 'Lưu: VT, KT', 'Ninh Thuận' (no number).",
    "'bằng 82,4% năm 2022' is the share of 118.500 tấn (percent). 'Hai nhà máy' (number word) in Bắc Bình, as are the capacity figures.",
    "12 + 7 = 19 giấy phép after 'trong đó'; 71,3 and 58,9 tỷ after 'trong đó' take 186,7 tỷ (they need not add up).",
    "Section II 'NHIỆM VỤ NĂM 2024' with 'Phấn đấu' continuing after ';' → target, period inherited from the heading.",
]

if __name__ == "__main__":
    write("p1219-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Bình Thuận")
