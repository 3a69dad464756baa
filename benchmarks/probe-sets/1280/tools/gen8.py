"""p1280-8: news agency (TTXVN): high tide and waves flood coastal wards of TP Rạch Giá, November 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC TTXVN > Xã hội > Môi trường

Triều cường kết hợp sóng lớn gây ngập nhiều khu dân cư ở Rạch Giá

Chủ nhật, 12/11/2023 - 14:35

Kiên Giang (TTXVN) - Theo Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Kiên Giang, từ ngày 9 đến 11/11, triều cường kết hợp sóng lớn làm ngập 9/12 phường, xã của TP Rạch Giá, ảnh hưởng đến khoảng 3.400 hộ dân với hơn 13.000 nhân khẩu. Mực nước tại trạm Rạch Giá lúc cao nhất đạt 1,05 m, cao hơn cùng kỳ năm 2022 là 14 cm, mức cao nhất trong 15 năm qua.

Tại khu vực ven biển phường Vĩnh Quang và phường An Hòa, nước ngập sâu từ 0,3 đến 0,5 m; 27 căn nhà tạm bị hư hỏng, 2 đoạn kè tạm dài tổng cộng khoảng 150 m bị sạt lở. Toàn thành phố có hơn 50 tuyến đường bị ngập, trong đó có 8 tuyến ngập nặng như đường Nguyễn Trung Trực, Quốc lộ 80 đoạn qua phường Vĩnh Thanh.

Lực lượng chức năng đã di dời 46 hộ dân ra khỏi khu vực nguy hiểm, gồm 30 hộ ở phường Vĩnh Quang và 16 hộ ở phường An Hòa; mỗi hộ được hỗ trợ 2 triệu đồng. Thành phố cũng cấp phát hơn 5.000 bao cát và huy động ít nhất 200 cán bộ, chiến sĩ ứng trực.

Ông Lê Minh Hoàng, Phó Chủ tịch UBND TP Rạch Giá cho biết, giai đoạn 2024-2026, thành phố phấn đấu xây dựng 4,2 km đê biển kết hợp đường giao thông với tổng vốn khoảng 300 tỷ đồng.

Theo Đài Khí tượng Thủy văn tỉnh, trong tháng 12/2023, mực nước cao nhất tại Rạch Giá dự báo từ 0,95 đến 1,1 m.

Tin cùng chuyên mục:
- Kiên Giang tăng cường phòng, chống sạt lở bờ biển
- Cà Mau: Triều cường gây ngập cục bộ tại Phường 8

Giấy phép số 1374/GP-BTTTT. Điện thoại: 024.3825.2931
"""

EV = per("từ ngày 9 đến 11/11", "2023-11-09", "2023-11-11")
G = per("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
M12 = per("trong tháng 12/2023", "2023-12-01", "2023-12-31")

FIGS = [
    fig("ngập 9/12", "9", 9, "count", "phường, xã", total=12, subject="phường, xã bị ngập", period=EV),
    fig("khoảng 3.400 hộ", "3.400", 3400, "count", "hộ dân", approx="about", subject="hộ dân bị ảnh hưởng",
        period=EV),
    fig("hơn 13.000 nhân khẩu", "13.000", 13000, "count", "nhân khẩu", approx="over",
        subject="nhân khẩu bị ảnh hưởng", period=EV),
    fig("đạt 1,05 m", "1,05", 1.05, "measure", "m", change=chg("increase", 14, "cm", "cùng kỳ năm 2022"),
        subject="mực nước tại trạm Rạch Giá lúc cao nhất", period=inh(EV)),
    fig("từ 0,3 đến 0,5 m", "0,3", 0.3, "measure", "m", value_max=0.5,
        subject="độ sâu ngập khu vực ven biển"),
    fig("27 căn", "27", 27, "count", "căn nhà tạm", subject="căn nhà tạm bị hư hỏng"),
    fig("2 đoạn kè", "2", 2, "count", "đoạn kè tạm", subject="đoạn kè tạm bị sạt lở"),
    fig("khoảng 150 m", "150", 150, "measure", "m", approx="about", subject="tổng chiều dài kè tạm bị sạt lở"),
    fig("hơn 50 tuyến", "50", 50, "count", "tuyến đường", approx="over", subject="tuyến đường bị ngập"),
    fig("có 8 tuyến", "8", 8, "count", "tuyến", total=50, subject="tuyến đường ngập nặng"),
    fig("dời 46 hộ", "46", 46, "count", "hộ dân", subject="hộ dân di dời ra khỏi khu vực nguy hiểm"),
    fig("gồm 30 hộ", "30", 30, "count", "hộ", total=46, subject="hộ dân di dời ở phường Vĩnh Quang"),
    fig("và 16 hộ", "16", 16, "count", "hộ", total=46, subject="hộ dân di dời ở phường An Hòa"),
    fig("hỗ trợ 2 triệu", "2", 2e6, "money", "đồng/hộ", subject="tiền hỗ trợ mỗi hộ di dời"),
    fig("hơn 5.000 bao cát", "5.000", 5000, "count", "bao cát", approx="over", subject="bao cát cấp phát"),
    fig("ít nhất 200 cán bộ", "200", 200, "count", "cán bộ, chiến sĩ", approx="at_least",
        subject="cán bộ, chiến sĩ ứng trực"),
    fig("4,2 km", "4,2", 4.2, "measure", "km", status="target", subject="đê biển kết hợp đường giao thông xây dựng",
        period=G),
    fig("khoảng 300 tỷ", "300", 300e9, "money", "đồng", approx="about", status="target",
        subject="tổng vốn xây dựng đê biển", period=G),
    fig("từ 0,95 đến 1,1 m", "0,95", 0.95, "measure", "m", value_max=1.1, status="forecast",
        subject="mực nước cao nhất tại Rạch Giá", period=M12),
]

NOTES = [
    "News agency (TTXVN): section path, 'Chủ nhật, 12/11/2023 - 14:35', tag 'Kiên Giang (TTXVN) -', related links, licence and phone footer.",
    "Distractors: 'Quốc lộ 80', '15 năm qua' (a span that only places the record in time), 'năm 2022' (baseline), 'Phường 8' in a link,",
    "'Giấy phép số 1374/GP-BTTTT', phone 024.3825.2931, the time 14:35.",
    "9/12 → total 12; '8 tuyến' after 'trong đó' → total 50 (the 'hơn 50' whole); '46 hộ …, gồm 30 hộ … và 16 hộ' → total 46.",
    "'mỗi hộ được hỗ trợ 2 triệu đồng' → money rate, unit đồng/hộ. 'phấn đấu' governs 4,2 km and 300 tỷ (target, giai đoạn 2024-2026).",
    "Location: TP Rạch Giá throughout; wards (Vĩnh Quang, An Hòa, Vĩnh Thanh) are not locations.",
    "Periods: 'từ ngày 9 đến 11/11' (year of the dateline) in the first sentence; the peak water level inherits it (not scored).",
]

if __name__ == "__main__":
    write("p1280-8", TEXT, NOTES, FIGS, published="2023-11-12", location="Rạch Giá")
