from lib import emit, fig, per, inh, chg, tgt

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức / Xuất nhập khẩu

Ngành chế biến gỗ Bình Định: xuất khẩu năm 2023 sụt giảm, kỳ vọng phục hồi
Ngày đăng: 22/02/2024 | Lượt xem: 683

Năm 2023, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh đạt 547,3 triệu USD, giảm 23,8% so với năm 2022, chiếm 37,5% tổng kim ngạch xuất khẩu toàn tỉnh. Số doanh nghiệp chế biến gỗ đang hoạt động là 156 doanh nghiệp, giảm 11 doanh nghiệp; khoảng 30% doanh nghiệp phải cắt giảm ca sản xuất trong 6 tháng đầu năm.

Kim ngạch xuất khẩu gỗ và sản phẩm gỗ theo thị trường
Đơn vị tính: triệu USD

Thị trường

Năm 2022

Năm 2023

Năm 2023 so với năm 2022 (%)

Hoa Kỳ

268,4

207,9

77,5

EU

195,1

143,6

73,6

Anh

82,7

61,3

74,1

Nhật Bản

41,2

44,8

108,7

Về cơ cấu mặt hàng, đồ gỗ ngoài trời chiếm khoảng 70% kim ngạch; viên nén gỗ xuất khẩu đạt 152.000 tấn, trị giá 21,7 triệu USD.

Về nguyên liệu, toàn tỉnh có 34.600 ha rừng trồng được cấp chứng chỉ FSC, đáp ứng khoảng 25% nhu cầu gỗ nguyên liệu hợp pháp; mỗi năm doanh nghiệp vẫn phải nhập khẩu từ 600.000 đến 700.000 m3 gỗ tròn và gỗ xẻ.

Năm 2024, ngành gỗ phấn đấu kim ngạch xuất khẩu đạt 650 triệu USD, tăng khoảng 18,8%. Doanh nghiệp cần thông tin thị trường liên hệ Phòng Quản lý Thương mại, số 02 Trần Phú, TP Quy Nhơn.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
PR = per("Năm 2023 so với năm 2022 (%)", "2023-01-01", "2023-12-31")
ROWS = [("Hoa Kỳ", "268,4", "207,9", "77,5"), ("EU", "195,1", "143,6", "73,6"),
        ("Anh", "82,7", "61,3", "74,1"), ("Nhật Bản", "41,2", "44,8", "108,7")]


def v(s):
    return float(s.replace(",", "."))


TABLE = []
for i, (m, a, b, c) in enumerate(ROWS):
    nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else "Về cơ cấu"
    TABLE += [
        fig(f"{m}\n\n{a}\n", a, v(a) * 1e6, "money", "USD", f"kim ngạch xuất khẩu gỗ sang {m} năm 2022", Y22),
        fig(f"{a}\n\n{b}\n", b, v(b) * 1e6, "money", "USD", f"kim ngạch xuất khẩu gỗ sang {m} năm 2023", Y23),
        fig(f"{b}\n\n{c}\n\n{nxt}", c, v(c), "percent", "%",
            f"kim ngạch xuất khẩu gỗ sang {m} năm 2023 so với năm 2022", PR),
    ]

FIGS = [
    fig("đạt 547,3 triệu USD", "547,3", 547.3e6, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", Y23,
        percent=37.5, change=chg("decrease", 23.8, baseline="năm 2022")),
    fig("là 156 doanh nghiệp", "156", 156, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ đang hoạt động",
        change=chg("decrease", 11, unit="doanh nghiệp")),
    fig("khoảng 30% doanh nghiệp", "30", 30, "percent", "%", "doanh nghiệp phải cắt giảm ca sản xuất",
        per("6 tháng đầu năm", "2023-01-01", "2023-06-30"), approx="about"),
] + TABLE + [
    fig("khoảng 70% kim ngạch", "70", 70, "percent", "%", "tỷ trọng đồ gỗ ngoài trời trong kim ngạch",
        inh(Y23), approx="about"),
    fig("đạt 152.000 tấn", "152.000", 152000, "measure", "tấn", "viên nén gỗ xuất khẩu", inh(Y23)),
    fig("trị giá 21,7 triệu USD", "21,7", 21.7e6, "money", "USD", "trị giá viên nén gỗ xuất khẩu", inh(Y23)),
    fig("có 34.600 ha", "34.600", 34600, "measure", "ha", "diện tích rừng trồng được cấp chứng chỉ FSC"),
    fig("khoảng 25% nhu cầu", "25", 25, "percent", "%", "tỷ lệ đáp ứng nhu cầu gỗ nguyên liệu hợp pháp",
        approx="about"),
    fig("từ 600.000 đến 700.000 m3", "600.000", 600000, "measure", "m3", "gỗ tròn và gỗ xẻ nhập khẩu mỗi năm",
        value_max=700000),
    fig("đạt 650 triệu USD", "650", 650e6, "money", "USD", "kim ngạch xuất khẩu gỗ",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target",
        change=chg("increase", 18.8, approx="about")),
]

COMMENTS = [
    "Sở Công Thương Bình Định (department site): wood exports 2023, firms, one-cell-per-line table by market (Năm 2022 | Năm 2023 | 2023 so với 2022 (%)).",
    "Dateline 'Ngày đăng: 22/02/2024 | Lượt xem: 683' (counter = furniture). Location Bình Định throughout; markets are trade partners, kept in the subject.",
    "Table: 'Đơn vị tính: triệu USD' → money ×10⁶; the '(%)' column gives percent figures (ratio 2023/2022, period 2023 from its header).",
    "'156 doanh nghiệp, giảm 11 doanh nghiệp' = change in doanh nghiệp. '6 tháng đầu năm' takes 2023 from the nearest earlier 'Năm 2023'.",
    "'đồ gỗ ngoài trời chiếm khoảng 70% kim ngạch' has no base amount: a percent figure. 'đáp ứng khoảng 25% nhu cầu': percent figure.",
    "'tăng khoảng 18,8%' after the 2024 target 650 triệu USD is its change. Distractors: 'số 02 Trần Phú', 'TP Quy Nhơn' (address), dateline.",
]

emit("p259-5", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Bình Định")
