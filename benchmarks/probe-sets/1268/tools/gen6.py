"""p1268-6: national newspaper: a company in Đức Hòa (Long An) exporting vermicompost to Japan and Korea."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Nông nghiệp
Thứ hai, 14/10/2024, 07:30 (GMT+7)

Xuất khẩu phân trùn quế sang Nhật, thu hơn 18 tỉ đồng mỗi năm

Từ trại nuôi trùn quế 3 ha ở huyện Đức Hòa (Long An), một doanh nghiệp mỗi năm đưa khoảng 2.400 tấn phân trùn sang Nhật Bản, Hàn Quốc.

Năm 2016, ông Lê Minh Tâm thành lập Công ty TNHH Nông nghiệp Xanh Đức Hòa tại xã Hựu Thạnh. Ban đầu công ty chỉ có 4.000 m2 luống nuôi, bán phân trùn cho nông dân quanh vùng. Sau 8 năm, diện tích nuôi đã gấp 7,5 lần, sản lượng phân trùn đạt khoảng 3.000 tấn/năm.

Năm 2023, công ty xuất khẩu 96 container, tương đương khoảng 2.400 tấn, chiếm 80% sản lượng; giá xuất khẩu bình quân 280 USD/tấn, cao gấp 3 lần giá bán trong nước. Doanh thu năm 2023 đạt 18,6 tỉ đồng, tăng 35% so với năm 2022, trong đó xuất khẩu chiếm hơn 16 tỉ đồng. Từ đầu năm đến nay, công ty đã xuất 82 container.

Để có đủ nguyên liệu, công ty liên kết với hơn 200 hộ chăn nuôi bò trong huyện, thu mua phân bò với giá 600-800 đồng/kg. Trại hiện có 25 công nhân, thu nhập 8-9 triệu đồng/người/tháng.

"Khách Nhật kiểm tra rất kỹ độ ẩm, tạp chất, lô nào không đạt là trả về", ông Tâm nói. Công ty dự kiến năm 2025 nâng sản lượng xuất khẩu lên 3.000 tấn, mở thêm thị trường Australia.

Theo Sở Nông nghiệp và Phát triển nông thôn Long An, toàn tỉnh có khoảng 420 hộ nuôi trùn quế, tổng đàn bò hơn 110.000 con.

Ngọc Tài
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("hơn 18 tỉ", "18", 18e9, "money", "đồng/năm", approx="over", subject="thu từ xuất khẩu phân trùn quế"),
    fig("trùn quế 3 ha", "3", 3, "measure", "ha", subject="trại nuôi trùn quế"),
    fig("khoảng 2.400 tấn phân trùn", "2.400", 2400, "measure", "tấn/năm", approx="about",
        subject="phân trùn doanh nghiệp đưa sang Nhật Bản, Hàn Quốc mỗi năm"),
    fig("có 4.000 m2", "4.000", 4000, "measure", "m2", subject="luống nuôi ban đầu của công ty"),
    fig("gấp 7,5 lần", "7,5", 7.5, "multiple", "lần", subject="diện tích nuôi"),
    fig("khoảng 3.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm", approx="about",
        subject="sản lượng phân trùn"),
    fig("xuất khẩu 96 container", "96", 96, "count", "container", subject="container công ty xuất khẩu",
        period=Y23),
    fig("khoảng 2.400 tấn, chiếm", "2.400", 2400, "measure", "tấn", approx="about", percent=80,
        subject="phân trùn công ty xuất khẩu", period=Y23),
    fig("bình quân 280 USD", "280", 280, "money", "USD/tấn",
        change=chg("increase", 3, "lần", "giá bán trong nước"),
        subject="giá xuất khẩu bình quân", period=Y23),
    fig("đạt 18,6 tỉ", "18,6", 18.6e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
        subject="doanh thu", period=Y23s),
    fig("hơn 16 tỉ", "16", 16e9, "money", "đồng", approx="over", total=18.6e9,
        subject="doanh thu xuất khẩu", period=Y23s),
    fig("xuất 82 container", "82", 82, "count", "container", subject="container công ty đã xuất", period=YTD),
    fig("hơn 200 hộ", "200", 200, "count", "hộ", approx="over",
        subject="hộ chăn nuôi bò liên kết với công ty"),
    fig("giá 600-800", "600", 600, "money", "đồng/kg", value_max=800, subject="giá thu mua phân bò"),
    fig("có 25 công nhân", "25", 25, "count", "công nhân", subject="công nhân của trại"),
    fig("nhập 8-9 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập công nhân"),
    fig("lên 3.000 tấn", "3.000", 3000, "measure", "tấn", status="forecast",
        subject="sản lượng xuất khẩu", period=Y25),
    fig("khoảng 420 hộ", "420", 420, "count", "hộ", approx="about", subject="hộ nuôi trùn quế",
        location="Long An"),
    fig("hơn 110.000 con", "110.000", 110000, "count", "con", approx="over", subject="tổng đàn bò",
        location="Long An"),
]

NOTES = [
    "National newspaper: section line, 'Thứ hai, 14/10/2024, 07:30 (GMT+7)', headline figure, sapo, quote, byline at the end. Spelling 'tỉ'.",
    "Distractors: 07:30, (GMT+7), founding year 'Năm 2016', duration 'Sau 8 năm'.",
    "The company (xã Hựu Thạnh, huyện Đức Hòa) gives location Đức Hòa to its figures; the last paragraph is Long An's.",
    "Headline 'thu hơn 18 tỉ đồng mỗi năm' and sapo 'mỗi năm ... khoảng 2.400 tấn' are yearly rates; no period.",
    "'diện tích nuôi đã gấp 7,5 lần' stands alone as the claim: multiple.",
    "'96 container, tương đương khoảng 2.400 tấn, chiếm 80% sản lượng': two figures; the share belongs to the tonnes (the nearer figure,",
    "and 'sản lượng' is counted in tonnes). 'cao gấp 3 lần giá bán trong nước' is the change of 280 USD/tấn.",
    "'trong đó xuất khẩu chiếm hơn 16 tỉ đồng' is a part of 18,6 tỉ (total), not a percent.",
    "'Từ đầu năm đến nay' runs to the dateline 2024-10-14.",
]

if __name__ == "__main__":
    write("p1268-6", TEXT, NOTES, FIGS, published="2024-10-14", location=DH)
