"""p1312-3: formal report (UBND tỉnh Tiền Giang, Số: 412/BC-UBND): chùm ruột and fruit-jam 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH TIỀN GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Giang, ngày 10 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất chùm ruột, chế biến mứt trái cây năm 2024 và kế hoạch phục vụ Tết Nguyên đán Ất Tỵ 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Năm 2024, diện tích chùm ruột toàn tỉnh đạt 1.126 ha, tăng 42 ha so với năm 2023; sản lượng ước đạt 10.450 tấn, bằng 104,5% kế hoạch. Giá chùm ruột bình quân 11 tháng năm 2024 là 12.800 đồng/kg.

Sản lượng chùm ruột phân theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%)
Huyện Gò Công Tây | 4.120 | 4.460 | 108,3
Huyện Gò Công Đông | 2.870 | 3.050 | 106,3
Huyện Chợ Gạo | 1.650 | 1.720 | 104,2
Các địa phương khác | 1.180 | 1.220 | 103,4
Tổng số | 9.820 | 10.450 | 106,4

2. Chế biến mứt
Toàn tỉnh có 27 cơ sở chế biến mứt trái cây, tập trung ở thị xã Gò Công và huyện Chợ Gạo; trong đó 9 cơ sở có sản phẩm đạt OCOP 3 sao trở lên. Năm 2024, các cơ sở sản xuất khoảng 1.850 tấn mứt (chùm ruột, me, gừng, dừa), tăng 6% so với năm 2023; giải quyết việc làm cho trên 600 lao động, thu nhập bình quân từ 6,5 đến 7 triệu đồng/người/tháng.

II. KẾ HOẠCH PHỤC VỤ TẾT NGUYÊN ĐÁN ẤT TỴ 2025
Dự báo nhu cầu mứt trái cây dịp Tết tăng 10-15% so với Tết Giáp Thìn 2024. Các cơ sở phấn đấu sản xuất 650 tấn mứt trong tháng 12/2024 và tháng 01/2025, trong đó mứt chùm ruột khoảng 180 tấn. Phấn đấu 100% cơ sở được kiểm tra an toàn thực phẩm trước Tết.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở Công Thương;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
TET = per("trong tháng 12/2024 và tháng 01/2025", "2024-12-01", "2025-01-31")

ROWS = [("Huyện Gò Công Tây", "Gò Công Tây", ("4.120", "4.460", "108,3")),
        ("Huyện Gò Công Đông", "Gò Công Đông", ("2.870", "3.050", "106,3")),
        ("Huyện Chợ Gạo", "Chợ Gạo", ("1.650", "1.720", "104,2")),
        ("Các địa phương khác", None, ("1.180", "1.220", "103,4")),
        ("Tổng số", None, ("9.820", "10.450", "106,4"))]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, (a, b, c) in ROWS:
    loc = {"location": place} if place else {}
    row = "" if place else ("các địa phương khác " if label.startswith("Các") else "tổng số ")
    CELLS += [
        fig(f"{label} | {a}", a, num(a), "measure", "tấn", subject=f"{row}sản lượng chùm ruột năm 2023",
            period=Y23, **loc),
        fig(f"{a} | {b}", b, num(b), "measure", "tấn", status="estimate",
            subject=f"{row}sản lượng chùm ruột ước thực hiện năm 2024", period=Y24c, **loc),
        fig(f"{b} | {c}", c, num(c), "percent", "%", subject=f"{row}sản lượng chùm ruột so với cùng kỳ", **loc),
    ]

FIGS = [
    fig("đạt 1.126 ha", "1.126", 1126, "measure", "ha", change=chg("increase", 42, "ha", "năm 2023"),
        subject="diện tích chùm ruột toàn tỉnh", period=Y24),
    fig("ước đạt 10.450 tấn", "10.450", 10450, "measure", "tấn", status="estimate", percent=104.5,
        subject="sản lượng chùm ruột", period=Y24),
    fig("là 12.800 đồng/kg", "12.800", 12800, "money", "đồng/kg", subject="giá chùm ruột bình quân", period=M11),
] + CELLS + [
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở chế biến mứt trái cây"),
    fig("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", total=27,
        subject="cơ sở có sản phẩm đạt OCOP 3 sao trở lên"),
    fig("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="about",
        change=chg("increase", 6, "%", "năm 2023"), subject="mứt các cơ sở sản xuất", period=Y24),
    fig("trên 600 lao động", "600", 600, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm", period=Y24),
    fig("từ 6,5 đến 7 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân", period=Y24),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
        subject="nhu cầu mứt trái cây dịp Tết"),
    fig("xuất 650 tấn", "650", 650, "measure", "tấn", status="target", subject="mứt các cơ sở sản xuất",
        period=TET),
    fig("khoảng 180 tấn", "180", 180, "measure", "tấn", approx="about", status="target", total=650,
        subject="mứt chùm ruột", period=TET),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở được kiểm tra an toàn thực phẩm trước Tết"),
]

NOTES = [
    "Formal report: 'UBND TỈNH TIỀN GIANG', 'Số: 412/BC-UBND', 'Tiền Giang, ngày 10 tháng 12 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 412/BC-UBND, section numbers, 'Tết Nguyên đán Ất Tỵ 2025', 'Tết Giáp Thìn 2024', 'OCOP 3 sao', the letterhead date.",
    "'sản lượng ước đạt 10.450 tấn, bằng 104,5% kế hoạch' → percent attribute 104.5; 'tăng 42 ha so với năm 2023' → change in ha.",
    "'11 tháng năm 2024' → 2024-01-01..2024-11-30.",
    "Flattened '|' table, 'Đơn vị tính: tấn': district rows → location (the place is not the subject); 'Các địa phương khác' and",
    "'Tổng số' rows → Tiền Giang. Period from column headers; 'Ước thực hiện năm 2024' → estimate; 'So với cùng kỳ (%)' cells are",
    "percent figures (value as written, e.g. 108,3) with no period of their own. Rows above the 'Tổng số' row: no total.",
    "'27 cơ sở ...; trong đó 9 cơ sở' → total 27. 'tập trung ở thị xã Gò Công và huyện Chợ Gạo' does not move the location.",
    "'Dự báo nhu cầu ... tăng 10-15%' → percent range, forecast, no change. 'phấn đấu sản xuất 650 tấn mứt trong tháng 12/2024 và",
    "tháng 01/2025' → target, period 2024-12-01..2025-01-31; the 'trong đó' part 180 tấn takes total 650, status target, same period.",
]

if __name__ == "__main__":
    write("p1312-3", TEXT, NOTES, FIGS, published="2024-12-10", location="Tiền Giang")
