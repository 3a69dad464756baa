"""p492-7: Sở Công Thương Sóc Trăng (department site, no dateline) — seafood processing 2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH SÓC TRĂNG
Trang chủ » Công nghiệp » Chế biến nông, thủy sản

Chế biến thủy sản xuất khẩu năm 2023 tăng 4,2%

Năm 2023, các doanh nghiệp chế biến thủy sản trên địa bàn tỉnh Sóc Trăng sản xuất được 98.450 tấn sản phẩm, tăng 4,2% so với năm 2022; kim ngạch xuất khẩu thủy sản đạt 812,6 triệu USD, chiếm 78% tổng kim ngạch xuất khẩu của tỉnh. Sản phẩm tôm chế biến giá trị gia tăng chiếm từ 35 đến 40% sản lượng.

Sản lượng thủy sản chế biến theo mặt hàng
Đơn vị tính: tấn
Mặt hàng
Năm 2022
Năm 2023
Kế hoạch 2024
Tôm đông lạnh
71.230
74.862
78.000
Cá đông lạnh
15.904
14.315
15.000
Mực, bạch tuộc
3.120
2.946
3.000
Thủy sản khác
4.231
6.327
6.500

Toàn tỉnh có 21 doanh nghiệp chế biến với 26 nhà máy, trong đó 19 nhà máy đạt chứng nhận BRC, HACCP; sử dụng khoảng 32.500 lao động. Năm 2024, ngành phấn đấu kim ngạch xuất khẩu thủy sản đạt 850 triệu USD, tăng 4,6% so với năm 2023.

Do thiếu nguyên liệu, các nhà máy chỉ hoạt động bình quân khoảng 65% công suất thiết kế. Giá tôm thẻ nguyên liệu bình quân năm 2023 đạt 108.500 đồng/kg, giảm 12,3% so với năm 2022. Tỉnh hiện đã cấp mã số cơ sở nuôi cho 1.540 cơ sở nuôi tôm với diện tích hơn 8.200 ha, đáp ứng yêu cầu truy xuất nguồn gốc của các thị trường nhập khẩu.

Địa chỉ: số 36 Phạm Ngũ Lão, Phường 1, TP. Sóc Trăng. Điện thoại: 0299.3821.456
Tổng số lượt truy cập: 1.826.407
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
COL = {"22": ("năm 2022", Y22), "23": ("năm 2023", Y23), "K": ("kế hoạch năm 2024", K24)}


def cell(anchor, number, value, row, col):
    words, per = COL[col]
    kw = {"status": "target"} if col == "K" else {}
    return F(anchor, number, value, "measure", "tấn", f"sản lượng chế biến {row} {words}", per, **kw)


FIGS = [
    F("năm 2023 tăng 4,2%", "4,2", 4.2, "percent", "%", "chế biến thủy sản xuất khẩu",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("được 98.450 tấn", "98.450", 98450, "measure", "tấn", "sản phẩm thủy sản chế biến", Y23,
      change=CH("increase", 4.2, baseline="năm 2022")),
    F("đạt 812,6 triệu USD", "812,6", 812.6e6, "money", "USD", "kim ngạch xuất khẩu thủy sản", Y23, percent=78),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "sản phẩm tôm chế biến giá trị gia tăng trong sản lượng",
      I(Y23), value_max=40),
    cell("71.230", "71.230", 71230, "tôm đông lạnh", "22"),
    cell("74.862", "74.862", 74862, "tôm đông lạnh", "23"),
    cell("78.000", "78.000", 78000, "tôm đông lạnh", "K"),
    cell("15.904", "15.904", 15904, "cá đông lạnh", "22"),
    cell("14.315", "14.315", 14315, "cá đông lạnh", "23"),
    cell("15.000", "15.000", 15000, "cá đông lạnh", "K"),
    cell("3.120", "3.120", 3120, "mực, bạch tuộc", "22"),
    cell("2.946", "2.946", 2946, "mực, bạch tuộc", "23"),
    cell("3.000", "3.000", 3000, "mực, bạch tuộc", "K"),
    cell("4.231", "4.231", 4231, "thủy sản khác", "22"),
    cell("6.327", "6.327", 6327, "thủy sản khác", "23"),
    cell("6.500", "6.500", 6500, "thủy sản khác", "K"),
    F("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", "doanh nghiệp chế biến thủy sản"),
    F("với 26 nhà máy", "26", 26, "count", "nhà máy", "nhà máy chế biến thủy sản"),
    F("trong đó 19 nhà máy", "19", 19, "count", "nhà máy", "nhà máy đạt chứng nhận BRC, HACCP", total=26),
    F("khoảng 32.500 lao động", "32.500", 32500, "count", "lao động", "lao động ngành chế biến thủy sản",
      approx="about"),
    F("đạt 850 triệu USD", "850", 850e6, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target",
      change=CH("increase", 4.6, baseline="năm 2023")),
    F("khoảng 65% công suất", "65", 65, "percent", "%", "công suất thiết kế các nhà máy hoạt động bình quân",
      approx="about"),
    F("đạt 108.500 đồng/kg", "108.500", 108500, "money", "đồng/kg", "giá tôm thẻ nguyên liệu bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 12.3, baseline="năm 2022")),
    F("cho 1.540 cơ sở", "1.540", 1540, "count", "cơ sở nuôi tôm", "cơ sở nuôi tôm được cấp mã số cơ sở nuôi"),
    F("hơn 8.200 ha", "8.200", 8200, "measure", "ha", "diện tích cơ sở nuôi tôm được cấp mã số", approx="over"),
]

COMMENTS = [
    "Department site (Sở Công Thương Sóc Trăng), no dateline, visit counter and address in the footer: seafood processing 2023.",
    "One-cell-per-line table under 'Đơn vị tính: tấn': every numeric cell is a figure, subject = product row + column, period from the",
    "column header (scored, as in h23); 'Kế hoạch 2024' -> status target. Rows add up: 2023 = 98.450 t, 2022 = 94.485 t (+4,2%).",
    "Headline 'tăng 4,2%' is a growth rate that is the claim: percent, no change. Distractors: số 36 Phạm Ngũ Lão, Phường 1,",
    "0299.3821.456, 'Tổng số lượt truy cập: 1.826.407'. No published date.",
]

if __name__ == "__main__":
    emit("p492-7", TEXT, COMMENTS, FIGS, location="Sóc Trăng")
