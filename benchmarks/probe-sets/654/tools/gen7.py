"""p654-7: Sở Công Thương TP.HCM (department site, no dateline) — chợ hoa Xuân Tết Ất Tỵ 2025, one-cell-per-line table."""
from lib import emit, fig, per, year, chg

ROWS = [("Quận 1", "Quận 1", ["290", "300", "310"]),
        ("Quận 8", "Quận 8", ["540", "580", "620"]),
        ("Quận 10", "Quận 10", ["210", "235", "260"]),
        ("Quận 12", "Quận 12", ["240", "255", "280"]),
        ("Thành phố Thủ Đức", "Thủ Đức", ["470", "505", "545"])]
TABLE = "\n".join(f"{label}\n" + "\n".join(cells) for label, _, cells in ROWS)

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính

Chợ hoa Xuân Tết Ất Tỵ 2025: 88 điểm chợ, hơn 4.600 gian hàng

Tết Ất Tỵ 2025, Thành phố tổ chức 88 điểm chợ hoa Xuân với hơn 4.600 gian hàng, tăng 6 điểm so với năm 2024. Trong đó, 3 điểm chợ hoa trọng điểm là Công viên 23 Tháng 9 (Quận 1), Công viên Lê Thị Riêng (Quận 10) và bến Bình Đông (Quận 8).

Riêng chợ hoa "Trên bến dưới thuyền" tại bến Bình Đông dự kiến đón khoảng 160 ghe hoa từ Đồng Tháp, Tiền Giang, Bến Tre. Giá thuê mặt bằng tại các điểm chợ từ 2 đến 15 triệu đồng/gian.

Bảng: Số gian hàng chợ hoa Xuân tại một số địa phương
Đơn vị tính: gian hàng
Quận, huyện
Năm 2023
Năm 2024
Năm 2025
""" + TABLE + """

Sở Công Thương dự kiến sức mua hoa, cây cảnh dịp Tết tăng khoảng 10-15% so với năm trước; tổng lượng hoa cắt cành cung ứng khoảng 45 triệu cành, hoa, cây cảnh trồng chậu khoảng 2,8 triệu chậu, trong đó hoa lan chiếm khoảng 18%.

Sở đề nghị UBND các quận, huyện và thành phố Thủ Đức bố trí lực lượng kiểm tra, không để tình trạng ép giá, chiếm dụng lòng đường; các gian hàng phải thu dọn, bàn giao mặt bằng trước 12 giờ ngày 29 tháng Chạp.

Địa chỉ: 163 Hai Bà Trưng, Phường Võ Thị Sáu, Quận 3, TP. Hồ Chí Minh
Điện thoại: (028) 3829.6307
Lượt truy cập: 5.812.447
"""

YEARS = [2023, 2024, 2025]
FIGS = [
    fig("Tỵ 2025: 88 điểm", "88", 88, "count", "điểm", "điểm chợ hoa Xuân Tết Ất Tỵ 2025"),
    fig("hơn 4.600 gian hàng\n", "4.600", 4600, "count", "gian hàng", "gian hàng chợ hoa Xuân", approx="over"),
    fig("tổ chức 88 điểm", "88", 88, "count", "điểm", "điểm chợ hoa Xuân", change=chg("increase", 6, "điểm", baseline="năm 2024")),
    fig("với hơn 4.600", "4.600", 4600, "count", "gian hàng", "gian hàng chợ hoa Xuân", approx="over"),
    fig("3 điểm chợ hoa trọng điểm", "3", 3, "count", "điểm", "điểm chợ hoa trọng điểm", total=88),
    fig("khoảng 160 ghe", "160", 160, "count", "ghe", "ghe hoa đón tại chợ hoa bến Bình Đông", approx="about",
        status="forecast", location="Quận 8"),
    fig("từ 2 đến 15 triệu", "2", 2e6, "money", "đồng/gian", "giá thuê mặt bằng tại các điểm chợ", value_max=15e6),
]
for label, loc, cells in ROWS:
    prev = label
    for y, c in zip(YEARS, cells):
        FIGS.append(fig(f"{prev}\n{c}\n", c, int(c), "count", "gian hàng", f"số gian hàng chợ hoa Xuân năm {y}",
                        period=year(y, f"Năm {y}"), location=loc))
        prev = c
FIGS += [
    fig("khoảng 10-15%", "10", 10, "percent", "%", "sức mua hoa, cây cảnh dịp Tết", value_max=15, approx="about",
        status="forecast"),
    fig("khoảng 45 triệu", "45", 45e6, "count", "cành", "lượng hoa cắt cành cung ứng", approx="about", status="forecast"),
    fig("khoảng 2,8 triệu", "2,8", 2.8e6, "count", "chậu", "hoa, cây cảnh trồng chậu cung ứng", approx="about", status="forecast"),
    fig("chiếm khoảng 18%", "18", 18, "percent", "%", "tỷ trọng hoa lan trong hoa, cây cảnh trồng chậu", approx="about",
        status="forecast"),
]

COMMENTS = [
    "Sở Công Thương TP.HCM (department site, no dateline, 'Lượt truy cập: 5.812.447' in the footer): chợ hoa Xuân Tết Ất Tỵ 2025 —",
    "88 points, 4.600+ stalls, key markets, boats, stall rent, one-cell-per-line table of stalls by district (Năm 2023 | 2024 | 2025,",
    "'Đơn vị tính: gian hàng'), supply forecast. Table periods come from the column headers (scored, as in shared h23).",
    "District names with numbers (Quận 1, Quận 8, Quận 10, Quận 12, Quận 3), 'Công viên 23 Tháng 9', '163 Hai Bà Trưng', '12 giờ ngày 29 tháng",
    "Chạp', phone (028) 3829.6307 are not figures. 'dự kiến' governs its sentence and the clauses after ';' that continue it (forecast).",
    "'hoa lan chiếm khoảng 18%' is the share of a part with no amount: a percent figure, not the 2,8 triệu's percent.",
    "revised: the 10-15% rate's subject lost the verb 'tăng' (a rate-as-claim subject names the indicator only).",
]

if __name__ == "__main__":
    emit("p654-7", TEXT, COMMENTS, FIGS, published=None, location="Thành phố Hồ Chí Minh")
