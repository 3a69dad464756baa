"""p786-3: UBND tỉnh Quảng Ngãi formal report — cơ sở đóng mới, cải hoán tàu cá 9 tháng 2024, flattened | table."""
from lib import emit, fig, per, inh, ch

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình quản lý cơ sở đóng mới, cải hoán tàu cá 9 tháng năm 2024

Thực hiện Công văn số 1735/TS-KTTS ngày 12/9/2024 của Cục Thủy sản, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tính đến ngày 30/9/2024, toàn tỉnh có 26 cơ sở đóng mới, cải hoán tàu cá được cấp giấy chứng nhận đủ điều kiện, tăng 3 cơ sở so với cuối năm 2023; trong đó 5 cơ sở đóng tàu vỏ thép, 2 cơ sở đóng tàu vỏ composite và 19 cơ sở đóng tàu vỏ gỗ.
2. Kết quả đóng mới, cải hoán 9 tháng năm 2024 theo địa bàn:
Địa bàn | Số cơ sở | Đóng mới (chiếc) | Cải hoán (chiếc)
Bình Sơn | 7 | 31 | 48
Lý Sơn | 4 | 12 | 26
Đức Phổ | 9 | 44 | 63
Mộ Đức | 6 | 18 | 21
Tổng cộng | 26 | 105 | 158
3. Tổng số tàu đóng mới đạt 105/140 chiếc kế hoạch năm, bằng 75%; trong đó tàu có chiều dài từ 15 m trở lên là 37 chiếc. Tổng công suất máy của tàu đóng mới khoảng 38.750 CV, bình quân 369 CV/chiếc.

II. TỒN TẠI, HẠN CHẾ
Còn 4 cơ sở chưa đáp ứng điều kiện về nhà xưởng, đà tàu; 2 cơ sở bị xử phạt vi phạm hành chính với tổng số tiền 85 triệu đồng.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 đóng mới thêm 35 tàu, nâng tổng số tàu đóng mới cả năm lên 140 chiếc. Phấn đấu kiểm tra 100% cơ sở đóng mới, cải hoán trên địa bàn trước Kỳ họp thứ 17 HĐND tỉnh.

Nơi nhận:
- Cục Thủy sản;
- Lưu: VT, KTN.
"""

AS = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")

TABLE = [
    ("Bình Sơn", "Bình Sơn | 7", "7 | 31", "31 | 48", 7, 31, 48),
    ("Lý Sơn", "Lý Sơn | 4", "4 | 12", "12 | 26", 4, 12, 26),
    ("Đức Phổ", "Đức Phổ | 9", "9 | 44", "44 | 63", 9, 44, 63),
    ("Mộ Đức", "Mộ Đức | 6", "6 | 18", "18 | 21", 6, 18, 21),
    (None, "Tổng cộng | 26", "26 | 105", "105 | 158", 26, 105, 158),
]

FIGS = [
    fig("có 26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở đóng mới, cải hoán tàu cá được cấp giấy chứng nhận đủ điều kiện",
        AS, change=ch("increase", 3, unit="cơ sở", baseline="cuối năm 2023")),
    fig("trong đó 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở đóng tàu vỏ thép", AS, total=26),
    fig("2 cơ sở đóng tàu vỏ composite", "2", 2, "count", "cơ sở", "cơ sở đóng tàu vỏ composite", AS, total=26),
    fig("19 cơ sở đóng tàu vỏ gỗ", "19", 19, "count", "cơ sở", "cơ sở đóng tàu vỏ gỗ", AS, total=26),
]
for place, a1, a2, a3, v1, v2, v3 in TABLE:
    kw = {"location": place} if place else {}
    FIGS += [
        fig(a1, str(v1), v1, "count", "cơ sở", "số cơ sở đóng mới, cải hoán tàu cá", M9, **kw),
        fig(a2, str(v2), v2, "count", "chiếc", "tàu cá đóng mới", M9, **kw),
        fig(a3, str(v3), v3, "count", "chiếc", "tàu cá cải hoán", M9, **kw),
    ]
FIGS += [
    fig("đạt 105/140", "105", 105, "count", "chiếc", "tổng số tàu đóng mới", M9, target={"value": 140, "unit": "chiếc"},
        percent=75),
    fig("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
    fig("là 37 chiếc", "37", 37, "count", "chiếc", "tàu đóng mới có chiều dài từ 15 m trở lên", M9, total=105),
    fig("khoảng 38.750 CV", "38.750", 38750, "measure", "CV", "tổng công suất máy của tàu đóng mới", M9, approx="about"),
    fig("bình quân 369 CV/chiếc", "369", 369, "measure", "CV/chiếc", "công suất máy bình quân của tàu đóng mới", M9),
    fig("Còn 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở chưa đáp ứng điều kiện về nhà xưởng, đà tàu"),
    fig("2 cơ sở bị xử phạt", "2", 2, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính"),
    fig("85 triệu đồng", "85", 85e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính"),
    fig("thêm 35 tàu", "35", 35, "count", "tàu", "tàu đóng mới thêm", Q4, status="forecast"),
    fig("lên 140 chiếc", "140", 140, "count", "chiếc", "tổng số tàu đóng mới cả năm", YR, status="forecast"),
    fig("kiểm tra 100%", "100", 100, "percent", "%", "cơ sở đóng mới, cải hoán được kiểm tra", status="target"),
]

COMMENTS = [
    "p786-3 — formal report under letterhead: UBND tỉnh Quảng Ngãi, 'Số: 412/BC-UBND', place-and-date line 07/10/2024.",
    "Flattened '|' table (Địa bàn | Số cơ sở | Đóng mới (chiếc) | Cải hoán (chiếc)): every numeric cell is a figure, district in location,",
    "units from column headers; period from the line above the table (inherited). The 'Tổng cộng' row follows its parts, so no totals on cells.",
    "'đạt 105/140 chiếc kế hoạch năm' → target 140 (result against plan), percent 75. 37 chiếc (trong đó) → total 105; '15 m trở lên' optional.",
    "Quý IV: 'Dự kiến' → forecast for 35 and 140 ('cả năm' = 2024); 'Phấn đấu kiểm tra 100%' → target.",
    "Distractors: Số 412/BC-UBND, Công văn số 1735/TS-KTTS ngày 12/9/2024, section numbers I./II./III./1./2./3., Kỳ họp thứ 17, heading QUÝ IV/2024.",
]

if __name__ == "__main__":
    emit("p786-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Quảng Ngãi")
