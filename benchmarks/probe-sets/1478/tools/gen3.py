"""p1478-3: formal report (UBND tỉnh Thanh Hóa): market inspection of vacuum cleaners 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm tra, xử lý vi phạm trong kinh doanh máy hút bụi, robot hút bụi năm 2024

Thực hiện Kế hoạch số 112/KH-BCĐ389 ngày 10/3/2024 của Ban Chỉ đạo 389 tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Năm 2024, lực lượng quản lý thị trường đã kiểm tra 186 cơ sở kinh doanh điện máy, điện gia dụng, tăng 24 cơ sở so với năm 2023; phát hiện, xử lý 53 vụ vi phạm liên quan đến máy hút bụi, robot hút bụi (chiếm 28,5% số cơ sở được kiểm tra), tổng số tiền phạt 412,6 triệu đồng. Trong đó, 31 vụ kinh doanh hàng không rõ nguồn gốc, 14 vụ hàng giả mạo nhãn hiệu, 8 vụ vi phạm về ghi nhãn.

2. Hàng hóa vi phạm bị tạm giữ
Đơn vị tính: chiếc
Loại sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Máy hút bụi cầm tay | 1.245 | 1.580 | 126,9
Máy hút bụi dạng hộp | 362 | 298 | 82,3
Robot hút bụi lau nhà | 417 | 936 | 224,5
Tổng cộng | 2.024 | 2.814 | 139,0

Số hàng vi phạm đã được xử lý tịch thu; tính đến ngày 31/12/2024 đã tiêu hủy 1.920 chiếc, trị giá khoảng 2,3 tỷ đồng.

3. Tiếp nhận phản ánh của người tiêu dùng
Trong năm, Sở Công Thương tiếp nhận 47 phản ánh về chất lượng, bảo hành máy hút bụi, robot hút bụi; đã giải quyết 45 phản ánh, đạt 95,7%; còn hai phản ánh đang xác minh.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kiểm tra ít nhất 200 cơ sở kinh doanh điện máy; giảm 10% số vụ vi phạm so với năm 2024; 100% phản ánh của người tiêu dùng được giải quyết đúng hạn.

Nơi nhận:
- Bộ Công Thương (để b/c);
- TT Tỉnh ủy, HĐND tỉnh (để b/c);
- Lưu: VT, KTTC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Đức
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [("Máy hút bụi cầm tay", ["1.245", "1.580", "126,9"]),
        ("Máy hút bụi dạng hộp", ["362", "298", "82,3"]),
        ("Robot hút bụi lau nhà", ["417", "936", "224,5"]),
        ("Tổng cộng", ["2.024", "2.814", "139,0"])]
CELLS = []
for label, (a, b, c) in ROWS:
    row = label.lower() if label != "Tổng cộng" else "tổng cộng hàng vi phạm"
    CELLS.append(fig(f"{label} | {a} |", a, float(a.replace(".", "")), "count", "chiếc",
                     subject=f"{row} bị tạm giữ năm 2023", period=C23))
    CELLS.append(fig(f"| {a} | {b} |", b, float(b.replace(".", "")), "count", "chiếc",
                     subject=f"{row} bị tạm giữ năm 2024", period=Y24))
    CELLS.append(fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{row} bị tạm giữ so với cùng kỳ"))

FIGS = [
    fig("kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở",
        change=chg("increase", 24, "cơ sở", "năm 2023"),
        subject="cơ sở kinh doanh điện máy, điện gia dụng được kiểm tra", period=Y24),
    fig("xử lý 53 vụ", "53", 53, "count", "vụ", percent=28.5,
        subject="vụ vi phạm liên quan đến máy hút bụi, robot hút bụi", period=Y24),
    fig("phạt 412,6 triệu", "412,6", 412.6e6, "money", "đồng", subject="tổng số tiền phạt", period=Y24),
    fig("Trong đó, 31 vụ", "31", 31, "count", "vụ", total=53,
        subject="vụ kinh doanh hàng không rõ nguồn gốc", period=inh(Y24)),
    fig("14 vụ hàng giả", "14", 14, "count", "vụ", total=53,
        subject="vụ hàng giả mạo nhãn hiệu", period=inh(Y24)),
    fig("8 vụ vi phạm", "8", 8, "count", "vụ", total=53,
        subject="vụ vi phạm về ghi nhãn", period=inh(Y24)),
] + CELLS + [
    fig("tiêu hủy 1.920 chiếc", "1.920", 1920, "count", "chiếc",
        subject="hàng vi phạm đã tiêu hủy", period=ASOF),
    fig("khoảng 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="about",
        subject="trị giá hàng vi phạm đã tiêu hủy", period=ASOF),
    fig("tiếp nhận 47 phản ánh", "47", 47, "count", "phản ánh",
        subject="phản ánh về chất lượng, bảo hành máy hút bụi, robot hút bụi", period=IN_YEAR),
    fig("giải quyết 45 phản ánh", "45", 45, "count", "phản ánh", percent=95.7,
        subject="phản ánh đã giải quyết", period=IN_YEAR),
    fig("còn hai phản ánh", "hai", 2, "count", "phản ánh",
        subject="phản ánh đang xác minh", period=IN_YEAR),
    fig("ít nhất 200 cơ sở", "200", 200, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kinh doanh điện máy được kiểm tra", period=inh(Y25)),
    fig("giảm 10%", "10", 10, "percent", "%", status="target",
        subject="số vụ vi phạm", period=inh(Y25)),
    fig("; 100% phản ánh", "100", 100, "percent", "%", status="target",
        subject="phản ánh của người tiêu dùng được giải quyết đúng hạn", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'Số: 18/BC-UBND', 'Thanh Hóa, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 18/BC-UBND, Kế hoạch số 112/KH-BCĐ389 ngày 10/3/2024, 'Ban Chỉ đạo 389', section numbers, 'Lưu: VT, KTTC', the letterhead date.",
    "'tăng 24 cơ sở so với năm 2023' is a change in cơ sở. '53 vụ ... (chiếm 28,5% số cơ sở được kiểm tra)' → percent attribute 28,5 (the bracket attaches).",
    "'Trong đó, 31 vụ ..., 14 vụ ..., 8 vụ ...' after a sentence break: total 53 (31+14+8 = 53); period inherited.",
    "Flattened '|' table: 'Đơn vị tính: chiếc'; year columns give the period; 'So với cùng kỳ (%)' cells are percent figures (unit %, no period:",
    "the header names no year). 'Tổng cộng' row cells are figures; no totals are set on table cells.",
    "'tính đến ngày 31/12/2024' → start null, end 2024-12-31 for 1.920 chiếc and 2,3 tỷ đồng.",
    "'Trong năm' takes 2024 (nearest earlier period). '45 phản ánh, đạt 95,7%' → percent 95,7; no total: no part-of cue (not 'trong đó', not 'a/b').",
    "Section II heading 'NHIỆM VỤ NĂM 2025' is in another sentence: inherited period; 'Phấn đấu' governs the three clauses (target).",
    "'giảm 10% số vụ vi phạm so với năm 2024' is a rate as the claim: percent figure, no change object.",
]

if __name__ == "__main__":
    write("p1478-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Thanh Hóa")
