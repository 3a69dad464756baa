"""p477-7: department site, no dateline (Sở VH&TT Thừa Thiên Huế) — Q1/2024 visitors to Huế monuments, one-cell-per-line table, restoration."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Trang chủ » Tin hoạt động » Di sản

Quý I/2024: Di tích Huế đón hơn 860 nghìn lượt khách tham quan

Trong quý I/2024, các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý đã đón 862.450 lượt khách, tăng 38,2% so với cùng kỳ năm 2023; trong đó khách quốc tế 524.180 lượt, chiếm 60,8%. Doanh thu phí tham quan đạt 98,6 tỷ đồng, tăng 41,5% so với cùng kỳ, đạt 27,4% kế hoạch năm.

Số lượt khách tại các điểm di tích
Đơn vị tính: lượt khách
Điểm di tích
Quý I/2023
Quý I/2024
Đại Nội
398.210
552.630
Lăng Tự Đức
95.340
131.870
Lăng Khải Định
87.920
121.540
Lăng Minh Mạng
42.760
56.410

Giá vé tham quan Đại Nội hiện là 200.000 đồng/lượt đối với người lớn và 40.000 đồng/lượt đối với trẻ em từ 7 đến 12 tuổi. Chương trình "Đêm Hoàng cung" mở cửa từ 19h00 đến 22h00 các tối thứ Hai, thứ Tư, thứ Sáu và Chủ nhật, thu hút 14.600 lượt khách trong quý.

Về công tác tu bổ, năm 2024 Trung tâm triển khai 12 dự án bảo tồn với tổng mức đầu tư hơn 1.146,2 tỷ đồng, trong đó 5 dự án chuyển tiếp và 7 dự án khởi công mới. Dự án tu bổ điện Kiến Trung đã hoàn thành 85% khối lượng; dự án phục hồi điện Cần Chánh ước đạt khoảng 30%.

Địa chỉ: 23 Tống Duy Tân, TP Huế, tỉnh Thừa Thiên Huế
Điện thoại: 0234.3523.237 - Fax: 0234.3526.083
Lượt truy cập: 4.512.806
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q23 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Q24 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 860 nghìn", "860", 860000, "count", "lượt khách", "lượt khách tham quan di tích Huế", Q24, approx="over"),
    F("đón 862.450 lượt", "862.450", 862450, "count", "lượt khách", "lượt khách các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý",
      Q1, change=CH("increase", 38.2, baseline="cùng kỳ năm 2023")),
    F("quốc tế 524.180 lượt", "524.180", 524180, "count", "lượt", "khách quốc tế", Q1, total=862450, percent=60.8),
    F("đạt 98,6 tỷ đồng", "98,6", 98600000000, "money", "đồng", "doanh thu phí tham quan", I(Q1),
      change=CH("increase", 41.5, baseline="cùng kỳ"), percent=27.4),
    # one cell per line; unit from 'Đơn vị tính', periods from the column headers
    F("Đại Nội\n398.210", "398.210", 398210, "count", "lượt khách", "lượt khách Đại Nội quý I/2023", Q23),
    F("552.630", "552.630", 552630, "count", "lượt khách", "lượt khách Đại Nội quý I/2024", Q24),
    F("95.340", "95.340", 95340, "count", "lượt khách", "lượt khách Lăng Tự Đức quý I/2023", Q23),
    F("131.870", "131.870", 131870, "count", "lượt khách", "lượt khách Lăng Tự Đức quý I/2024", Q24),
    F("87.920", "87.920", 87920, "count", "lượt khách", "lượt khách Lăng Khải Định quý I/2023", Q23),
    F("121.540", "121.540", 121540, "count", "lượt khách", "lượt khách Lăng Khải Định quý I/2024", Q24),
    F("42.760", "42.760", 42760, "count", "lượt khách", "lượt khách Lăng Minh Mạng quý I/2023", Q23),
    F("56.410", "56.410", 56410, "count", "lượt khách", "lượt khách Lăng Minh Mạng quý I/2024", Q24),
    F("là 200.000 đồng/lượt", "200.000", 200000, "money", "đồng/lượt", "giá vé tham quan Đại Nội đối với người lớn"),
    F("và 40.000 đồng/lượt", "40.000", 40000, "money", "đồng/lượt", "giá vé tham quan Đại Nội đối với trẻ em"),
    F("từ 7 đến 12 tuổi", "7", 7, "measure", "tuổi", "độ tuổi trẻ em", value_max=12, optional=True),
    F("hút 14.600 lượt", "14.600", 14600, "count", "lượt khách", "lượt khách Chương trình Đêm Hoàng cung",
      P("trong quý", "2024-01-01", "2024-03-31")),
    F("triển khai 12 dự án", "12", 12, "count", "dự án", "dự án bảo tồn", Y24),
    F("hơn 1.146,2 tỷ đồng", "1.146,2", 1146200000000, "money", "đồng", "tổng mức đầu tư dự án bảo tồn", Y24, approx="over"),
    F("trong đó 5 dự án", "5", 5, "count", "dự án", "dự án bảo tồn chuyển tiếp", Y24, total=12),
    F("và 7 dự án", "7", 7, "count", "dự án", "dự án bảo tồn khởi công mới", Y24, total=12),
    F("hoàn thành 85%", "85", 85, "percent", "%", "khối lượng hoàn thành dự án tu bổ điện Kiến Trung", I(Y24)),
    F("khoảng 30%", "30", 30, "percent", "%", "khối lượng dự án phục hồi điện Cần Chánh", I(Y24), approx="about",
      status="estimate"),
]

COMMENTS = [
    "Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế (department site, no dateline): Q1/2024 visitors to Huế monuments, one-cell-per-line table,",
    "ticket prices, restoration projects 2024. No published date. Location Thừa Thiên Huế throughout (sites such as Đại Nội are not places",
    "of the figure; they stay in the subject). Table: unit from 'Đơn vị tính: lượt khách', period from the column headers (scored, as h23).",
    "'trong đó khách quốc tế 524.180 lượt, chiếm 60,8%' → total 862450 and percent 60.8; 'đạt 27,4% kế hoạch năm' is the second attribute",
    "of 98,6 tỷ after its change (a share: percent). Distractors: address '23 Tống Duy Tân', phone/fax, 'Lượt truy cập: 4.512.806'.",
    "'trong quý' (quarterly news) is Q1/2024; opening hours '19h00 đến 22h00' and weekdays are not figures.",
    "'từ 7 đến 12 tuổi' optional (age band). '85% khối lượng' and 'ước đạt khoảng 30%' are percent figures (progress).",
]

if __name__ == "__main__":
    import sys
    emit("p477-7", TEXT, COMMENTS, FIGS, location="Thừa Thiên Huế", show_free="-v" in sys.argv)
