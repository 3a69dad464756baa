"""p825-7: department site (Sở Công Thương Hòa Bình), broom (chổi chít) exports, no dateline, one-cell-per-line table."""
from lib import F, P, I, CH, TG, build

TEXT = """
SỞ CÔNG THƯƠNG TỈNH HÒA BÌNH
Trang chủ » Tin tức » Xúc tiến thương mại

Chổi chít Hòa Bình vươn ra thị trường Nhật Bản, Hàn Quốc

Năm 2023, toàn tỉnh có 46 cơ sở, hợp tác xã sản xuất chổi chít, trong đó 12 cơ sở có sản phẩm xuất khẩu. Sản lượng chổi xuất khẩu đạt 2,805 triệu chiếc, tăng 12,9% so với năm 2022; kim ngạch đạt khoảng 3,1 triệu USD. Giá chổi xuất khẩu bình quân 1,1 USD/chiếc, cao hơn khoảng 30% so với giá bán trong nước. Quý I/2024, các cơ sở đã xuất khẩu 820 nghìn chiếc, tăng 9% so với cùng kỳ.

Sản lượng chổi chít xuất khẩu phân theo huyện
Đơn vị tính: nghìn chiếc
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Tân Lạc
1.240
1.410
1.500
Lạc Sơn
860
925
1.000
Đà Bắc
385
470
520
Tổng cộng
2.485
2.805
3.020

Nguyên liệu được thu mua từ khoảng 3.200 ha đồi chít của tỉnh, giá chít khô 9.000-10.000 đồng/kg. Mỗi cơ sở tạo việc làm cho 15-40 lao động với thu nhập 5-6 triệu đồng/người/tháng. Năm 2024, Sở Công Thương đã hỗ trợ 5 hợp tác xã tham gia hội chợ tại Nhật Bản; dự kiến kim ngạch xuất khẩu chổi cả năm đạt 3,5 triệu USD.

Bản quyền thuộc Sở Công Thương tỉnh Hòa Bình
Địa chỉ: Số 10, đường Điện Biên Phủ, phường Phương Lâm, TP Hòa Bình
Điện thoại: 0218.3852.416 - Fax: 0218.3854.120
Lượt truy cập: 1.284.503
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23i = I(Y23)
S = "sản lượng chổi chít xuất khẩu"


def row(place, cells, anchors):
    out = []
    for num, per, anc in zip(cells, (Y22, Y23, K24), anchors):
        v = float(num.replace(".", "")) * 1000
        kw = {"status": "target"} if per is K24 else {}
        if place:
            kw["location"] = place
        out.append(F(anc, num, v, "count", "chiếc", S, per, **kw))
    return out


FIGS = [
    F("có 46 cơ sở", "46", 46, "count", "cơ sở, hợp tác xã", "cơ sở, hợp tác xã sản xuất chổi chít", Y23),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở có sản phẩm xuất khẩu", Y23, total=46),
    F("đạt 2,805 triệu chiếc", "2,805", 2805000, "count", "chiếc", "sản lượng chổi xuất khẩu", Y23i,
      change=CH("increase", 12.9, baseline="năm 2022")),
    F("khoảng 3,1 triệu USD", "3,1", 3.1e6, "money", "USD", "kim ngạch xuất khẩu chổi", Y23i, approx="about"),
    F("bình quân 1,1 USD/chiếc", "1,1", 1.1, "money", "USD/chiếc", "giá chổi xuất khẩu bình quân", Y23i,
      change=CH("increase", 30, baseline="giá bán trong nước", approx="about")),
    F("xuất khẩu 820 nghìn chiếc", "820", 820000, "count", "chiếc", "chổi xuất khẩu",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), change=CH("increase", 9, baseline="cùng kỳ")),
]
FIGS += row("Tân Lạc", ["1.240", "1.410", "1.500"], ["Tân Lạc\n1.240", "1.240\n1.410", "1.410\n1.500"])
FIGS += row("Lạc Sơn", ["860", "925", "1.000"], ["Lạc Sơn\n860", "860\n925", "925\n1.000"])
FIGS += row("Đà Bắc", ["385", "470", "520"], ["Đà Bắc\n385", "385\n470", "470\n520"])
FIGS += row(None, ["2.485", "2.805", "3.020"], ["Tổng cộng\n2.485", "2.485\n2.805", "2.805\n3.020"])
FIGS += [
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "đồi chít", approx="about"),
    F("9.000-10.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá chít khô", value_max=10000),
    F("cho 15-40 lao động", "15", 15, "count", "lao động", "lao động có việc làm tại mỗi cơ sở", value_max=40),
    F("thu nhập 5-6 triệu", "5", 5e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=6e6),
    F("hỗ trợ 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã được hỗ trợ tham gia hội chợ tại Nhật Bản",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 3,5 triệu USD", "3,5", 3.5e6, "money", "USD", "kim ngạch xuất khẩu chổi",
      P("cả năm", "2024-01-01", "2024-12-31"), status="forecast"),
]

build("p825-7", TEXT, FIGS, location="Hòa Bình", comments=[
    "Department site (Sở Công Thương Hòa Bình), no dateline, footer with address, phone, fax and 'Lượt truy cập: 1.284.503'.",
    "One-cell-per-line table 'Đơn vị tính: nghìn chiếc' (Huyện / Năm 2022 / Năm 2023 / Kế hoạch 2024; Tổng cộng row): cells x1000 chiếc,",
    "count, subject from the caption, district rows -> location, period from the column header, 'Kế hoạch 2024' -> target, no totals on cells.",
    "'trong đó 12 cơ sở' -> total 46. 'cả năm' after 'Năm 2024' in the same sentence = 2024; 'dự kiến' -> forecast.",
    "Distractors: 'Số 10, đường Điện Biên Phủ', phone, fax, visitor counter, 'hội chợ tại Nhật Bản'.",
])
