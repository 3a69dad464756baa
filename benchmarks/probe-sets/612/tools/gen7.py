"""p612-7: Sở GTVT Đà Nẵng department site, no dateline — subsidised buses 2023, one-cell-per-line table by route."""
from lib import F, P, I, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | Vận tải

Kết quả hoạt động xe buýt có trợ giá năm 2023

Năm 2023, mạng lưới xe buýt có trợ giá của thành phố Đà Nẵng gồm 3 tuyến với 64 xe, vận chuyển 3,33 triệu lượt khách, tăng 12,6% so với năm 2022. Kinh phí trợ giá năm 2023 là 62,4 tỷ đồng, bình quân 18.750 đồng/lượt khách. Trong năm, các tuyến thực hiện 98.640 chuyến xe, đạt 99,2% kế hoạch; tỷ lệ chuyến xe xuất bến đúng giờ đạt 96,8%. Giá vé lượt 5.000 đồng; người từ 60 tuổi trở lên, người khuyết tật được miễn vé.

Sản lượng hành khách theo tuyến
Đơn vị tính: nghìn lượt hành khách
Tuyến
Năm 2022
Năm 2023
Kế hoạch 2024
R16 Kim Liên – Chợ Hàn
1.245,6
1.412,3
1.500
R17 Tiên Sa – Hòa Khánh
986,4
1.102,8
1.150
R18 Xuân Diệu – Hòa Phước
724,1
812,5
850
Tổng cộng
2.956,1
3.327,6
3.500

Kế hoạch năm 2024, Sở mở mới 2 tuyến kết nối Khu công nghệ cao với sân bay Đà Nẵng, đầu tư 30 xe buýt điện; phấn đấu tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải công cộng đạt 2,5%. Tuyến R16 được điều chỉnh giãn cách chuyến từ 20 phút xuống còn 15 phút vào giờ cao điểm.

Bộ phận một cửa: Tầng 9, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu. Điện thoại: 0236.3821.191
Tổng lượt truy cập: 4.512.377
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24c = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")


def row(label, cells):
    out = []
    for (anchor, number, value), (col, per, st) in zip(cells, [("năm 2022", Y22c, None), ("năm 2023", Y23c, None),
                                                              ("kế hoạch 2024", K24c, "target")]):
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, value, "count", "lượt hành khách",
                     subject=f"sản lượng hành khách {label} {col}", period=per, **kw))
    return out


FIGS = [
    F("gồm 3 tuyến", "3", 3, "count", "tuyến", subject="tuyến xe buýt có trợ giá", period=Y23),
    F("với 64 xe", "64", 64, "count", "xe", subject="xe buýt có trợ giá", period=Y23),
    F("vận chuyển 3,33 triệu", "3,33", 3330000, "count", "lượt khách", change=CH("increase", 12.6, baseline="năm 2022"),
      subject="lượt khách xe buýt có trợ giá vận chuyển", period=Y23),
    F("là 62,4 tỷ đồng", "62,4", 62400000000, "money", "đồng", subject="kinh phí trợ giá",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 18.750 đồng", "18.750", 18750, "money", "đồng/lượt khách", subject="kinh phí trợ giá bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hiện 98.640 chuyến", "98.640", 98640, "count", "chuyến xe", percent=99.2, subject="chuyến xe các tuyến thực hiện",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", subject="tỷ lệ chuyến xe xuất bến đúng giờ",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("lượt 5.000 đồng", "5.000", 5000, "money", "đồng", subject="giá vé lượt"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", optional=True),
]
FIGS += row("tuyến R16 Kim Liên – Chợ Hàn", [("Chợ Hàn\n1.245,6", "1.245,6", 1245600), ("1.412,3", "1.412,3", 1412300),
                                             ("1.412,3\n1.500", "1.500", 1500000)])
FIGS += row("tuyến R17 Tiên Sa – Hòa Khánh", [("986,4", "986,4", 986400), ("1.102,8", "1.102,8", 1102800),
                                              ("1.150", "1.150", 1150000)])
FIGS += row("tuyến R18 Xuân Diệu – Hòa Phước", [("724,1", "724,1", 724100), ("812,5", "812,5", 812500),
                                                ("812,5\n850", "850", 850000)])
FIGS += row("tổng cộng", [("2.956,1", "2.956,1", 2956100), ("3.327,6", "3.327,6", 3327600),
                          ("3.500", "3.500", 3500000)])
FIGS += [
    F("mới 2 tuyến", "2", 2, "count", "tuyến", status="target", subject="tuyến mở mới kết nối Khu công nghệ cao với sân bay Đà Nẵng", period=Y24),
    F("đầu tư 30 xe", "30", 30, "count", "xe buýt điện", status="target", subject="xe buýt điện đầu tư", period=Y24),
    F("đạt 2,5%", "2,5", 2.5, "percent", "%", status="target",
      subject="tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải công cộng", period=Y24),
    F("từ 20 phút", "20", 20, "measure", "phút", subject="giãn cách chuyến tuyến R16 trước điều chỉnh"),
    F("còn 15 phút", "15", 15, "measure", "phút", subject="giãn cách chuyến tuyến R16 vào giờ cao điểm"),
]

COMMENTS = [
    "Sở GTVT Đà Nẵng (department site, no dateline): xe buýt có trợ giá năm 2023, one-cell-per-line table by route with 'Đơn vị tính:",
    "nghìn lượt hành khách' (×10³); columns Năm 2022 | Năm 2023 | Kế hoạch 2024 give the period (scored, as in h23); Kế hoạch → target.",
    "Distractors: route names R16/R17/R18, 'Tầng 9', 'số 24 Trần Phú', 'quận Hải Châu' in the footer (not the figures' place), phone, visit counter.",
    "'gồm 3 tuyến' has no whole figure before it: no total. 'Trong năm' takes the year 2023 of the lead. 'Kế hoạch năm 2024' governs the whole sentence (target).",
    "'giãn cách chuyến từ 20 phút xuống còn 15 phút': two measures (before/after), not a range and not a change. '60 tuổi trở lên' optional.",
    "revised after first scoring: subject of '2 tuyến' now keeps the restrictive qualifier the sentence gives (kết nối ... sân bay Đà Nẵng).",
]

if __name__ == "__main__":
    emit("p612-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
