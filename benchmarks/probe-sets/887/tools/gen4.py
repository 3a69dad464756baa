"""p887-4: ministry site (Bộ VHTTDL): national art-photo exhibition 2024 and national photography figures."""
from lib import F, P, I, C, T, write

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức - Sự kiện » Mỹ thuật, Nhiếp ảnh và Triển lãm

Khai mạc Triển lãm Ảnh nghệ thuật Việt Nam năm 2024

Ngày đăng: 05/12/2024 | Lượt xem: 1.176

Tối 4/12, tại Bảo tàng Mỹ thuật Việt Nam (số 66 Nguyễn Thái Học, Hà Nội), Cục Mỹ thuật, Nhiếp ảnh và Triển lãm phối hợp với Hội Nghệ sĩ Nhiếp ảnh Việt Nam khai mạc Triển lãm Ảnh nghệ thuật Việt Nam năm 2024.

Năm nay, Ban tổ chức nhận được 11.386 tác phẩm của 1.642 tác giả, tăng 14,2% về số tác phẩm so với năm 2022. Có 62/63 tỉnh, thành phố có tác giả tham dự. Các địa phương gửi nhiều tác phẩm nhất là Hà Nội, TP Hồ Chí Minh và Nghệ An, lần lượt với 1.408, 1.215 và 736 tác phẩm.

Hội đồng nghệ thuật đã chọn 312 tác phẩm (gồm 268 ảnh đơn và 11 bộ ảnh với 44 ảnh) để trưng bày, đạt tỷ lệ khoảng 2,7%. Ban tổ chức trao 5 Huy chương Vàng, 7 Huy chương Bạc, 10 Huy chương Đồng và 15 giải Khuyến khích; tổng giá trị giải thưởng gần 500 triệu đồng. Triển lãm mở cửa đến hết ngày 14/12.

Theo Cục Mỹ thuật, Nhiếp ảnh và Triển lãm, năm 2024 cả nước tổ chức 186 cuộc thi, liên hoan và triển lãm ảnh cấp tỉnh trở lên, tăng 21 cuộc so với năm 2023; trong quý III/2024, Cục đã cấp phép cho 27 triển lãm ảnh có yếu tố nước ngoài. Hội Nghệ sĩ Nhiếp ảnh Việt Nam hiện có 1.248 hội viên, sinh hoạt tại 47 chi hội; 11 tháng đầu năm, các tác giả Việt Nam giành 341 huy chương, giải thưởng tại các cuộc thi ảnh quốc tế, gấp 1,4 lần cùng kỳ. Mục tiêu đến năm 2030, mỗi năm có ít nhất 500 tác phẩm nhiếp ảnh Việt Nam đoạt giải quốc tế.
"""

NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nhận được 11.386 tác phẩm", "11.386", 11386, "count", "tác phẩm", "tác phẩm dự thi nhận được", NOW,
      change=C("increase", 14.2, "%", "năm 2022")),
    F("của 1.642 tác giả", "1.642", 1642, "count", "tác giả", "tác giả dự thi", NOW),
    F("Có 62/63 tỉnh", "62", 62, "count", "tỉnh, thành phố", "tỉnh, thành phố có tác giả tham dự", I(NOW), total=63),
    F("với 1.408, 1.215", "1.408", 1408, "count", "tác phẩm", "tác phẩm địa phương gửi dự thi", I(NOW),
      location="Hà Nội"),
    F("1.408, 1.215 và", "1.215", 1215, "count", "tác phẩm", "tác phẩm địa phương gửi dự thi", I(NOW),
      location="TP Hồ Chí Minh"),
    F("và 736 tác phẩm", "736", 736, "count", "tác phẩm", "tác phẩm địa phương gửi dự thi", I(NOW),
      location="Nghệ An"),
    F("chọn 312 tác phẩm", "312", 312, "count", "tác phẩm", "tác phẩm được chọn trưng bày", percent=2.7),
    F("gồm 268 ảnh đơn", "268", 268, "count", "ảnh đơn", "ảnh đơn được chọn trưng bày", total=312),
    F("và 11 bộ ảnh", "11", 11, "count", "bộ ảnh", "bộ ảnh được chọn trưng bày"),
    F("với 44 ảnh", "44", 44, "count", "ảnh", "ảnh trong các bộ ảnh được chọn trưng bày", total=312),
    F("trao 5 Huy chương Vàng", "5", 5, "count", "Huy chương Vàng", "Huy chương Vàng được trao"),
    F("7 Huy chương Bạc", "7", 7, "count", "Huy chương Bạc", "Huy chương Bạc được trao"),
    F("10 Huy chương Đồng", "10", 10, "count", "Huy chương Đồng", "Huy chương Đồng được trao"),
    F("15 giải Khuyến khích", "15", 15, "count", "giải Khuyến khích", "giải Khuyến khích được trao"),
    F("gần 500 triệu đồng", "500", 500e6, "money", "đồng", "tổng giá trị giải thưởng", approx="nearly"),
    F("tổ chức 186 cuộc thi", "186", 186, "count", "cuộc thi, liên hoan và triển lãm ảnh",
      "cuộc thi, liên hoan và triển lãm ảnh cấp tỉnh trở lên", Y24, change=C("increase", 21, "cuộc", "năm 2023")),
    F("cho 27 triển lãm", "27", 27, "count", "triển lãm ảnh", "triển lãm ảnh có yếu tố nước ngoài được cấp phép",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 1.248 hội viên", "1.248", 1248, "count", "hội viên", "hội viên Hội Nghệ sĩ Nhiếp ảnh Việt Nam"),
    F("tại 47 chi hội", "47", 47, "count", "chi hội", "chi hội của Hội Nghệ sĩ Nhiếp ảnh Việt Nam"),
    F("giành 341 huy chương", "341", 341, "count", "huy chương, giải thưởng",
      "huy chương, giải thưởng tác giả Việt Nam giành tại các cuộc thi ảnh quốc tế",
      P("11 tháng đầu năm", "2024-01-01", "2024-11-30"), change=C("increase", 1.4, "lần", "cùng kỳ")),
    F("ít nhất 500 tác phẩm", "500", 500, "count", "tác phẩm", "tác phẩm nhiếp ảnh Việt Nam đoạt giải quốc tế mỗi năm",
      P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Bộ VHTTDL site: opening of the national art-photo exhibition 2024 (Ngày đăng: 05/12/2024), national photography figures.",
    "Not figures: Lượt xem 1.176, số 66 Nguyễn Thái Học, dates 4/12 and 14/12, 'cấp tỉnh trở lên' (no number).",
    "'Năm nay' = 2024 (the dateline year). The three top provinces share the list's indicator, each its own location.",
    "312 = 268 ảnh đơn + 44 ảnh of the 11 sets: bracketed breakdown adds up, so 268 and 44 take total 312; 11 bộ ảnh counts",
    "another unit (no total). 'đạt tỷ lệ khoảng 2,7%' is the share of 312 across the bracket (percent attribute).",
    "Medal counts have no stated whole. 'tăng 21 cuộc' is the change of 186 (unit cuộc); 'gấp 1,4 lần cùng kỳ' the change of 341.",
    "Year-less '11 tháng đầu năm' takes 2024 from 'năm 2024' earlier. 'Mục tiêu đến năm 2030' → target, at_least, end 2030-12-31.",
    "Article location Việt Nam (national exhibition and ministry totals); the ministry's address in Hà Nội localises nothing.",
]

write(4, TEXT, FIGS, NOTES, published="2024-12-05", location="Việt Nam")
