"""p1374-3: formal report (UBND tỉnh Bình Định, Số: 214/BC-UBND): licences, flattened '|' output table, mining revenue."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 25 tháng 11 năm 2024

BÁO CÁO
Tình hình cấp phép, quản lý khai thác khoáng sản làm vật liệu xây dựng thông thường năm 2024

I. TÌNH HÌNH CẤP PHÉP
Tính đến ngày 31/10/2024, trên địa bàn tỉnh có 97 giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường còn hiệu lực, gồm 38 giấy phép đá xây dựng, 41 giấy phép đất san lấp và 18 giấy phép cát xây dựng. Trong 10 tháng năm 2024, UBND tỉnh cấp mới 12 giấy phép, gia hạn 5 giấy phép và thu hồi 4 giấy phép do hết hạn hoặc vi phạm.

II. SẢN LƯỢNG VÀ THU NGÂN SÁCH
1. Sản lượng khai thác
Đơn vị tính: nghìn m3
Loại khoáng sản | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%)
Đá xây dựng | 2.140 | 2.460 | 115,0
Đất san lấp | 3.870 | 4.350 | 112,4
Cát xây dựng | 960 | 905 | 94,3
Tổng cộng | 6.970 | 7.715 | 110,7

2. Thu ngân sách
Tổng thu ngân sách từ hoạt động khai thác khoáng sản 10 tháng ước đạt 186,4 tỷ đồng, bằng 93,2% dự toán năm, trong đó tiền cấp quyền khai thác khoáng sản 71,8 tỷ đồng, thuế tài nguyên 64,2 tỷ đồng, phí bảo vệ môi trường 50,4 tỷ đồng.

III. NHIỆM VỤ NĂM 2025
Phấn đấu thu ngân sách từ khai thác khoáng sản năm 2025 đạt 210 tỷ đồng; hoàn thành đấu giá quyền khai thác ít nhất 8 mỏ; 100% mỏ đang khai thác lắp đặt trạm cân và camera giám sát theo Luật Địa chất và khoáng sản số 54/2024/QH15.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K14.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Bảo
"""

ASOF = per("Tính đến ngày 31/10/2024", None, "2024-10-31")
M10Y = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10 = per("10 tháng", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("so với cùng kỳ", None, None)]
ROWS = [("Đá xây dựng", ["2.140", "2.460", "115,0"]), ("Đất san lấp", ["3.870", "4.350", "112,4"]),
        ("Cát xây dựng", ["960", "905", "94,3"]), ("Tổng cộng", ["6.970", "7.715", "110,7"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if p:
            kw["period"] = p
        subj = f"sản lượng khai thác {label.lower()} {col}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, num(n) * 1e3, "measure", "m3", subject=subj, **kw))
        prev = n

FIGS = [
    fig("có 97 giấy phép", "97", 97, "count", "giấy phép",
        subject="giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường còn hiệu lực", period=ASOF),
    fig("gồm 38 giấy phép", "38", 38, "count", "giấy phép", total=97, subject="giấy phép đá xây dựng", period=ASOF),
    fig("41 giấy phép", "41", 41, "count", "giấy phép", total=97, subject="giấy phép đất san lấp", period=ASOF),
    fig("và 18 giấy phép", "18", 18, "count", "giấy phép", total=97, subject="giấy phép cát xây dựng", period=ASOF),
    fig("cấp mới 12 giấy phép", "12", 12, "count", "giấy phép", subject="giấy phép cấp mới", period=M10Y),
    fig("gia hạn 5 giấy phép", "5", 5, "count", "giấy phép", subject="giấy phép gia hạn", period=M10Y),
    fig("thu hồi 4 giấy phép", "4", 4, "count", "giấy phép",
        subject="giấy phép thu hồi do hết hạn hoặc vi phạm", period=M10Y),
] + CELLS + [
    fig("ước đạt 186,4 tỷ", "186,4", 186.4e9, "money", "đồng", status="estimate", percent=93.2,
        subject="tổng thu ngân sách từ hoạt động khai thác khoáng sản", period=M10),
    fig("khoáng sản 71,8 tỷ", "71,8", 71.8e9, "money", "đồng", status="estimate", total=186.4e9,
        subject="tiền cấp quyền khai thác khoáng sản", period=M10),
    fig("thuế tài nguyên 64,2 tỷ", "64,2", 64.2e9, "money", "đồng", status="estimate", total=186.4e9,
        subject="thuế tài nguyên", period=M10),
    fig("môi trường 50,4 tỷ", "50,4", 50.4e9, "money", "đồng", status="estimate", total=186.4e9,
        subject="phí bảo vệ môi trường", period=M10),
    fig("đạt 210 tỷ", "210", 210e9, "money", "đồng", status="target",
        subject="thu ngân sách từ khai thác khoáng sản", period=Y25),
    fig("ít nhất 8 mỏ", "8", 8, "count", "mỏ", approx="at_least", status="target",
        subject="mỏ hoàn thành đấu giá quyền khai thác", period=Y25),
    fig("100% mỏ", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ mỏ đang khai thác lắp đặt trạm cân và camera giám sát", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Định, Số: 214/BC-UBND, 'Bình Định, ngày 25 tháng 11 năm 2024'): licences, output table, revenue, 2025 tasks.",
    "Distractors: 'Số: 214/BC-UBND', section numbers I-III and 1-2, 'Luật Địa chất và khoáng sản số 54/2024/QH15', 'Lưu: VT, K14.'.",
    "'gồm' parts of 97 licences get total 97 (38 + 41 + 18 = 97); the 10-month revenue parts after 'trong đó' get total 186,4 tỷ",
    "(71,8 + 64,2 + 50,4 = 186,4) and the whole's status estimate ('ước đạt'), period '10 tháng' (2024, from the earlier '10 tháng năm 2024').",
    "Flattened '|' table, 'Đơn vị tính: nghìn m3' (×10³); subject = 'sản lượng khai thác' + row + column; period from the column header;",
    "'Ước thực hiện năm 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures with no period and status actual (the header",
    "carries no period and no status cue; borderline: they are ratios of the estimate). Cells get no total.",
    "Section III 'Phấn đấu … năm 2025' governs the three ';' clauses: 210 tỷ, 'ít nhất 8 mỏ', '100% mỏ' are targets of 2025.",
]

if __name__ == "__main__":
    write("p1374-3", TEXT, NOTES, FIGS, published="2024-11-25", location="Bình Định")
