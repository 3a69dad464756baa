from lib import F, P, write

TEXT = """Thanh Hóa: Đàn trâu, bò 6 tháng đầu năm 2024 tiếp tục phát triển theo hướng nâng cao chất lượng
Cập nhật: 08/07/2024 09:42 | Lượt xem: 2.318

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, trong 6 tháng đầu năm 2024, tổng đàn trâu của tỉnh ước đạt 168.450 con, giảm 1,8% so với cùng kỳ; tổng đàn bò ước đạt 257.300 con, tăng 2,6% so với cùng kỳ, trong đó bò lai đạt 168.900 con, chiếm 65,6% tổng đàn bò.

Đàn bò tập trung ở các huyện trung du, miền núi, nhiều nhất là Như Thanh (21.560 con), Thạch Thành (19.870 con), Ngọc Lặc (18.240 con) và Triệu Sơn (15.600 con). Đàn trâu phân bố chủ yếu ở các huyện vùng cao như Bá Thước với khoảng 14.200 con, Quan Hóa 11.350 con, Lang Chánh hơn 9.800 con.

Sản lượng thịt hơi trâu xuất chuồng 6 tháng đầu năm ước đạt 6.820 tấn, tăng 1,2%; sản lượng thịt hơi bò ước đạt 13.450 tấn, tăng 4,1% so với cùng kỳ năm 2023.

Thực hiện Quyết định số 2345/QĐ-UBND của UBND tỉnh về hỗ trợ phát triển chăn nuôi, toàn tỉnh hiện có 12.650 ha cỏ trồng các loại (cỏ VA06, cỏ voi, cỏ Mombasa), tăng 350 ha so với cuối năm 2023. Công tác tiêm phòng bệnh viêm da nổi cục được triển khai đồng bộ; từ đầu năm đến nay đã tiêm 98.600 liều vắc xin, đạt 82,3% kế hoạch.

Phấn đấu đến cuối năm 2024, tổng đàn bò của tỉnh đạt 265.000 con, tỷ lệ bò lai đạt 68% trở lên; xây dựng thêm 3 vùng chăn nuôi bò thịt chất lượng cao.

Mọi thông tin phản ánh về dịch bệnh gia súc xin liên hệ Chi cục Chăn nuôi và Thú y, số 45 Tống Duy Tân, TP Thanh Hóa; đường dây nóng 0237.3852.136.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
FIGS = [
    F("ước đạt 168.450 con", "168.450", 168450, "count", "con", status="estimate",
      change={"direction": "decrease", "value": 1.8, "unit": "%", "baseline": "cùng kỳ"},
      subject="tổng đàn trâu", period=H1),
    F("ước đạt 257.300 con", "257.300", 257300, "count", "con", status="estimate",
      change={"direction": "increase", "value": 2.6, "unit": "%", "baseline": "cùng kỳ"},
      subject="tổng đàn bò", period=H1),
    F("bò lai đạt 168.900 con", "168.900", 168900, "count", "con", status="estimate",
      total=257300, percent=65.6, subject="bò lai", period=H1),
    F("Như Thanh (21.560 con)", "21.560", 21560, "count", "con", subject="đàn bò", period=H1i, location="Như Thanh"),
    F("Thạch Thành (19.870 con)", "19.870", 19870, "count", "con", subject="đàn bò", period=H1i, location="Thạch Thành"),
    F("Ngọc Lặc (18.240 con)", "18.240", 18240, "count", "con", subject="đàn bò", period=H1i, location="Ngọc Lặc"),
    F("Triệu Sơn (15.600 con)", "15.600", 15600, "count", "con", subject="đàn bò", period=H1i, location="Triệu Sơn"),
    F("khoảng 14.200 con", "14.200", 14200, "count", "con", approx="about", subject="đàn trâu", period=H1i, location="Bá Thước"),
    F("Quan Hóa 11.350 con", "11.350", 11350, "count", "con", subject="đàn trâu", period=H1i, location="Quan Hóa"),
    F("hơn 9.800 con", "9.800", 9800, "count", "con", approx="over", subject="đàn trâu", period=H1i, location="Lang Chánh"),
    F("ước đạt 6.820 tấn", "6.820", 6820, "measure", "tấn", status="estimate",
      change={"direction": "increase", "value": 1.2, "unit": "%"},
      subject="sản lượng thịt hơi trâu xuất chuồng",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ước đạt 13.450 tấn", "13.450", 13450, "measure", "tấn", status="estimate",
      change={"direction": "increase", "value": 4.1, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      subject="sản lượng thịt hơi bò xuất chuồng",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("hiện có 12.650 ha", "12.650", 12650, "measure", "ha",
      change={"direction": "increase", "value": 350, "unit": "ha", "baseline": "cuối năm 2023"},
      subject="diện tích cỏ trồng các loại"),
    F("đã tiêm 98.600 liều", "98.600", 98600, "count", "liều vắc xin", percent=82.3,
      subject="liều vắc xin viêm da nổi cục đã tiêm",
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")),
    F("đạt 265.000 con", "265.000", 265000, "count", "con", status="target",
      subject="tổng đàn bò", period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("đạt 68% trở lên", "68", 68, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ bò lai", period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("thêm 3 vùng", "3", 3, "count", "vùng chăn nuôi bò thịt chất lượng cao", status="target",
      subject="vùng chăn nuôi bò thịt chất lượng cao xây dựng thêm",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): trâu, bò 6 tháng đầu năm 2024 — herd counts, crossbred share, district lists, slaughter output, fodder, LSD vaccination, targets.",
    "Dateline 'Cập nhật: 08/07/2024 09:42 | Lượt xem: 2.318'. Distractors: view counter, 'Quyết định số 2345/QĐ-UBND', grass variety 'VA06', address 'số 45 Tống Duy Tân', hotline.",
    "District list items take the district as location and the list's indicator (đàn bò / đàn trâu) as subject; their period is the lead sentence's (inherited).",
    "'trong đó bò lai đạt 168.900 con, chiếm 65,6%' continues the 'ước đạt' clause: estimate, total 257.300, percent 65,6.",
    "'từ đầu năm đến nay' runs from 2024-01-01 to the dateline. '68% trở lên' is at_least. Targets after 'Phấn đấu đến cuối năm 2024' end 2024-12-31.",
]

write(1, COMMENTS, TEXT, FIGS, published="2024-07-08", location="Thanh Hóa")
