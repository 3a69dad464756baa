"""p1325-3: formal report (Sở Du lịch Đà Nẵng): culinary tourism products 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ DU LỊCH
Số: 412/BC-SDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển sản phẩm du lịch ẩm thực năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Cơ sở phục vụ
Đến ngày 30/11/2024, toàn thành phố có 14 tuyến phố ẩm thực, 9 chợ đêm và 37 doanh nghiệp lữ hành khai thác tour ẩm thực; 21 cơ sở tổ chức lớp học nấu ăn cho du khách (tăng 6 cơ sở so với năm 2023), trong đó 12 cơ sở tại quận Sơn Trà.

2. Lượt khách tham gia sản phẩm ẩm thực
Đơn vị tính: nghìn lượt khách
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Tour ẩm thực đêm | 186,4 | 231,5 | 124,2 | 260,0
Lớp học nấu ăn | 42,7 | 58,3 | 136,5 | 70,0
Chợ đêm du lịch | 1.250,0 | 1.480,0 | 118,4 | 1.600,0
Tổng cộng | 1.479,1 | 1.769,8 | 119,7 | 1.930,0

3. Doanh thu, lao động
Doanh thu từ dịch vụ ăn uống phục vụ khách du lịch năm 2024 ước đạt 9.850 tỷ đồng, tăng 14,3% so với năm 2023, chiếm khoảng 31% tổng thu từ khách du lịch. Các sản phẩm ẩm thực tạo việc làm cho trên 6.200 lao động. Lễ hội Ẩm thực Đà Nẵng lần thứ 4 thu hút 120 gian hàng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu đón 1,93 triệu lượt khách tham gia sản phẩm ẩm thực; hình thành thêm 2 tuyến phố ẩm thực tại quận Ngũ Hành Sơn và Liên Chiểu; 100% cơ sở lớp học nấu ăn được kiểm tra an toàn thực phẩm.

Nơi nhận:
- UBND thành phố (b/c);
- Cục Du lịch Quốc gia Việt Nam;
- Lưu: VT, QLDL.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Thị Hoài Thương
"""

ASOF = per("Đến ngày 30/11/2024", None, "2024-11-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
SECT24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SECT25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

# column label -> (period, status, kind)
COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", per("2024 so với cùng kỳ", "2024-01-01", "2024-12-31", inherited=True), None),
        ("kế hoạch 2025", K25, "target")]
ROWS = [("Tour ẩm thực đêm", ["186,4", "231,5", "124,2", "260,0"]),
        ("Lớp học nấu ăn", ["42,7", "58,3", "136,5", "70,0"]),
        ("Chợ đêm du lịch", ["1.250,0", "1.480,0", "118,4", "1.600,0"]),
        ("Tổng cộng", ["1.479,1", "1.769,8", "119,7", "1.930,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, cells in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, cells):
        kw = {"status": st} if st else {}
        anchor = f"{prev} | {n}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"lượt khách {label.lower()} so với cùng kỳ", period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e3, "count", "lượt khách",
                             subject=f"lượt khách {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 14 tuyến phố", "14", 14, "count", "tuyến phố ẩm thực", subject="tuyến phố ẩm thực", period=ASOF),
    fig("9 chợ đêm", "9", 9, "count", "chợ đêm", subject="chợ đêm", period=ASOF),
    fig("37 doanh nghiệp", "37", 37, "count", "doanh nghiệp lữ hành",
        subject="doanh nghiệp lữ hành khai thác tour ẩm thực", period=ASOF),
    fig("; 21 cơ sở", "21", 21, "count", "cơ sở", change=chg("increase", 6, "cơ sở", "năm 2023"),
        subject="cơ sở tổ chức lớp học nấu ăn cho du khách", period=ASOF),
    fig("12 cơ sở tại", "12", 12, "count", "cơ sở", total=21,
        subject="cơ sở tổ chức lớp học nấu ăn cho du khách", period=ASOF, location="Sơn Trà"),
] + CELLS + [
    fig("ước đạt 9.850 tỷ", "9.850", 9850e9, "money", "đồng", status="estimate", percent=31,
        change=chg("increase", 14.3, "%", "năm 2023"),
        subject="doanh thu từ dịch vụ ăn uống phục vụ khách du lịch", period=Y24),
    fig("trên 6.200 lao động", "6.200", 6200, "count", "lao động", approx="over",
        subject="lao động các sản phẩm ẩm thực tạo việc làm", period=SECT24),
    fig("thu hút 120 gian hàng", "120", 120, "count", "gian hàng",
        subject="gian hàng Lễ hội Ẩm thực Đà Nẵng", period=SECT24),
    fig("đón 1,93 triệu", "1,93", 1.93e6, "count", "lượt khách", status="target",
        subject="lượt khách tham gia sản phẩm ẩm thực", period=SECT25),
    fig("thêm 2 tuyến phố", "2", 2, "count", "tuyến phố ẩm thực", status="target",
        subject="tuyến phố ẩm thực hình thành thêm", period=SECT25),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở lớp học nấu ăn được kiểm tra an toàn thực phẩm", period=SECT25),
]

NOTES = [
    "Formal report (Sở Du lịch Đà Nẵng): 'Số: 412/BC-SDL', 'Đà Nẵng, ngày 18 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, 'lần thứ 4', 'Lưu: VT, QLDL'.",
    "'Đến ngày 30/11/2024' is an as-of date for the counts of its sentence (start null).",
    "'21 cơ sở ... (tăng 6 cơ sở so với năm 2023)' → change; 'trong đó 12 cơ sở tại quận Sơn Trà' → total 21, location Sơn Trà.",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' (x1000); subject = lượt khách + row + column; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (no base amount),",
    "status actual (the header carries no status cue; borderline), period 2024 implied by the neighbouring columns, marked inherited (not scored).",
    "Table cells get no total; the 'Tổng cộng' row is its own figure.",
    "9.850 tỷ: 'ước đạt' → estimate, change +14,3% (năm 2023), share 'chiếm khoảng 31%' → percent attribute 31.",
    "Section headings 'I. KẾT QUẢ THỰC HIỆN NĂM 2024' / 'II. PHƯƠNG HƯỚNG NĂM 2025' give inherited periods; 'Phấn đấu' governs all three",
    "clauses of section II (target). Places in section II name two districts: location stays Đà Nẵng.",
]

if __name__ == "__main__":
    write("p1325-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Đà Nẵng")
