"""p1265-3: formal report (UBND tỉnh Nam Định, Số: 215/BC-UBND): markets 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển, quản lý chợ và chuyển đổi mô hình quản lý chợ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Mạng lưới chợ
Toàn tỉnh hiện có 201 chợ, trong đó 4 chợ hạng 1, 17 chợ hạng 2 và 180 chợ hạng 3. Năm 2024, tổng vốn đầu tư xây dựng, cải tạo chợ đạt 92,5 tỷ đồng, bằng 115,6% kế hoạch; trong đó vốn xã hội hóa chiếm 71%.

2. Chuyển đổi mô hình quản lý chợ
Đơn vị tính: chợ
Địa phương | Tổng số chợ | Đã chuyển đổi đến 31/12/2024 | Tỷ lệ (%) | Kế hoạch 2025
TP Nam Định | 24 | 15 | 62,5 | 18
Huyện Hải Hậu | 35 | 12 | 34,3 | 16
Huyện Nghĩa Hưng | 28 | 6 | 21,4 | 9
Các huyện còn lại | 114 | 19 | 16,7 | 27
Tổng cộng | 201 | 52 | 25,9 | 70

3. Thu giá dịch vụ và hỗ trợ tiểu thương
Năm 2024, các chợ thu giá dịch vụ sử dụng diện tích bán hàng được 38,7 tỷ đồng, tăng 4,1% so với năm 2023. Sau cơn bão số 3 (Yagi), tỉnh hỗ trợ lãi suất cho 1.250 hộ tiểu thương vay vốn khôi phục kinh doanh với tổng dư nợ 47 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 chuyển đổi thêm 18 chợ, nâng tổng số chợ đã chuyển đổi lên 70 chợ; thu giá dịch vụ tại chợ đạt khoảng 40 tỷ đồng; hoàn thành di dời chợ Rồng tạm trước ngày 30/6/2025.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Anh Dũng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đã chuyển đổi đến 31/12/2024", None, "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")

# column: (subject head, kind, unit, period, status)
COLS = [
    ("tổng số chợ", "count", "chợ", None, None),
    ("chợ đã chuyển đổi", "count", "chợ", ASOF, None),
    ("tỷ lệ chợ đã chuyển đổi", "percent", "%", inh(ASOF), None),
    ("kế hoạch chuyển đổi chợ", "count", "chợ", K25, "target"),
]
ROWS = [
    ("TP Nam Định", "Nam Định", ["24", "15", "62,5", "18"]),
    ("Huyện Hải Hậu", "Hải Hậu", ["35", "12", "34,3", "16"]),
    ("Huyện Nghĩa Hưng", "Nghĩa Hưng", ["28", "6", "21,4", "9"]),
    ("Các huyện còn lại", None, ["114", "19", "16,7", "27"]),
    ("Tổng cộng", None, ["201", "52", "25,9", "70"]),
]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (head, kind, unit, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        subj = head if place else f"{head} {label.lower()}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")), kind, unit, subject=subj,
                         period=p, **kw))
        prev = n

FIGS = [
    fig("có 201 chợ", "201", 201, "count", "chợ", subject="chợ toàn tỉnh"),
    fig("trong đó 4 chợ", "4", 4, "count", "chợ", total=201, subject="chợ hạng 1"),
    fig("17 chợ hạng 2", "17", 17, "count", "chợ", total=201, subject="chợ hạng 2"),
    fig("180 chợ hạng 3", "180", 180, "count", "chợ", total=201, subject="chợ hạng 3"),
    fig("đạt 92,5 tỷ", "92,5", 92.5e9, "money", "đồng", percent=115.6,
        subject="tổng vốn đầu tư xây dựng, cải tạo chợ", period=Y24),
    fig("chiếm 71%", "71", 71, "percent", "%", subject="vốn xã hội hóa trong tổng vốn đầu tư xây dựng, cải tạo chợ",
        period=Y24),
] + CELLS + [
    fig("được 38,7 tỷ", "38,7", 38.7e9, "money", "đồng", change=chg("increase", 4.1, "%", "năm 2023"),
        subject="thu giá dịch vụ sử dụng diện tích bán hàng của các chợ", period=Y24),
    fig("cho 1.250 hộ", "1.250", 1250, "count", "hộ tiểu thương",
        subject="hộ tiểu thương được hỗ trợ lãi suất vay vốn khôi phục kinh doanh"),
    fig("nợ 47 tỷ", "47", 47e9, "money", "đồng", subject="tổng dư nợ vay vốn khôi phục kinh doanh"),
    fig("thêm 18 chợ", "18", 18, "count", "chợ", status="target", subject="chợ chuyển đổi thêm", period=Y25),
    fig("lên 70 chợ", "70", 70, "count", "chợ", status="target", subject="tổng số chợ đã chuyển đổi", period=Y25),
    fig("khoảng 40 tỷ", "40", 40e9, "money", "đồng", approx="about", status="target",
        subject="thu giá dịch vụ tại chợ", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 215/BC-UBND', 'Nam Định, ngày 16 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận', signature.",
    "Flattened '|' table, 'Đơn vị tính: chợ'; the 'Tỷ lệ (%)' column overrides the unit (percent cells). Rows are places → location, subject = column label;",
    "'Các huyện còn lại' and 'Tổng cộng' are not one named place: location Nam Định (province), subject = column label + row label.",
    "Periods from headers: 'Đã chuyển đổi đến 31/12/2024' → as-of end 2024-12-31; 'Tỷ lệ (%)' has none of its own (inherited as-of, not scored);",
    "'Tổng số chợ' none; 'Kế hoạch 2025' → year 2025 and status target. Table cells carry no total.",
    "'trong đó 4 chợ hạng 1, 17 ..., 180 ...' parts of 201 (4 + 17 + 180 = 201). 'bằng 115,6% kế hoạch' → percent attribute;",
    "'; trong đó vốn xã hội hóa chiếm 71%' → a percent figure of its own (a share of a part, not of 92,5 tỷ itself), period Năm 2024 (same sentence).",
    "Distractors: Số: 215/BC-UBND, the letterhead date, 'hạng 1/2/3', 'cơn bão số 3', '31/12/2024' in the header, 'trước ngày 30/6/2025', section numbers I./II./1.-3.",
    "Section II 'Phấn đấu năm 2025 ...; ... đạt khoảng 40 tỷ đồng' → all three targets (the cue governs the continuing clauses).",
]

if __name__ == "__main__":
    write("p1265-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Nam Định")
