"""p691-6: national press (VnExpress style) — container trains to Europe, rail freight 5 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 10/6/2024, 07:00 (GMT+7)

Tàu hàng liên vận đi châu Âu tăng mạnh

Trong 5 tháng đầu năm, các doanh nghiệp logistics đã tổ chức 96 chuyến tàu container liên vận từ ga Yên Viên (Hà Nội) đi các nước châu Âu và Trung Á, gấp 2,1 lần cùng kỳ năm ngoái.

Theo Tổng công ty Đường sắt Việt Nam (VNR), mỗi chuyến tàu chở từ 40 đến 46 container loại 40 feet; thời gian vận chuyển khoảng 25-28 ngày, ít hơn đường biển từ 15 đến 20 ngày. Cước vận chuyển một container đi Warszawa (Ba Lan) khoảng 9.500 USD, cao hơn đường biển nhưng bù lại hàng đến nhanh, phù hợp với linh kiện điện tử, hàng thời vụ.

Tính chung 5 tháng, sản lượng hàng hóa vận chuyển bằng đường sắt toàn ngành đạt 1,87 triệu tấn, tăng 12,6% so với cùng kỳ; trong đó hàng liên vận quốc tế đạt 512.000 tấn, tăng 38%. Doanh thu vận tải hàng hóa ước đạt 1.124,6 tỷ đồng.

Ông Nguyễn Văn Thắng, Phó tổng giám đốc VNR, cho biết đường sắt hiện chỉ chiếm khoảng 0,3% thị phần vận tải hàng hóa nội địa, trong khi đường bộ chiếm hơn 75%. Theo quy hoạch, đến năm 2030 tỷ trọng của đường sắt phấn đấu đạt 1-3%.

Tuyến Yên Viên – Đồng Đăng khổ 1.435 mm dài 156 km đang được nghiên cứu nâng cấp, vốn dự kiến khoảng 19.000 tỷ đồng. Khi hoàn thành, năng lực tuyến dự kiến đạt 20 đôi tàu/ngày, gấp 4 lần hiện nay.

Đoàn Loan
"""

M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
FIGS = [
    fig("tổ chức 96 chuyến", "96", 96, "count", "chuyến tàu container",
        change=chg("increase", 2.1, "lần", baseline="cùng kỳ năm ngoái"),
        subject="chuyến tàu container liên vận từ ga Yên Viên đi các nước châu Âu và Trung Á",
        period=M5, location="Hà Nội"),
    fig("từ 40 đến 46 container", "40", 40, "count", "container", value_max=46,
        subject="container mỗi chuyến tàu chở"),
    fig("loại 40 feet", "40", 40, "measure", "feet", subject="loại container", optional=True),
    fig("khoảng 25-28 ngày", "25", 25, "measure", "ngày", value_max=28, approx="about",
        subject="thời gian vận chuyển"),
    fig("từ 15 đến 20 ngày", "15", 15, "measure", "ngày", value_max=20,
        subject="thời gian vận chuyển ít hơn đường biển"),
    fig("khoảng 9.500 USD", "9.500", 9500, "money", "USD", approx="about",
        subject="cước vận chuyển một container đi Warszawa (Ba Lan)"),
    fig("đạt 1,87 triệu tấn", "1,87", 1.87e6, "measure", "tấn",
        change=chg("increase", 12.6, baseline="cùng kỳ"),
        subject="sản lượng hàng hóa vận chuyển bằng đường sắt toàn ngành",
        period=per("Tính chung 5 tháng", "2024-01-01", "2024-05-31")),
    fig("đạt 512.000 tấn", "512.000", 512000, "measure", "tấn", total=1.87e6,
        change=chg("increase", 38),
        subject="hàng liên vận quốc tế",
        period=per("Tính chung 5 tháng", "2024-01-01", "2024-05-31")),
    fig("ước đạt 1.124,6 tỷ đồng", "1.124,6", 1124.6e9, "money", "đồng", status="estimate",
        subject="doanh thu vận tải hàng hóa", period=inh(M5)),
    fig("khoảng 0,3%", "0,3", 0.3, "percent", "%", approx="about",
        subject="thị phần vận tải hàng hóa nội địa của đường sắt"),
    fig("hơn 75%", "75", 75, "percent", "%", approx="over",
        subject="thị phần vận tải hàng hóa nội địa của đường bộ"),
    fig("đạt 1-3%", "1", 1, "percent", "%", value_max=3, status="target",
        subject="tỷ trọng của đường sắt",
        period=per("đến năm 2030", None, "2030-12-31")),
    fig("khổ 1.435 mm", "1.435", 1435, "measure", "mm", subject="khổ đường tuyến Yên Viên – Đồng Đăng",
        optional=True),
    fig("dài 156 km", "156", 156, "measure", "km", subject="chiều dài tuyến Yên Viên – Đồng Đăng"),
    fig("khoảng 19.000 tỷ đồng", "19.000", 19000e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn nâng cấp tuyến Yên Viên – Đồng Đăng"),
    fig("kiến đạt 20 đôi tàu/ngày", "20", 20, "measure", "đôi tàu/ngày", status="forecast",
        change=chg("increase", 4, "lần", baseline="hiện nay"),
        subject="năng lực tuyến"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 10/6/2024, 07:00 (GMT+7)': tàu container liên vận đi châu Âu, hàng hóa đường sắt 5 tháng 2024. National → Việt Nam.",
    "96 chuyến from ga Yên Viên '(Hà Nội)' → location Hà Nội; Warszawa (Ba Lan), châu Âu, Trung Á are destinations, not places of the figures.",
    "'gấp 2,1 lần cùng kỳ năm ngoái' and 'gấp 4 lần hiện nay' after a figure are its change (lần), not multiple figures.",
    "'ít hơn đường biển từ 15 đến 20 ngày' is its own measure range (no tăng/giảm cue attaching it to 25-28 ngày).",
    "'512.000 tấn, tăng 38%' after 'trong đó' → total 1,87 triệu tấn, change 38% (baseline implied, not written).",
    "'đến năm 2030 … phấn đấu đạt 1-3%' → target range, period to 2030-12-31. 'dự kiến đạt 20 đôi tàu/ngày' and 'vốn dự kiến' → forecast.",
    "Optional: '40 feet' (a container type) and 'khổ 1.435 mm' (the gauge, a technical spec naming the line). Not figures: dateline, (GMT+7), byline.",
    "revised after first scoring: subjects cut to the figure's own sentence: tỷ trọng của đường sắt, năng lực tuyến.",
]

if __name__ == "__main__":
    emit("p691-6", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Việt Nam")
