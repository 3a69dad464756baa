"""p1339-3: formal report (UBND tỉnh Hải Dương, Số: 112/BC-UBND): inland ports and wharves 2023, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động cảng, bến thủy nội địa năm 2023 và nhiệm vụ năm 2024

I. TÌNH HÌNH HOẠT ĐỘNG NĂM 2023
1. Hệ thống cảng, bến
Tính đến ngày 31/12/2023, toàn tỉnh có 5 cảng thủy nội địa và 173 bến thủy nội địa còn hiệu lực giấy phép; năm 2023 cấp mới 14 bến, tăng 4 bến so với năm 2022.

2. Hàng hóa thông qua cảng, bến
Năm 2023, tổng khối lượng hàng hóa thông qua cảng, bến đạt 10,33 triệu tấn, tăng 6,6% so với năm 2022, bằng 103,3% kế hoạch; trong đó hàng xi măng, clinker chiếm 54,4%.
Đơn vị tính: nghìn tấn
Loại hàng | Năm 2022 | Năm 2023 | Kế hoạch 2024
Xi măng, clinker | 5.260 | 5.620 | 5.850
Than | 1.415 | 1.380 | 1.400
Cát, sỏi, đá | 2.140 | 2.390 | 2.550
Hàng khác | 875 | 940 | 1.000
Tổng cộng | 9.690 | 10.330 | 10.800

3. Kiểm tra, xử lý vi phạm
Trong năm, Sở Giao thông vận tải chủ trì kiểm tra 236 lượt cảng, bến, phương tiện; xử phạt 71 trường hợp với tổng số tiền 412,5 triệu đồng; đình chỉ hoạt động 3 bến. Hiện còn 9 bến chưa khắc phục xong vi phạm về hành lang bảo vệ luồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu khối lượng hàng hóa thông qua cảng, bến năm 2024 đạt 10,8 triệu tấn, tăng khoảng 4,5% so với năm 2023; hoàn thành cấp phép cho ít nhất 12 bến đang hoạt động tự phát; di dời 2 bến trong hành lang an toàn cầu Phú Lương; tiếp tục thực hiện Nghị định số 08/2021/NĐ-CP.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Cục Đường thủy nội địa Việt Nam;
- Lưu: VT, KTN.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Xi măng, clinker", ["5.260", "5.620", "5.850"]),
        ("Than", ["1.415", "1.380", "1.400"]),
        ("Cát, sỏi, đá", ["2.140", "2.390", "2.550"]),
        ("Hàng khác", ["875", "940", "1.000"]),
        ("Tổng cộng", ["9.690", "10.330", "10.800"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")) * 1e3, "measure", "tấn",
                       subject=f"{label.lower()} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("có 5 cảng", "5", 5, "count", "cảng thủy nội địa", subject="cảng thủy nội địa", period=ASOF),
    F("và 173 bến", "173", 173, "count", "bến thủy nội địa", period=ASOF,
      subject="bến thủy nội địa còn hiệu lực giấy phép"),
    F("cấp mới 14 bến", "14", 14, "count", "bến", change=C("increase", 4, "bến", "năm 2022"),
      subject="bến cấp mới", period=Y23),
    F("đạt 10,33 triệu", "10,33", 10.33e6, "measure", "tấn", percent=103.3,
      change=C("increase", 6.6, "%", "năm 2022"),
      subject="tổng khối lượng hàng hóa thông qua cảng, bến", period=Y23b),
    F("chiếm 54,4%", "54,4", 54.4, "percent", "%", subject="hàng xi măng, clinker", period=Y23b),
] + CELLS + [
    F("kiểm tra 236 lượt", "236", 236, "count", "lượt", subject="lượt kiểm tra cảng, bến, phương tiện",
      period=INYEAR),
    F("xử phạt 71 trường hợp", "71", 71, "count", "trường hợp", subject="trường hợp xử phạt", period=INYEAR),
    F("tiền 412,5 triệu", "412,5", 412.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=INYEAR),
    F("hoạt động 3 bến", "3", 3, "count", "bến", subject="bến đình chỉ hoạt động", period=INYEAR),
    F("còn 9 bến", "9", 9, "count", "bến",
      subject="bến chưa khắc phục xong vi phạm về hành lang bảo vệ luồng"),
    F("đạt 10,8 triệu", "10,8", 10.8e6, "measure", "tấn", status="target",
      change=C("increase", 4.5, "%", "năm 2023", approx="about"),
      subject="khối lượng hàng hóa thông qua cảng, bến", period=Y24),
    F("ít nhất 12 bến", "12", 12, "count", "bến", approx="at_least", status="target",
      subject="bến đang hoạt động tự phát hoàn thành cấp phép", period=Y24),
    F("di dời 2 bến", "2", 2, "count", "bến", status="target",
      subject="bến di dời trong hành lang an toàn cầu Phú Lương", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 112/BC-UBND', 'Hải Dương, ngày 18 tháng 01 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' → cells are measure in tấn ×10^3. Rows are cargo types (no places): location Hải Dương.",
    "Table subject = row label + column label; period from the column header; 'Kế hoạch 2024' → target. Cells get no total.",
    "'tăng 6,6% so với năm 2022, bằng 103,3% kế hoạch' → change 6,6% and percent 103,3 of 10,33 triệu tấn; 'trong đó ... chiếm 54,4%' is a percent figure of its own.",
    "'Trong năm' in an annual report for 2023 → year 2023. 'Hiện còn 9 bến' gives no period.",
    "Section II: 'Phấn đấu ... năm 2024 ...; ...; ...' → all three figures target, period năm 2024 (same sentence).",
    "Distractors: 'Số: 112/BC-UBND', letterhead date, section numbers I./II./1.-3., 'Nghị định số 08/2021/NĐ-CP', 'cầu Phú Lương', 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1339-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Hải Dương")
