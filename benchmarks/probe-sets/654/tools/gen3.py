"""p654-3: UBND tỉnh Bến Tre formal report — hoa kiểng Tết Giáp Thìn 2024, flattened | table."""
from lib import emit, fig, per, year, chg

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Bến Tre, ngày 26 tháng 02 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ hoa kiểng phục vụ Tết Nguyên đán Giáp Thìn năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Năm 2023, tổng diện tích hoa kiểng toàn tỉnh đạt 2.687 ha, đạt 102,3% kế hoạch, tăng 4,1% so với năm 2022. Các nhà vườn đưa ra thị trường Tết khoảng 2,26 triệu chậu hoa kiểng, trong đó mai vàng chiếm khoảng 45%.

Bảng 1. Sản xuất hoa kiểng Tết theo địa bàn
Địa bàn | Diện tích (ha) | Số chậu (nghìn chậu) | Doanh thu ước (tỷ đồng)
Huyện Chợ Lách | 2.150 | 1.820 | 1.250
Huyện Mỏ Cày Bắc | 310 | 265 | 142
Huyện Châu Thành | 185 | 140 | 96,5
TP. Bến Tre | 42 | 38 | 21,3
Tổng cộng | 2.687 | 2.263 | 1.509,8

2. Tiêu thụ
Tính đến ngày 9/02/2024 (30 tháng Chạp), toàn tỉnh tiêu thụ được 2,08 triệu chậu, đạt 92% số chậu đưa ra thị trường; doanh thu ước đạt 1.509,8 tỷ đồng, tăng 6,7% so với Tết Quý Mão. Giá mai vàng ghép từ 350.000 đến 1.200.000 đồng/chậu; cúc mâm xôi 120.000-180.000 đồng/cặp.

3. Thiệt hại
Do triều cường kết hợp xâm nhập mặn trong tháng 12/2023, khoảng 27,5 ha hoa kiểng bị ảnh hưởng, trong đó 6,8 ha thiệt hại trên 70%; ước thiệt hại 4,2 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 diện tích hoa kiểng đạt 2.750 ha; dự kiến vụ Tết Ất Tỵ 2025 cung ứng khoảng 2,4 triệu chậu.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = year(2023, "Năm 2023")
D12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
ASOF = per("Tính đến ngày 9/02/2024", end="2024-02-09")
AREA, POTS, REV = "diện tích hoa kiểng Tết", "số chậu hoa kiểng Tết", "doanh thu ước hoa kiểng Tết"


def row(place, cells, loc):
    a, p, r = cells
    out = []
    line = f"{place} | {a[0]} | {p[0]} | {r[0]}"
    out.append(fig(f"{place} | {a[0]}", a[0], a[1], "measure", "ha", AREA, location=loc))
    out.append(fig(f"{a[0]} | {p[0]} |", p[0], p[1], "count", "chậu", POTS, location=loc))
    out.append(fig(f"{p[0]} | {r[0]}", r[0], r[1], "money", "đồng", REV, location=loc, status="estimate"))
    return out


FIGS = [
    fig("đạt 2.687 ha", "2.687", 2687, "measure", "ha", "tổng diện tích hoa kiểng", period=Y23, percent=102.3,
        change=chg("increase", 4.1, baseline="năm 2022")),
    fig("khoảng 2,26 triệu", "2,26", 2260000, "count", "chậu", "chậu hoa kiểng đưa ra thị trường Tết", approx="about"),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", "tỷ trọng mai vàng trong số chậu hoa kiểng đưa ra thị trường Tết",
        approx="about"),
]
FIGS += row("Huyện Chợ Lách", [("2.150", 2150), ("1.820", 1820000), ("1.250", 1250e9)], "Chợ Lách")
FIGS += row("Huyện Mỏ Cày Bắc", [("310", 310), ("265", 265000), ("142", 142e9)], "Mỏ Cày Bắc")
FIGS += row("Huyện Châu Thành", [("185", 185), ("140", 140000), ("96,5", 96.5e9)], "Châu Thành")
FIGS += row("TP. Bến Tre", [("42", 42), ("38", 38000), ("21,3", 21.3e9)], "Bến Tre")
FIGS += row("Tổng cộng", [("2.687", 2687), ("2.263", 2263000), ("1.509,8", 1509.8e9)], "Bến Tre")
FIGS += [
    fig("tiêu thụ được 2,08 triệu", "2,08", 2080000, "count", "chậu", "chậu hoa kiểng tiêu thụ", period=ASOF, percent=92),
    fig("ước đạt 1.509,8 tỷ", "1.509,8", 1509.8e9, "money", "đồng", "doanh thu hoa kiểng Tết", period=ASOF,
        status="estimate", change=chg("increase", 6.7, baseline="Tết Quý Mão")),
    fig("từ 350.000 đến 1.200.000", "350.000", 350000, "money", "đồng/chậu", "giá mai vàng ghép", value_max=1200000),
    fig("cúc mâm xôi 120.000-180.000", "120.000", 120000, "money", "đồng/cặp", "giá cúc mâm xôi", value_max=180000),
    fig("khoảng 27,5 ha", "27,5", 27.5, "measure", "ha", "diện tích hoa kiểng bị ảnh hưởng do triều cường, xâm nhập mặn",
        approx="about", period=D12),
    fig("trong đó 6,8 ha", "6,8", 6.8, "measure", "ha", "diện tích hoa kiểng thiệt hại trên 70%", total=27.5, period=D12),
    fig("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", period=D12, optional=True),
    fig("ước thiệt hại 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", "thiệt hại do triều cường, xâm nhập mặn", period=D12,
        status="estimate"),
    fig("đạt 2.750 ha", "2.750", 2750, "measure", "ha", "diện tích hoa kiểng", period=year(2024), status="target"),
    fig("khoảng 2,4 triệu", "2,4", 2400000, "count", "chậu", "chậu hoa kiểng cung ứng vụ Tết Ất Tỵ 2025", approx="about",
        status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Bến Tre, Số: 38/BC-UBND, 'Bến Tre, ngày 26 tháng 02 năm 2024': hoa kiểng Tết Giáp Thìn — area 2023, pots, flattened | table",
    "by district (Diện tích (ha) | Số chậu (nghìn chậu) | Doanh thu ước (tỷ đồng)), sales as of 9/02/2024, prices, tidal/saline loss, 2024 tasks.",
    "Table: header multipliers apply ('nghìn chậu' ×10³, 'tỷ đồng' ×10⁹); the 'Doanh thu ước' column is status estimate; district rows go to",
    "location, 'Tổng cộng' is the province. The table has no period of its own (title has none): cells carry no period (unscored).",
    "'trong đó mai vàng chiếm khoảng 45%' is the share of a part whose count is not given: a percent figure, not the 2,26 triệu's percent.",
    "'thiệt hại trên 70%' is a damage threshold: optional. Not figures: 'Số: 38/BC-UBND', '30 tháng Chạp', section numbers I., 1., 'Bảng 1'.",
]

if __name__ == "__main__":
    emit("p654-3", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Bến Tre")
