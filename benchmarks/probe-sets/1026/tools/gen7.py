from lib import F, P, I, C, T, write

ROWS = [("Quỳnh Lưu", ["89,6", "91,4", "93,2"]),
        ("Diễn Châu", ["87,9", "89,7", "92,5"]),
        ("Tương Dương", ["52,1", "58,3", "63,9"]),
        ("Kỳ Sơn", ["36,8", "41,2", "47,6"]),
        ("Toàn tỉnh", ["78,9", "81,6", "84,1"])]
YEARS = ["2021", "2022", "2023"]
TABLE = "\n".join(["Huyện"] + [f"Năm {y}" for y in YEARS]
                  + [x for place, cells in ROWS for x in [place] + cells])

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN
Trang chủ » Tin tức » Sức khỏe môi trường

Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh tiếp tục tăng

Kết quả giám sát năm 2023 của Trung tâm Kiểm soát bệnh tật tỉnh tại 412 xã cho thấy tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh toàn tỉnh Nghệ An đạt 84,1%, tăng 2,5 điểm phần trăm so với năm 2022; tỷ lệ hộ có nhà tiêu hợp vệ sinh được sử dụng và bảo quản tốt chỉ đạt 76,8%.

Trong năm, toàn tỉnh xây mới 12.460 nhà tiêu hợp vệ sinh, trong đó 9.870 nhà tiêu có bể tự hoại; 2.318 hộ nghèo được hỗ trợ 2 triệu đồng/hộ từ ngân sách tỉnh. Riêng huyện Kỳ Sơn vẫn còn trên 50% hộ chưa có nhà tiêu hợp vệ sinh, chủ yếu do địa hình chia cắt, tập quán sinh hoạt và thiếu nguồn nước.

Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh tại một số huyện
Đơn vị tính: %
""" + TABLE + """

Năm 2024, Trung tâm đặt mục tiêu toàn tỉnh đạt 86% hộ gia đình có nhà tiêu hợp vệ sinh và 100% trạm y tế xã có nhà tiêu hợp vệ sinh đạt chuẩn; tổ chức 48 lớp tập huấn cho cán bộ y tế thôn bản về giám sát vệ sinh hộ gia đình.

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN
Địa chỉ: Số 140 Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.571 - Email: cdc@nghean.gov.vn
Tổng lượt truy cập: 1.284.906
"""

LOC = "Nghệ An"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
INY = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S = "tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh"

FIGS = [
    F("tại 412 xã", "412", "count", "xã", subject="xã được giám sát", period=Y23),
    F("Nghệ An đạt 84,1%", "84,1", "percent", "%", change=C("increase", 2.5, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", period=Y23),
    F("chỉ đạt 76,8%", "76,8", "percent", "%",
      subject="tỷ lệ hộ có nhà tiêu hợp vệ sinh được sử dụng và bảo quản tốt", period=Y23),
    F("xây mới 12.460 nhà tiêu", "12.460", "count", "nhà tiêu", subject="nhà tiêu hợp vệ sinh xây mới",
      period=INY),
    F("trong đó 9.870 nhà tiêu", "9.870", "count", "nhà tiêu", total=12460,
      subject="nhà tiêu có bể tự hoại", period=INY),
    F("2.318 hộ nghèo", "2.318", "count", "hộ nghèo", subject="hộ nghèo được hỗ trợ", period=INY),
    F("hỗ trợ 2 triệu đồng/hộ", "2", "money", "đồng/hộ", mult=10**6,
      subject="mức hỗ trợ từ ngân sách tỉnh", period=INY),
    F("trên 50% hộ", "50", "percent", "%", approx="over", subject="hộ chưa có nhà tiêu hợp vệ sinh",
      location="Kỳ Sơn", period=I(INY)),
]
for place, cells in ROWS:
    prev = place
    for y, cell in zip(YEARS, cells):
        kw = dict(subject=S, period=P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31"))
        if place != "Toàn tỉnh":
            kw["location"] = place
        FIGS.append(F(f"{prev}\n{cell}", cell, "percent", "%", **kw))
        prev = cell
FIGS += [
    F("đạt 86% hộ", "86", "percent", "%", status="target", subject="hộ gia đình có nhà tiêu hợp vệ sinh", period=Y24),
    F("và 100% trạm", "100", "percent", "%", status="target",
      subject="trạm y tế xã có nhà tiêu hợp vệ sinh đạt chuẩn", period=Y24),
    F("tổ chức 48 lớp", "48", "count", "lớp tập huấn", status="target",
      subject="lớp tập huấn cho cán bộ y tế thôn bản", period=Y24),
]

write("p1026-7", TEXT, FIGS, location=LOC, notes=[
    "Department site (CDC Nghệ An), no dateline: 2023 sanitation monitoring, new latrines, one-cell-per-line table (Năm 2021/2022/2023 by district), 2024 targets.",
    "Distractors: address 'Số 140 Lê Hồng Phong, TP Vinh', phone 0238.3844.571, 'Tổng lượt truy cập: 1.284.906'.",
    "Table cells: percent, subject from the table title, location = district row (Toàn tỉnh = Nghệ An), period from the column header (scored).",
    "'Trong năm' = 2023 (the year of the monitoring named just before). '2.318 hộ nghèo … 2 triệu đồng/hộ' continues the 'Trong năm' sentence.",
    "'đặt mục tiêu … ; tổ chức 48 lớp' continues the target clause: status target.",
])
