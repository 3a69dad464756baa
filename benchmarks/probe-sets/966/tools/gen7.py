from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển hạ tầng sạc xe điện trên địa bàn tỉnh Nghệ An

Những năm gần đây, nhu cầu sử dụng xe điện tại Nghệ An tăng nhanh. Năm 2024, điện năng tiêu thụ cho sạc xe điện trên địa bàn tỉnh đạt 9,42 triệu kWh, tăng 140% so với năm 2023. Tổng vốn đầu tư các trạm sạc trong năm khoảng 185 tỷ đồng, chủ yếu do doanh nghiệp tư nhân thực hiện.

Một số chỉ tiêu hạ tầng sạc xe điện
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Trạm sạc công cộng (trạm)
58
121
200
Trong đó: trạm sạc nhanh (trạm)
14
37
60
Cổng sạc (cổng)
402
856
1.400
Điện năng sạc xe điện (nghìn kWh)
3.925
9.420
15.000

Đến hết năm 2024, 21/21 huyện, thành phố, thị xã đã có trạm sạc công cộng. Các trạm tập trung tại TP Vinh (64 trạm), thị xã Cửa Lò (18 trạm) và dọc Quốc lộ 1A, Quốc lộ 7, Quốc lộ 46. Giá sạc áp dụng theo giá bán lẻ điện kinh doanh, khoảng 3.500-3.900 đồng/kWh tùy khung giờ.

Thực hiện Quyết định số 1582/QĐ-UBND của UBND tỉnh, Sở Công Thương đề nghị các chủ đầu tư bảo đảm an toàn phòng cháy, chữa cháy tại trạm sạc, mỗi trạm bố trí ít nhất 2 bình chữa cháy.

SỞ CÔNG THƯƠNG NGHỆ AN
Địa chỉ: Số 21 Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.525 - Fax: 0238.3844.526
Tổng lượt truy cập: 3.184.072 | Đang online: 57
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
E24 = P("Đến hết năm 2024", None, "2024-12-31")


def row(cells, label, unit, mult=1, total_row=None):
    out = []
    for i, (anchor, number, per, status) in enumerate(zip(*cells)):
        kw = {"status": status} if status != "actual" else {}
        if total_row:
            kw["total"] = total_row[i]
        out.append(F(anchor, number, float(number.replace(".", "")) * mult, "count" if mult == 1 else "measure",
                     unit, label, per, **kw))
    return out


PERS = (Y23, Y24, K25)
STAT = ("actual", "actual", "target")
FIGS = [
    F("đạt 9,42 triệu kWh", "9,42", 9.42e6, "measure", "kWh", "điện năng tiêu thụ cho sạc xe điện", Y24,
      change=C("increase", 140, "%", "năm 2023")),
    F("khoảng 185 tỷ đồng", "185", 185e9, "money", "đồng", "tổng vốn đầu tư các trạm sạc", P("trong năm", "2024-01-01", "2024-12-31"), approx="about"),
]
FIGS += row((("(trạm)\n58\n", "58\n121", "121\n200"), ("58", "121", "200"), PERS, STAT), "trạm sạc công cộng", "trạm")
FIGS += row((("(trạm)\n14\n", "14\n37", "37\n60"), ("14", "37", "60"), PERS, STAT), "trạm sạc nhanh", "trạm",
            total_row=(58, 121, 200))
FIGS += row((("(cổng)\n402", "402\n856", "856\n1.400"), ("402", "856", "1.400"), PERS, STAT), "cổng sạc", "cổng")
FIGS += row((("kWh)\n3.925", "3.925\n9.420", "9.420\n15.000"), ("3.925", "9.420", "15.000"), PERS, STAT),
            "điện năng sạc xe điện", "kWh", mult=1000)
FIGS += [
    F("21/21 huyện", "21", 21, "count", "huyện, thành phố, thị xã", "huyện, thành phố, thị xã có trạm sạc công cộng", E24, total=21),
    F("TP Vinh (64 trạm)", "64", 64, "count", "trạm", "trạm sạc", I(E24), location="Vinh"),
    F("Cửa Lò (18 trạm)", "18", 18, "count", "trạm", "trạm sạc", I(E24), location="Cửa Lò"),
    F("khoảng 3.500-3.900 đồng/kWh", "3.500", 3500, "money", "đồng/kWh", "giá sạc xe điện", approx="about", value_max=3900),
    F("ít nhất 2 bình chữa cháy", "2", 2, "count", "bình chữa cháy", "bình chữa cháy mỗi trạm sạc", approx="at_least",
      optional=True),
]

NOTES = [
    "Sở Công Thương Nghệ An site: no dateline (published absent), footer with address, phone/fax and visit counter.",
    "Table pasted one cell per line: header 'Chỉ tiêu | Năm 2023 | Năm 2024 | Kế hoạch 2025', four rows; unit and multiplier from the row",
    "label ('(nghìn kWh)' -> 9.420 = 9.420.000 kWh); period from the column header (scored); 'Kế hoạch 2025' column -> status target.",
    "Choice: the row 'Trong đó: trạm sạc nhanh' is a part-of cue inside the table, so its cells take the cell above (same column) as total.",
    "'tăng 140% so với năm 2023' is the change of 9,42 triệu kWh. 'trong năm' (no year) takes 2024 from the previous sentence; stated in its own sentence, so scored.",
    "'mỗi trạm bố trí ít nhất 2 bình chữa cháy' is a safety requirement, not a statistic: optional.",
    "Distractors: Quyết định số 1582/QĐ-UBND, Số 21 Lê Hồng Phong, 0238.3844.525/526, Quốc lộ 1A/7/46, 'Tổng lượt truy cập: 3.184.072', 'Đang online: 57'.",
]

write("p966-7", TEXT, NOTES, FIGS, location="Nghệ An")
