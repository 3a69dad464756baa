"""p824-7: Sở Công Thương Bình Dương site, no dateline; 2023 output and exports, 9 months 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Trang chủ / Công nghiệp / Tin ngành

Ngành da giày Bình Dương: sản lượng năm 2023 giảm, kỳ vọng phục hồi

Năm 2023, sản lượng giày dép các loại của tỉnh đạt 357,1 triệu đôi, giảm 12,4% so với năm 2022; kim ngạch xuất khẩu giày dép đạt 4,12 tỷ USD, giảm 16,3%, chiếm 12,7% tổng kim ngạch xuất khẩu của tỉnh. Riêng túi xách, ví, va li xuất khẩu đạt 587 triệu USD, tăng 3,5%, là nhóm hàng duy nhất của ngành tăng trưởng dương.

Toàn tỉnh có 326 doanh nghiệp da giày, túi xách (trong đó 158 doanh nghiệp FDI), sử dụng khoảng 285.000 lao động, tập trung tại các thành phố Thuận An, Dĩ An, Tân Uyên và Bến Cát.

9 tháng năm 2024, sản lượng giày dép ước đạt 289,6 triệu đôi, tăng 8,1% so với cùng kỳ, đạt 75,8% kế hoạch năm.

Sản lượng giày dép của tỉnh giai đoạn 2022-2024
Đơn vị tính: triệu đôi
Sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
Giày thể thao
312,5
268,4
290
Giày, dép khác
95,2
88,7
92
Tổng số
407,7
357,1
382

Theo Kế hoạch số 2865/KH-UBND của UBND tỉnh, năm 2024 ngành da giày phấn đấu đạt sản lượng 382 triệu đôi, tăng 7% so với năm 2023; đến năm 2030, tỷ lệ nội địa hóa nguyên phụ liệu đạt trên 50%.

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 6, Tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.531 - Fax: 0274.3824.019
Lượt truy cập: 3.154.207 | Đang trực tuyến: 86
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def row(label, anchors, values):
    out = []
    for (a, num), v, (col, per, st) in zip(anchors, values, (("năm 2022", Y22, None), ("năm 2023", Y23, None),
                                                          ("kế hoạch 2024", K24, "target"))):
        kw = {"status": st} if st else {}
        out.append(F(a, num, v * 1e6, "count", "đôi", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("đạt 357,1 triệu đôi", "357,1", 357.1e6, "count", "đôi", "sản lượng giày dép các loại", Y23,
      change=C("decrease", 12.4, baseline="năm 2022")),
    F("đạt 4,12 tỷ USD", "4,12", 4.12e9, "money", "USD", "kim ngạch xuất khẩu giày dép", Y23,
      change=C("decrease", 16.3), percent=12.7),
    F("đạt 587 triệu USD", "587", 587e6, "money", "USD", "xuất khẩu túi xách, ví, va li", I(Y23),
      change=C("increase", 3.5)),
    F("có 326 doanh nghiệp", "326", 326, "count", "doanh nghiệp", "doanh nghiệp da giày, túi xách"),
    F("trong đó 158 doanh nghiệp", "158", 158, "count", "doanh nghiệp", "doanh nghiệp FDI", total=326),
    F("khoảng 285.000 lao động", "285.000", 285000, "count", "lao động", "lao động ngành da giày, túi xách",
      approx="about"),
    F("ước đạt 289,6 triệu đôi", "289,6", 289.6e6, "count", "đôi", "sản lượng giày dép",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), status="estimate", percent=75.8,
      change=C("increase", 8.1, baseline="cùng kỳ")),
    *row("giày thể thao", [("Giày thể thao\n312,5", "312,5"), ("312,5\n268,4", "268,4"), ("268,4\n290", "290")],
         [312.5, 268.4, 290]),
    *row("giày, dép khác", [("khác\n95,2", "95,2"), ("95,2\n88,7", "88,7"), ("88,7\n92", "92")], [95.2, 88.7, 92]),
    *row("tổng số", [("Tổng số\n407,7", "407,7"), ("407,7\n357,1", "357,1"), ("357,1\n382", "382")],
         [407.7, 357.1, 382]),
    F("sản lượng 382 triệu đôi", "382", 382e6, "count", "đôi", "sản lượng ngành da giày",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target", change=C("increase", 7, baseline="năm 2023")),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ nội địa hóa nguyên phụ liệu",
      P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
]

NOTES = [
    "Sở Công Thương Bình Dương site, no dateline (published none): 2023 output and exports, enterprises, 9 months 2024,",
    "a table pasted one cell per line (Đơn vị tính: triệu đôi; columns Năm 2022, Năm 2023, Kế hoạch 2024 -> target).",
    "Table cells: unit đôi with the triệu multiplier, subject row + column label, period from the column header, no totals.",
    "'giảm 16,3%, chiếm 12,7% tổng kim ngạch' are change and percent of 4,12 tỷ USD. '587 triệu USD' sits in the next",
    "sentence without a period phrase: inherited Năm 2023.",
    "Not figures: 'giai đoạn 2022-2024', Kế hoạch số 2865/KH-UBND, Tầng 6, Tháp A, phone and fax, Lượt truy cập 3.154.207,",
    "Đang trực tuyến: 86.",
]

if __name__ == "__main__":
    write("p824-7", TEXT, NOTES, FIGS, published=None, location="Bình Dương")
