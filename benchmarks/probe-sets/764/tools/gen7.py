"""p764-7: department site (Sở NN&PTNT Thanh Hóa), no dateline — pigeon/quail 2023, one-cell-per-line table by district, 2024 targets."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Chi cục Chăn nuôi và Thú y

Phát triển chăn nuôi chim bồ câu, chim cút trên địa bàn tỉnh

Năm 2023, tổng đàn chim bồ câu toàn tỉnh đạt 1,05 triệu con, tăng 9,8% so với năm 2022; đàn chim cút đạt 2,34 triệu con, tăng 3,5%. Sản lượng thịt bồ câu xuất chuồng đạt 486 tấn, sản lượng trứng cút đạt 215 triệu quả. Toàn tỉnh hiện có 2.150 hộ nuôi bồ câu và 38 trang trại nuôi chim cút, trong đó 9 trang trại đã được chứng nhận VietGAHP. Giá bồ câu thịt hiện dao động 65.000-75.000 đồng/con.

Đàn bồ câu tập trung tại các huyện trọng điểm sau:

Bảng: Đàn chim bồ câu một số huyện trọng điểm
Đơn vị tính: nghìn con

Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thọ Xuân
128,4
142,6
150
Triệu Sơn
96,2
104,5
110
Hoằng Hóa
87,0
95,3
100
Nông Cống
64,8
71,2
75

Giá trị sản xuất bình quân của mô hình nuôi bồ câu đạt 180-200 triệu đồng/hộ/năm. Tỉnh hỗ trợ 50% kinh phí mua con giống cho hộ tham gia dự án khuyến nông, mức hỗ trợ tối đa 20 triệu đồng/hộ.

Năm 2024, phấn đấu tổng đàn bồ câu đạt 1,15 triệu con, đàn chim cút đạt 2,5 triệu con; xây dựng thêm 10 mô hình chăn nuôi an toàn sinh học.

Chi cục Chăn nuôi và Thú y Thanh Hóa
Địa chỉ: 45 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa | ĐT: 0237.3852.614
Tổng lượt truy cập: 1.284.560
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def row(name, a22, a23, a24):
    out = []
    for (anchor, num), per, col, st in zip((a22, a23, a24), (Y22, Y23, K24),
                                           ("năm 2022", "năm 2023", "kế hoạch 2024"), ("actual", "actual", "target")):
        v = round(float(num.replace(",", ".")) * 1000)
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, num, v, "count", "con", f"đàn chim bồ câu {col}", per, location=name, **kw))
    return out


FIGS = [
    F("đạt 1,05 triệu con", "1,05", 1050000, "count", "con", "tổng đàn chim bồ câu toàn tỉnh", Y23,
      change=CH("increase", 9.8, baseline="năm 2022")),
    F("đạt 2,34 triệu con", "2,34", 2340000, "count", "con", "đàn chim cút", Y23, change=CH("increase", 3.5)),
    F("đạt 486 tấn", "486", 486, "measure", "tấn", "sản lượng thịt bồ câu xuất chuồng", I(Y23)),
    F("đạt 215 triệu quả", "215", 215000000, "count", "quả", "sản lượng trứng cút", I(Y23)),
]
FIGS += [
    F("có 2.150 hộ", "2.150", 2150, "count", "hộ", "hộ nuôi bồ câu"),
    F("và 38 trang trại", "38", 38, "count", "trang trại", "trang trại nuôi chim cút"),
    F("trong đó 9 trang trại", "9", 9, "count", "trang trại", "trang trại được chứng nhận VietGAHP", total=38),
    F("65.000-75.000 đồng/con", "65.000", 65000, "money", "đồng/con", "giá bồ câu thịt", value_max=75000),
]
FIGS += row("Thọ Xuân", ("Xuân\n128,4", "128,4"), ("142,6", "142,6"), ("142,6\n150", "150"))
FIGS += row("Triệu Sơn", ("96,2", "96,2"), ("104,5", "104,5"), ("104,5\n110", "110"))
FIGS += row("Hoằng Hóa", ("87,0", "87,0"), ("95,3", "95,3"), ("95,3\n100", "100"))
FIGS += row("Nông Cống", ("64,8", "64,8"), ("71,2", "71,2"), ("71,2\n75", "75"))
FIGS += [
    F("đạt 180-200 triệu đồng/hộ/năm", "180", 180000000, "money", "đồng/hộ/năm",
      "giá trị sản xuất bình quân của mô hình nuôi bồ câu", value_max=200000000),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ kinh phí mua con giống"),
    F("tối đa 20 triệu đồng/hộ", "20", 20000000, "money", "đồng/hộ", "mức hỗ trợ", approx="at_most"),
    F("đạt 1,15 triệu con", "1,15", 1150000, "count", "con", "tổng đàn bồ câu", Y24, status="target"),
    F("đạt 2,5 triệu con", "2,5", 2500000, "count", "con", "đàn chim cút", Y24, status="target"),
    F("thêm 10 mô hình", "10", 10, "count", "mô hình", "mô hình chăn nuôi an toàn sinh học xây dựng thêm", Y24,
      status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Thanh Hóa / Chi cục Chăn nuôi và Thú y: department page with no dateline (published null); pigeon and quail 2023,",
    "one-cell-per-line table 'Đơn vị tính: nghìn con' by district (Năm 2022 | Năm 2023 | Kế hoạch 2024), support policy, 2024 targets.",
    "Distractors: '45 Đại lộ Lê Lợi', phone, 'Tổng lượt truy cập: 1.284.560', column headers 'Năm 2022' etc.",
    "Table cells: value × 1.000 con, location = district row, subject = indicator + column, period from the column header (scored,",
    "as in shared h23); 'Kế hoạch 2024' column → status target. 'tăng 3,5%' (no baseline written) is the change of the quail flock.",
    "Location Thanh Hóa (named in the department's header and address).",
]

if __name__ == "__main__":
    emit("p764-7", TEXT, COMMENTS, FIGS, location="Thanh Hóa")
