"""p1333-3: formal report (UBND tỉnh Hà Tĩnh, Số: 112/BC-UBND): reading-culture scheme 2023; flattened '|' table of readers by unit."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển văn hóa đọc trong cộng đồng năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Hệ thống thư viện
Đến ngày 31/12/2023, toàn tỉnh có 1 thư viện cấp tỉnh, 13 thư viện cấp huyện, 86 thư viện cấp xã và 1.530 tủ sách cơ sở; tổng vốn tài liệu đạt 1,24 triệu bản, tăng 6,5% so với năm 2022.

2. Lượt bạn đọc theo đơn vị
Đơn vị tính: nghìn lượt
Đơn vị | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
Thư viện tỉnh | 142,6 | 158,3 | 111,0
TP Hà Tĩnh | 38,4 | 41,2 | 107,3
Huyện Can Lộc | 21,7 | 24,9 | 114,7
Huyện Hương Khê | 15,2 | 14,6 | 96,1
Tổng cộng | 217,9 | 239,0 | 109,7

Về số lượt bạn đọc, Thư viện tỉnh xếp thứ 4/14 thư viện cấp tỉnh khu vực Bắc Trung Bộ và duyên hải miền Trung.

3. Phát triển văn hóa đọc
Năm 2023, toàn tỉnh tổ chức 245 hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, thu hút khoảng 68.000 lượt người tham gia. Thư viện tỉnh đã số hóa 1.850 tài liệu địa chí, đạt 92,5% kế hoạch, với gần 95.000 trang; kinh phí thực hiện 1,2 tỷ đồng, trong đó ngân sách tỉnh 900 triệu đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 lượt bạn đọc toàn tỉnh đạt trên 250 nghìn lượt; số hóa thêm 2.000 tài liệu; 100% thư viện cấp huyện kết nối liên thông với Thư viện tỉnh.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = ["Năm 2022", "Năm 2023", "So với cùng kỳ (%)"]
ROWS = [
    ("Thư viện tỉnh", "Hà Tĩnh", "lượt bạn đọc Thư viện tỉnh", ["142,6", "158,3", "111,0"]),
    ("TP Hà Tĩnh", "TP Hà Tĩnh", "lượt bạn đọc", ["38,4", "41,2", "107,3"]),
    ("Huyện Can Lộc", "Can Lộc", "lượt bạn đọc", ["21,7", "24,9", "114,7"]),
    ("Huyện Hương Khê", "Hương Khê", "lượt bạn đọc", ["15,2", "14,6", "96,1"]),
    ("Tổng cộng", "Hà Tĩnh", "tổng cộng lượt bạn đọc", ["217,9", "239,0", "109,7"]),
]
CELLS = []
for label, loc, subj, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        v = float(n.replace(",", "."))
        if col.startswith("So với"):
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"{subj} so với cùng kỳ", location=loc))
        else:
            p = Y22 if col == "Năm 2022" else Y23
            CELLS.append(fig(anchor, n, v * 1000, "count", "lượt", subject=f"{subj} {col.lower()}",
                             period=p, location=loc))
        prev = n

FIGS = [
    fig("có 1 thư viện", "1", 1, "count", "thư viện cấp tỉnh", subject="thư viện cấp tỉnh", period=ASOF),
    fig("13 thư viện", "13", 13, "count", "thư viện cấp huyện", subject="thư viện cấp huyện", period=ASOF),
    fig("86 thư viện", "86", 86, "count", "thư viện cấp xã", subject="thư viện cấp xã", period=ASOF),
    fig("1.530 tủ sách", "1.530", 1530, "count", "tủ sách cơ sở", subject="tủ sách cơ sở", period=ASOF),
    fig("đạt 1,24 triệu", "1,24", 1.24e6, "count", "bản", change=chg("increase", 6.5, "%", "năm 2022"),
        subject="tổng vốn tài liệu", period=ASOF),
] + CELLS + [
    fig("thứ 4/14", "4", 4, "rank", "hạng", total=14,
        subject="số lượt bạn đọc của Thư viện tỉnh"),
    fig("tổ chức 245 hoạt động", "245", 245, "count", "hoạt động",
        subject="hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", period=Y23),
    fig("khoảng 68.000 lượt", "68.000", 68000, "count", "lượt người", approx="about",
        subject="lượt người tham gia hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", period=Y23),
    fig("số hóa 1.850 tài liệu", "1.850", 1850, "count", "tài liệu địa chí", percent=92.5,
        subject="tài liệu địa chí Thư viện tỉnh đã số hóa", period=inh(Y23)),
    fig("gần 95.000 trang", "95.000", 95000, "count", "trang", approx="nearly",
        subject="trang tài liệu địa chí số hóa", period=inh(Y23)),
    fig("hiện 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="kinh phí số hóa tài liệu", period=inh(Y23)),
    fig("ngân sách tỉnh 900 triệu", "900", 900e6, "money", "đồng", total=1.2e9,
        subject="ngân sách tỉnh cho số hóa tài liệu", period=inh(Y23)),
    fig("trên 250 nghìn", "250", 250000, "count", "lượt", approx="over", status="target",
        subject="lượt bạn đọc toàn tỉnh", period=Y24),
    fig("thêm 2.000 tài liệu", "2.000", 2000, "count", "tài liệu", status="target",
        subject="tài liệu số hóa thêm", period=Y24),
    fig("100% thư viện", "100", 100, "percent", "%", status="target",
        subject="thư viện cấp huyện kết nối liên thông với Thư viện tỉnh", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Hà Tĩnh, 'Số: 112/BC-UBND', 'Hà Tĩnh, ngày 15 tháng 3 năm 2024', sections I/II and 1-3, 'Nơi nhận').",
    "Distractors: document number, letterhead date, section numbers, 'Lưu: VT, KGVX', 'Ngày Sách và Văn hóa đọc Việt Nam'.",
    "'Đến ngày 31/12/2023' is an as-of date for the network counts and the 1,24 triệu bản stock (change 6,5% vs năm 2022).",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt': count cells ×10^3, unit 'lượt'; period from the column header (Năm 2022/2023).",
    "Place rows (TP Hà Tĩnh, Can Lộc, Hương Khê) go to location; 'Thư viện tỉnh' and 'Tổng cộng' rows are the province.",
    "'So với cùng kỳ (%)' cells are percent figures (the multiplier of the unit line does not apply to %); no period given.",
    "Table cells get no total (the rows add up, but the table states no part-of cue).",
    "'xếp thứ 4/14 thư viện cấp tỉnh khu vực ...' rank 4, total 14; the period of the rank is not stated in its sentence.",
    "'số hóa 1.850 tài liệu địa chí, đạt 92,5% kế hoạch, với gần 95.000 trang': percent 92,5 on 1.850 (the figure 'đạt' follows).",
    "'kinh phí thực hiện 1,2 tỷ đồng, trong đó ngân sách tỉnh 900 triệu đồng' → total 1,2 tỷ.",
    "'Phấn đấu năm 2024 ...' governs the three ';' clauses: targets, period năm 2024.",
    "revised after the first run: rank subject lost 'trong khu vực Bắc Trung Bộ và duyên hải miền Trung' (the field of the ranking, like 'cả nước' in the shared gold, is not the indicator).",
]

if __name__ == "__main__":
    write("p1333-3", TEXT, NOTES, FIGS, published="2024-03-15", location="Hà Tĩnh")
