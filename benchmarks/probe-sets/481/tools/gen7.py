"""p481-7: department site without dateline (Sở TN&MT Hải Dương) — land price table 2025, one cell per line."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HẢI DƯƠNG
Trang chủ » Đất đai » Giá đất

Bảng giá đất năm 2025: giá đất ở đô thị tăng bình quân 45%

Ngày 20/12/2024, UBND tỉnh Hải Dương ban hành Quyết định số 35/2024/QĐ-UBND sửa đổi, bổ sung bảng giá đất giai đoạn 2020-2024 để áp dụng từ ngày 01/01/2025. Theo đó, giá đất ở tại đô thị tăng bình quân 45%, đất ở nông thôn tăng từ 30 đến 35%, đất nông nghiệp giữ ổn định. Giá đất cao nhất là 72 triệu đồng/m² tại đường Trần Hưng Đạo, TP Hải Dương; thấp nhất là 40.000 đồng/m² đối với đất rừng sản xuất tại huyện Thanh Hà. Bảng giá mới quy định giá cho hơn 3.600 tuyến đường, đoạn đường trên địa bàn tỉnh, tăng 420 tuyến so với bảng giá cũ.

Giá đất ở vị trí 1 một số tuyến đường tại TP Hải Dương
Đơn vị tính: nghìn đồng/m²
Tuyến đường
Giai đoạn 2020-2024
Năm 2025
Mức tăng (%)
Trần Hưng Đạo
45.000
72.000
60
Nguyễn Lương Bằng
38.000
57.000
50
Thanh Niên
32.000
51.200
60
Lê Thanh Nghị
28.000
42.000
50
Đường 30 Tháng 10
15.000
22.500
50

Trong quá trình xây dựng dự thảo, Sở đã lấy ý kiến của 1.250 tổ chức, cá nhân; 87% ý kiến đồng thuận. Dự kiến số thu tiền sử dụng đất năm 2025 của tỉnh tăng thêm khoảng 1.200 tỷ đồng so với năm 2024.

Địa chỉ: số 2 đường Thanh Niên, TP Hải Dương
Điện thoại: 0220.3890.255
Tổng lượt truy cập: 1.204.377
"""

OLD = per("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
NEW = per("Năm 2025", "2025-01-01", "2025-12-31")
K = 1e3

ROWS = [
    ("Trần Hưng Đạo", "đường Trần Hưng Đạo", ("45.000", 45000), ("72.000", 72000), "60"),
    ("Nguyễn Lương Bằng", "đường Nguyễn Lương Bằng", ("38.000", 38000), ("57.000", 57000), "50"),
    ("Thanh Niên", "đường Thanh Niên", ("32.000", 32000), ("51.200", 51200), "60"),
    ("Lê Thanh Nghị", "đường Lê Thanh Nghị", ("28.000", 28000), ("42.000", 42000), "50"),
    ("Đường 30 Tháng 10", "Đường 30 Tháng 10", ("15.000", 15000), ("22.500", 22500), "50"),
]

FIGS = [
    fig("đô thị tăng bình quân 45%\n", "45", 45, "percent", "%", "giá đất ở đô thị tăng bình quân",
        per("năm 2025", "2025-01-01", "2025-12-31")),
    fig("đô thị tăng bình quân 45%,", "45", 45, "percent", "%", "giá đất ở tại đô thị tăng bình quân"),
    fig("từ 30 đến 35%", "30", 30, "percent", "%", "giá đất ở nông thôn tăng", value_max=35),
    fig("72 triệu", "72", 72e6, "money", "đồng/m²", "giá đất cao nhất", location="TP Hải Dương"),
    fig("40.000 đồng/m²", "40.000", 40000, "money", "đồng/m²", "giá đất thấp nhất đất rừng sản xuất",
        location="Thanh Hà"),
    fig("hơn 3.600 tuyến", "3.600", 3600, "count", "tuyến đường, đoạn đường",
        "tuyến đường, đoạn đường được quy định giá", approx="over",
        change=chg("increase", 420, "tuyến", baseline="bảng giá cũ")),
]
for head, label, (n1, v1), (n2, v2), n3 in ROWS:
    FIGS += [
        fig(f"{head}\n{n1}\n", n1, v1 * K, "money", "đồng/m²", f"giá đất ở vị trí 1 {label} giai đoạn 2020-2024", OLD,
            location="TP Hải Dương"),
        fig(f"{n1}\n{n2}\n", n2, v2 * K, "money", "đồng/m²", f"giá đất ở vị trí 1 {label} năm 2025", NEW,
            location="TP Hải Dương"),
        fig(f"{n2}\n{n3}\n", n3, float(n3), "percent", "%", f"mức tăng giá đất ở vị trí 1 {label}",
            location="TP Hải Dương"),
    ]
FIGS += [
    fig("1.250 tổ chức", "1.250", 1250, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được lấy ý kiến dự thảo"),
    fig("87% ý kiến", "87", 87, "percent", "%", "ý kiến đồng thuận"),
    fig("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "số thu tiền sử dụng đất tăng thêm",
        per("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Sở TN&MT Hải Dương (department site, no dateline): bảng giá đất áp dụng từ 01/01/2025; one-cell-per-line table of vị trí 1 prices.",
    "No dateline: no published ('Ngày 20/12/2024' is an event date in the body). 'Quyết định số 35/2024/QĐ-UBND', 'giai đoạn 2020-2024',",
    "'vị trí 1', 'Đường 30 Tháng 10' (a street name), 'số 2 đường Thanh Niên', '0220.3890.255', 'Tổng lượt truy cập: 1.204.377' are not figures.",
    "Table: 'Đơn vị tính: nghìn đồng/m²' makes 45.000 = 45.000.000 đồng/m² (money, unit đồng/m²); the 'Mức tăng (%)' column is percent.",
    "Periods from the column headers (scored, as h23); the percent column has no period. Row labels are streets, not places: subject;",
    "the table title gives location TP Hải Dương. Headline '45%' takes 'năm 2025' from the headline. Growth rates are percent figures, no change.",
    "'tăng thêm khoảng 1.200 tỷ đồng so với năm 2024' has no base amount: a money figure (forecast), no change (as 469's 'tăng thêm').",
]

if __name__ == "__main__":
    emit("p481-7", TEXT, COMMENTS, FIGS, location="Hải Dương")
