from lib import F, P, I, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 25 tháng 11 năm 2024

BÁO CÁO
Kết quả rà soát khu vực nguy cơ sạt lở và công tác di dời dân mùa mưa bão năm 2024

Thực hiện Công văn số 2145/BNN-ĐĐ ngày 12/9/2024 của Bộ Nông nghiệp và PTNT, UBND tỉnh báo cáo như sau:

1. Kết quả rà soát, di dời dân
Tính đến ngày 20/11/2024, toàn tỉnh có 220 điểm có nguy cơ sạt lở cao tại 9/18 huyện, thị xã, thành phố, với 3.750 hộ, 15.870 nhân khẩu sinh sống trong vùng nguy hiểm. Trong mùa mưa bão, các địa phương đã di dời 2.963 hộ (đạt 79%), số còn lại được bố trí ở tạm tại nhà văn hóa, trường học.

Bảng 1. Kết quả di dời dân vùng nguy cơ sạt lở theo địa phương
Đơn vị tính: hộ
Địa phương | Số điểm nguy cơ (điểm) | Số hộ trong vùng nguy cơ | Đã di dời | Còn phải di dời
Nam Trà My | 64 | 1.083 | 812 | 271
Bắc Trà My | 42 | 756 | 590 | 166
Phước Sơn | 35 | 612 | 498 | 114
Tây Giang | 28 | 405 | 361 | 44
Các huyện khác | 51 | 894 | 702 | 192
Toàn tỉnh | 220 | 3.750 | 2.963 | 787

2. Công tác cảnh báo sớm
Năm 2024, tỉnh đầu tư bổ sung 35 trạm đo mưa tự động, nâng tổng số trạm trên địa bàn lên 142 trạm; lắp đặt 18 cột cảnh báo lũ quét tại các khu dân cư ven sông, suối. Kinh phí thực hiện 23,6 tỷ đồng từ nguồn dự phòng ngân sách tỉnh.

3. Kinh phí tái định cư
Giai đoạn 2021-2025, tỉnh đã bố trí 1.240 tỷ đồng để xây dựng 46 khu tái định cư tập trung, trong đó 31 khu đã hoàn thành, bố trí cho 2.180 hộ. Năm 2025, tỉnh phấn đấu di dời dứt điểm 787 hộ còn lại, ưu tiên 4 huyện Nam Trà My, Bắc Trà My, Phước Sơn, Tây Giang.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Anh Tuấn
"""

ASOF = P("Tính đến ngày 20/11/2024", None, "2024-11-20")
LOC = "Quảng Nam"
COLS = ["Số điểm nguy cơ", "Số hộ trong vùng nguy cơ", "Đã di dời", "Còn phải di dời"]
UNITS = ["điểm", "hộ", "hộ", "hộ"]
ROWS = [
    ("Nam Trà My", ["64", "1.083", "812", "271"], "Nam Trà My", ""),
    ("Bắc Trà My", ["42", "756", "590", "166"], "Bắc Trà My", ""),
    ("Phước Sơn", ["35", "612", "498", "114"], "Phước Sơn", ""),
    ("Tây Giang", ["28", "405", "361", "44"], "Tây Giang", ""),
    ("Các huyện khác", ["51", "894", "702", "192"], LOC, " các huyện khác"),
    ("Toàn tỉnh", ["220", "3.750", "2.963", "787"], LOC, " toàn tỉnh"),
]

FIGS = [
    F("có 220 điểm", "220", 220, "count", "điểm", "điểm có nguy cơ sạt lở cao", ASOF),
    F("tại 9/18 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có điểm nguy cơ sạt lở cao",
      ASOF, total=18),
    F("với 3.750 hộ", "3.750", 3750, "count", "hộ", "hộ sinh sống trong vùng nguy hiểm", ASOF),
    F("15.870 nhân khẩu", "15.870", 15870, "count", "nhân khẩu", "nhân khẩu sinh sống trong vùng nguy hiểm", ASOF),
    F("di dời 2.963 hộ", "2.963", 2963, "count", "hộ", "hộ đã di dời", I(ASOF), percent=79),
]
for label, cells, loc, suffix in ROWS:
    prefix = label + " | "
    for i, c in enumerate(cells):
        left = prefix + " | ".join(cells[:i])
        anchor = (left + (" | " if i else "") + c) if i < 2 else (" | ".join(cells[i - 1:i + 1]))
        if i >= 2:
            anchor = cells[i - 1] + " | " + c + ("\n" if i == 3 else " |")
            if i == 3:
                anchor = cells[i - 1] + " | " + c + "\n"
        num = c
        val = int(c.replace(".", ""))
        FIGS.append(F(anchor, num, val, "count", UNITS[i], COLS[i] + suffix, I(ASOF), location=loc))

FIGS += [
    F("bổ sung 35 trạm", "35", 35, "count", "trạm", "trạm đo mưa tự động đầu tư bổ sung",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("lên 142 trạm", "142", 142, "count", "trạm", "tổng số trạm đo mưa tự động trên địa bàn",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("lắp đặt 18 cột", "18", 18, "count", "cột", "cột cảnh báo lũ quét",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("thực hiện 23,6 tỷ đồng", "23,6", 23600000000, "money", "đồng", "kinh phí thực hiện cảnh báo sớm",
      I(P("Năm 2024", "2024-01-01", "2024-12-31"))),
    F("bố trí 1.240 tỷ đồng", "1.240", 1240000000000, "money", "đồng", "kinh phí xây dựng khu tái định cư tập trung",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("xây dựng 46 khu", "46", 46, "count", "khu tái định cư", "khu tái định cư tập trung",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("trong đó 31 khu", "31", 31, "count", "khu", "khu tái định cư đã hoàn thành",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), total=46),
    F("cho 2.180 hộ", "2.180", 2180, "count", "hộ", "hộ được bố trí vào khu tái định cư",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("dứt điểm 787 hộ", "787", 787, "count", "hộ", "hộ còn lại phải di dời",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("ưu tiên 4 huyện", "4", 4, "count", "huyện", "huyện được ưu tiên di dời", optional=True),
]

COMMENTS = [
    "Formal report of UBND tỉnh Quảng Nam, letterhead 'Số: 356/BC-UBND', place-and-date line 'Quảng Nam, ngày 25 tháng 11 năm 2024' (published).",
    "Flattened '|' table: rows are districts (location), 'Các huyện khác' and 'Toàn tỉnh' keep Quảng Nam; subject = column label (+ row label if",
    "not a place); unit from 'Đơn vị tính: hộ', except the column '(điểm)'. Period inherited from 'Tính đến ngày 20/11/2024' above. No totals for cells.",
    "Distractors: 'Số: 356/BC-UBND', 'Công văn số 2145/BNN-ĐĐ ngày 12/9/2024', 'Bảng 1', section numbers '1.', '2.', '3.', 'Lưu: VT, KTN'.",
    "'9/18 huyện, thị xã, thành phố' → 9 with total 18. '2.963 hộ (đạt 79%)' → percent 79. '35 trạm ... nâng tổng số ... lên 142 trạm': no part cue, no total.",
    "'trong đó 31 khu' is part of 46 khu. '4 huyện' before the list of names is structure (optional). 'phấn đấu ... 787 hộ' is a 2025 target.",
]

emit("p389-2", TEXT, COMMENTS, FIGS, published="2024-11-25", location=LOC)
