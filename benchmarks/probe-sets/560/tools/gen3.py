"""p560-3: formal report, UBND tỉnh Hà Tĩnh — Trường Đại học Hà Tĩnh admissions 2024, flattened '|' table by field group."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả tuyển sinh năm 2024 của Trường Đại học Hà Tĩnh

Thực hiện Công văn số 4123/BGDĐT-GDĐH ngày 02/8/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ TUYỂN SINH
Năm 2024, Trường Đại học Hà Tĩnh được xác định 1.850 chỉ tiêu trình độ đại học; đến ngày 31/10/2024 có 1.612 sinh viên nhập học, đạt 87,1% chỉ tiêu, tăng 9,3% so với năm 2023. Kết quả theo khối ngành:

Khối ngành | Chỉ tiêu (người) | Nhập học (người) | Tỷ lệ (%) | Điểm chuẩn (điểm)
Sư phạm | 520 | 538 | 103,5 | 19,0
Kinh tế - Quản trị | 480 | 402 | 83,8 | 15,0
Kỹ thuật - Công nghệ | 450 | 366 | 81,3 | 15,5
Nông - Lâm - Thủy sản | 180 | 97 | 53,9 | 15,0
Ngoại ngữ | 220 | 209 | 95,0 | 16,0

II. CHẤT LƯỢNG ĐÀO TẠO VÀ ĐỘI NGŨ
Năm 2024, Trường có 1.096 sinh viên tốt nghiệp; tỷ lệ sinh viên có việc làm sau 12 tháng đạt 91,8%. Đội ngũ gồm 276 giảng viên, trong đó 72 tiến sĩ (chiếm 26,1%), 189 thạc sĩ.
Thực hiện Nghị định số 116/2020/NĐ-CP, năm 2024 đã hỗ trợ tiền đóng học phí và chi phí sinh hoạt cho 1.274 sinh viên sư phạm với kinh phí 17,3 tỷ đồng (mức 3,63 triệu đồng/tháng/sinh viên).

III. KIẾN NGHỊ
Đề nghị Bộ Giáo dục và Đào tạo giao cho Trường 2.000 chỉ tiêu năm 2025, trong đó 600 chỉ tiêu sư phạm.

Nơi nhận:
- Bộ GD&ĐT;
- Lưu: VT, KGVX.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = YEAR(2024)
ASOF = P("đến ngày 31/10/2024", None, "2024-10-31")
Y25 = YEAR(2025)

ROWS = [
    # label, anchor prefix, chỉ tiêu, nhập học, tỷ lệ, điểm chuẩn (as written)
    ("Sư phạm", "Sư phạm | ", "520", "538", "103,5", "19,0"),
    ("Kinh tế - Quản trị", "Quản trị | ", "480", "402", "83,8", "15,0"),
    ("Kỹ thuật - Công nghệ", "Công nghệ | ", "450", "366", "81,3", "15,5"),
    ("Nông - Lâm - Thủy sản", "Thủy sản | ", "180", "97", "53,9", "15,0"),
    ("Ngoại ngữ", "Ngoại ngữ | ", "220", "209", "95,0", "16,0"),
]


def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s)


TABLE = []
for label, pre, ct, nh, tl, dc in ROWS:
    row = f"{pre}{ct} | {nh} | {tl} | {dc}"
    TABLE += [
        F(f"{pre}{ct} |", ct, num(ct), "count", "người", f"Chỉ tiêu khối ngành {label}", I(Y24), status="target"),
        F(f"| {ct} | {nh} |", nh, num(nh), "count", "người", f"Nhập học khối ngành {label}", I(Y24)),
        F(f"| {nh} | {tl} |", tl, num(tl), "percent", "%", f"Tỷ lệ nhập học khối ngành {label}", I(Y24)),
        F(f"| {tl} | {dc}", dc, num(dc), "measure", "điểm", f"Điểm chuẩn khối ngành {label}", I(Y24)),
    ]

FIGS = [
    F("xác định 1.850 chỉ tiêu", "1.850", 1850, "count", "chỉ tiêu",
      "chỉ tiêu trình độ đại học của Trường Đại học Hà Tĩnh", Y24, status="target"),
    F("có 1.612 sinh viên", "1.612", 1612, "count", "sinh viên",
      "sinh viên nhập học", ASOF, percent=87.1, change=CH("increase", 9.3, baseline="năm 2023")),
] + TABLE + [
    F("có 1.096 sinh viên", "1.096", 1096, "count", "sinh viên",
      "sinh viên tốt nghiệp", Y24),
    F("sau 12 tháng", "12", 12, "measure", "tháng", optional=True),
    F("đạt 91,8%", "91,8", 91.8, "percent", "%",
      "tỷ lệ sinh viên có việc làm sau 12 tháng", Y24),
    F("gồm 276 giảng viên", "276", 276, "count", "giảng viên", "giảng viên"),
    F("72 tiến sĩ", "72", 72, "count", "tiến sĩ",
      "giảng viên có trình độ tiến sĩ", total=276, percent=26.1),
    F("189 thạc sĩ", "189", 189, "count", "thạc sĩ",
      "giảng viên có trình độ thạc sĩ", total=276),
    F("cho 1.274 sinh viên", "1.274", 1274, "count", "sinh viên",
      "sinh viên sư phạm được hỗ trợ tiền đóng học phí và chi phí sinh hoạt", Y24b),
    F("kinh phí 17,3 tỷ đồng", "17,3", 17300000000, "money", "đồng",
      "kinh phí hỗ trợ tiền đóng học phí và chi phí sinh hoạt cho sinh viên sư phạm", Y24b),
    F("mức 3,63 triệu đồng", "3,63", 3630000, "money", "đồng/tháng/sinh viên",
      "mức hỗ trợ chi phí sinh hoạt", Y24b),
    F("Trường 2.000 chỉ tiêu", "2.000", 2000, "count", "chỉ tiêu",
      "chỉ tiêu đề nghị giao cho Trường", Y25, status="target"),
    F("600 chỉ tiêu", "600", 600, "count", "chỉ tiêu",
      "chỉ tiêu sư phạm đề nghị giao", Y25, total=2000, status="target"),
]

COMMENTS = [
    "Probe 560: formal report under a letterhead (UBND tỉnh Hà Tĩnh, Số: 418/BC-UBND) — admissions 2024 of Trường Đại học Hà Tĩnh.",
    "Flattened '|' table, units in the column headers (người, %, điểm); every numeric cell is a figure; 'Chỉ tiêu' column -> status target.",
    "Table periods come from the sentence before the table ('Năm 2024'), so inherited. Subject = column label + row label (khối ngành).",
    "The quota 1.850 is its own target figure; the intake 1.612 carries percent 87,1 (đạt … chỉ tiêu) and the change, not a target attribute.",
    "A requested quota ('Đề nghị … giao 2.000 chỉ tiêu năm 2025') is a target. Not figures: Số 418, Công văn số 4123/BGDĐT-GDĐH, Nghị định 116/2020, section numbers.",
]

if __name__ == "__main__":
    emit("p560-3", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Hà Tĩnh")
