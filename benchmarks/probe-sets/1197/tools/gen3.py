"""p1197-3: formal report, UBND tỉnh Bình Định, Tết Giáp Thìn 2024 flowers; flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 46/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 26 tháng 02 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ hoa phục vụ Tết Nguyên đán Giáp Thìn 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Vụ hoa Tết Giáp Thìn 2024, toàn tỉnh gieo trồng 312,4 ha hoa các loại, tăng 8,6% so với vụ Tết năm 2023; tổng số hoa chậu đạt 1,86 triệu chậu, bằng 103,3% kế hoạch. Trong đó, hoa cúc 1,08 triệu chậu, vạn thọ 545 nghìn chậu.

2. Kết quả theo địa phương
Đơn vị tính: nghìn chậu
Địa phương | Hoa cúc | Vạn thọ | Hoa khác
TP Quy Nhơn | 215 | 96 | 64
Thị xã An Nhơn | 398 | 182 | 71
Huyện Tuy Phước | 286 | 164 | 52
Các địa phương khác | 181 | 103 | 48
Tổng cộng | 1.080 | 545 | 235

3. Tiêu thụ
Tính đến ngày 09/02/2024 (30 tháng Chạp), lượng hoa tiêu thụ ước đạt 94%, riêng cúc mâm xôi trên 97%. Giá cúc mâm xôi phổ biến từ 180.000 đến 250.000 đồng/cặp, cao hơn 10% so với năm trước. Lợi nhuận bình quân của hộ trồng cúc khoảng 45 triệu đồng/sào (500 m²).

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu duy trì diện tích hoa Tết khoảng 320 ha; xây dựng 2 vùng trồng hoa ứng dụng công nghệ cao tại An Nhơn và Tuy Phước với tổng quy mô 30 ha.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K13.
"""

ASOF = P("Tính đến ngày 09/02/2024", None, "2024-02-09")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Hoa cúc": "hoa cúc", "Vạn thọ": "vạn thọ", "Hoa khác": "hoa khác"}


def cell(anchor, number, row, col, place=None):
    subject = COLS[col] if place else f"{COLS[col]} {row.lower()}"
    kw = {"location": place} if place else {}
    return F(anchor, number, round(float(number.replace(".", "")) * 1000), "count", "chậu",
             subject=subject, **kw)


FIGS = [
    F("gieo trồng 312,4 ha", "312,4", 312.4, "measure", "ha",
      change=C("increase", 8.6, "%", "vụ Tết năm 2023"), subject="diện tích hoa các loại gieo trồng"),
    F("đạt 1,86 triệu chậu", "1,86", 1860000, "count", "chậu", percent=103.3,
      subject="tổng số hoa chậu"),
    F("hoa cúc 1,08 triệu chậu", "1,08", 1080000, "count", "chậu", total=1860000, subject="hoa cúc"),
    F("vạn thọ 545 nghìn chậu", "545", 545000, "count", "chậu", total=1860000, subject="vạn thọ"),
    cell("Quy Nhơn | 215", "215", "TP Quy Nhơn", "Hoa cúc", "Quy Nhơn"),
    cell("215 | 96", "96", "TP Quy Nhơn", "Vạn thọ", "Quy Nhơn"),
    cell("96 | 64", "64", "TP Quy Nhơn", "Hoa khác", "Quy Nhơn"),
    cell("An Nhơn | 398", "398", "Thị xã An Nhơn", "Hoa cúc", "An Nhơn"),
    cell("398 | 182", "182", "Thị xã An Nhơn", "Vạn thọ", "An Nhơn"),
    cell("182 | 71", "71", "Thị xã An Nhơn", "Hoa khác", "An Nhơn"),
    cell("Tuy Phước | 286", "286", "Huyện Tuy Phước", "Hoa cúc", "Tuy Phước"),
    cell("286 | 164", "164", "Huyện Tuy Phước", "Vạn thọ", "Tuy Phước"),
    cell("164 | 52", "52", "Huyện Tuy Phước", "Hoa khác", "Tuy Phước"),
    cell("khác | 181", "181", "Các địa phương khác", "Hoa cúc"),
    cell("181 | 103", "103", "Các địa phương khác", "Vạn thọ"),
    cell("103 | 48", "48", "Các địa phương khác", "Hoa khác"),
    cell("Tổng cộng | 1.080", "1.080", "Tổng cộng", "Hoa cúc"),
    cell("1.080 | 545", "545", "Tổng cộng", "Vạn thọ"),
    cell("545 | 235", "235", "Tổng cộng", "Hoa khác"),
    F("ước đạt 94%", "94", 94, "percent", "%", status="estimate",
      subject="tỷ lệ lượng hoa tiêu thụ", period=ASOF),
    F("trên 97%", "97", 97, "percent", "%", approx="over", status="estimate",
      subject="tỷ lệ tiêu thụ cúc mâm xôi", period=ASOF),
    F("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/cặp", value_max=250000,
      change=C("increase", 10, "%", "năm trước"), subject="giá cúc mâm xôi phổ biến"),
    F("khoảng 45 triệu", "45", 45000000, "money", "đồng/sào", approx="about",
      subject="lợi nhuận bình quân của hộ trồng cúc"),
    F("(500 m²)", "500", 500, "measure", "m²", optional=True, subject="diện tích một sào"),
    F("khoảng 320 ha", "320", 320, "measure", "ha", approx="about", status="target",
      subject="diện tích hoa Tết", period=Y25),
    F("xây dựng 2 vùng", "2", 2, "count", "vùng", status="target",
      subject="vùng trồng hoa ứng dụng công nghệ cao", period=Y25),
    F("quy mô 30 ha", "30", 30, "measure", "ha", status="target",
      subject="tổng quy mô vùng trồng hoa ứng dụng công nghệ cao", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 46/BC-UBND', 'Bình Định, ngày 26 tháng 02 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chậu' (x1000, unit chậu); rows are localities -> location (Quy Nhơn, An Nhơn, Tuy Phước), subject = column label;",
    "'Các địa phương khác' and 'Tổng cộng' are not places: location Bình Định, subject = column + row label. Table cells get no total (the Tổng cộng row is its own figure).",
    "'Vụ hoa Tết Giáp Thìn 2024' is a season: no period for the production figures and the table. 'Tính đến ngày 09/02/2024' is an as-of date for 94% / 97%.",
    "'riêng cúc mâm xôi trên 97%' has no verb of its own: continues 'ước đạt' -> estimate. '(500 m²)' defines the sào (optional). '30 tháng Chạp' is a lunar date.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives target status and period (inherited: a heading line). Distractors: Số: 46/BC-UBND, section numbers, 'K13'.",
]

if __name__ == "__main__":
    write("p1197-3", TEXT, NOTES, FIGS, published="2024-02-26", location="Bình Định")
