from lib import F, P, inh, CH, emit

TEXT = """UBND TỈNH CAO BẰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Cao Bằng, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả bảo tồn, phát triển các làng nghề làm hương truyền thống năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất, kinh doanh
Thực hiện Kế hoạch số 1856/KH-UBND ngày 12/8/2021 của UBND tỉnh, năm 2023 toàn tỉnh duy trì 4 làng nghề làm hương truyền thống với 342 hộ, 796 lao động tham gia sản xuất. Kết quả cụ thể như sau:

Bảng 1. Kết quả sản xuất tại các làng nghề hương năm 2023
Làng nghề | Số hộ (hộ) | Lao động (người) | Sản lượng (tấn) | Doanh thu (triệu đồng)
Phja Thắp (Quảng Hòa) | 118 | 265 | 212,5 | 9.350
Bản Hía (Hòa An) | 86 | 198 | 146 | 6.130
Nà Chang (Trùng Khánh) | 71 | 172 | 98,4 | 4.020
Lũng Nặm (Hà Quảng) | 67 | 161 | 85 | 3.480
Tổng cộng | 342 | 796 | 541,9 | 22.980

Giá trị sản xuất bình quân đạt 67,2 triệu đồng/hộ/năm; thu nhập bình quân của lao động làng nghề đạt 3,8 triệu đồng/người/tháng, tăng 0,4 triệu đồng so với năm 2022.

2. Công tác hỗ trợ
Năm 2023, tỉnh bố trí 1.250 triệu đồng xây dựng 2 điểm trưng bày, giới thiệu sản phẩm; mở 6 lớp đào tạo nghề cho 120 lao động, đạt 80% kế hoạch. Sản phẩm hương Phja Thắp được công nhận OCOP 3 sao. Làng hương Phja Thắp (huyện Quảng Hòa) đón khoảng 12.500 lượt khách, tăng 1,6 lần so với năm 2022.

II. KHÓ KHĂN, HẠN CHẾ
Nguyên liệu vỏ cây, bột thơm ngày càng khan hiếm; khoảng 40% số hộ vẫn sản xuất thủ công hoàn toàn.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng hương các làng nghề đạt 600 tấn, doanh thu đạt 25 tỷ đồng; 100% làng nghề có tổ hợp tác.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, CN.
"""

y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TB = inh(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = inh(P("NĂM 2024", "2024-01-01", "2024-12-31"))

ROWS = [
    ("Phja Thắp (Quảng Hòa) | ", "làng nghề Phja Thắp", "Quảng Hòa", ["118", "265", "212,5", "9.350"]),
    ("Bản Hía (Hòa An) | ", "làng nghề Bản Hía", "Hòa An", ["86", "198", "146", "6.130"]),
    ("Nà Chang (Trùng Khánh) | ", "làng nghề Nà Chang", "Trùng Khánh", ["71", "172", "98,4", "4.020"]),
    ("Lũng Nặm (Hà Quảng) | ", "làng nghề Lũng Nặm", "Hà Quảng", ["67", "161", "85", "3.480"]),
    ("Tổng cộng | ", "tổng cộng các làng nghề", None, ["342", "796", "541,9", "22.980"]),
]
COLS = [("Số hộ", "count", "hộ", 1), ("Lao động", "count", "người", 1),
        ("Sản lượng", "measure", "tấn", 1), ("Doanh thu", "money", "đồng", 1e6)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("duy trì 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề làm hương truyền thống", y23),
    F("với 342 hộ", "342", 342, "count", "hộ", "hộ tham gia sản xuất tại làng nghề hương", y23),
    F("796 lao động", "796", 796, "count", "lao động", "lao động tham gia sản xuất tại làng nghề hương", y23),
]
for head, label, loc, cells in ROWS:
    for i, (cell, (col, kind, unit, mult)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = head + cell
        else:
            anchor = " | ".join(cells[i - 1:i + 1])
            if head.startswith("Tổng") and i == 1:
                anchor = "| 342 | 796"
        kw = {"location": loc} if loc else {}
        FIGS.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{col} {label}", TB, **kw))

FIGS += [
    F("đạt 67,2 triệu", "67,2", 67.2e6, "money", "đồng/hộ/năm", "giá trị sản xuất bình quân", TB),
    F("đạt 3,8 triệu", "3,8", 3.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề", TB,
      change=CH("increase", 400000, "đồng", "năm 2022")),
    F("bố trí 1.250 triệu", "1.250", 1.25e9, "money", "đồng",
      "kinh phí xây dựng điểm trưng bày, giới thiệu sản phẩm", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("xây dựng 2 điểm", "2", 2, "count", "điểm trưng bày", "điểm trưng bày, giới thiệu sản phẩm",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp đào tạo nghề", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 120 lao động", "120", 120, "count", "lao động", "lao động được đào tạo nghề",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=80),
    F("khoảng 12.500 lượt khách", "12.500", 12500, "count", "lượt khách", "lượt khách đến làng hương Phja Thắp", TB,
      approx="about", change=CH("increase", 1.6, "lần", "năm 2022"), location="Quảng Hòa"),
    F("khoảng 40% số hộ", "40", 40, "percent", "%", "tỷ lệ hộ vẫn sản xuất thủ công hoàn toàn", approx="about"),
    F("đạt 600 tấn", "600", 600, "measure", "tấn", "sản lượng hương các làng nghề", Y24, status="target"),
    F("đạt 25 tỷ đồng", "25", 25e9, "money", "đồng", "doanh thu các làng nghề hương", Y24, status="target"),
    F("100% làng nghề", "100", 100, "percent", "%", "tỷ lệ làng nghề có tổ hợp tác", Y24, status="target"),
]

emit("p780-3", TEXT, [
    "Formal report, UBND tỉnh Cao Bằng, Số 412/BC-UBND, 20/12/2023: incense villages 2023, flattened '|' table.",
    "Table: every numeric cell a figure; subject = column + village; the bracketed district of a row is its location;",
    "units from the column headers ('(triệu đồng)' multiplies); period from the table title line (inherited).",
    "Tổng cộng row: location Cao Bằng (default). No totals for table rows (no cue). 'OCOP 3 sao' is a level, not a figure.",
    "Section III heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the target year (inherited).",
    "Distractors: Số: 412/BC-UBND, Kế hoạch số 1856/KH-UBND ngày 12/8/2021, Bảng 1, I./II./III., 1./2., OCOP 3 sao.",
], FIGS, published="2023-12-20", location="Cao Bằng")
