"""p1397-7: news agency (TTXVN): site survey, auxiliary infrastructure, water, grid, consent."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Xã hội | Thế giới | Địa phương

Ninh Thuận khẩn trương chuẩn bị hạ tầng cho dự án điện hạt nhân

07/03/2025 16:20

Ninh Thuận (TTXVN) - Từ đầu năm đến nay, liên danh tư vấn Trường Sơn - Viễn Đông đã hoàn thành 45 lỗ khoan khảo sát địa chất tại địa điểm nhà máy Ninh Thuận 1 với tổng chiều sâu hơn 3.600 m. Dự kiến trong quý II, đơn vị tư vấn khoan thêm 30 lỗ, nâng tổng số lỗ khoan lên 75 lỗ.

Tỉnh đang triển khai 4 dự án hạ tầng phụ trợ với tổng vốn gần 2,8 nghìn tỷ đồng, gồm đường ven biển đoạn Phước Dinh - Cà Ná dài 24,5 km, cảng chuyên dùng, hồ chứa nước ngọt và khu nhà ở cho chuyên gia. Hai tháng đầu năm 2025, vốn đầu tư công giải ngân cho các dự án này đạt 210 tỷ đồng, tăng 18,5% so với cùng kỳ, bằng 7,6% kế hoạch năm.

Hồ chứa nước ngọt có dung tích thiết kế 12 triệu m3, bảo đảm cấp khoảng 40.000 m3 nước/ngày đêm cho nhà máy. Ngoài ra, ngành điện đang nghiên cứu đầu tư đường dây 500 kV mạch kép dài khoảng 120 km để giải tỏa công suất.

Phó Chủ tịch UBND tỉnh Lê Huy Thạnh cho biết đến nay 96% hộ dân trong vùng dự án đã đồng thuận với phương án bồi thường; tỉnh phấn đấu trong năm 2025 bàn giao không dưới 500 ha mặt bằng cho chủ đầu tư.

Cùng ngày, đoàn công tác của Bộ Công Thương do Thứ trưởng Trịnh Văn Khải dẫn đầu đã khảo sát thực địa khu vực Núi Chúa và làm việc với tỉnh về tiến độ dự án.

Đức Minh (TTXVN)

Từ khóa: điện hạt nhân, Ninh Thuận, tái định cư
"""

YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-03-07")
Q2 = per("trong quý II", "2025-04-01", "2025-06-30")
M2 = per("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("thành 45 lỗ", "45", 45, "count", "lỗ khoan", period=YTD,
        subject="lỗ khoan khảo sát địa chất tại địa điểm nhà máy Ninh Thuận 1"),
    fig("hơn 3.600 m", "3.600", 3600, "measure", "m", approx="over", period=YTD,
        subject="tổng chiều sâu lỗ khoan"),
    fig("thêm 30 lỗ", "30", 30, "count", "lỗ", status="forecast", period=Q2,
        subject="lỗ khoan đơn vị tư vấn khoan thêm"),
    fig("lên 75 lỗ", "75", 75, "count", "lỗ", status="forecast", period=Q2, subject="tổng số lỗ khoan"),
    fig("khai 4 dự án", "4", 4, "count", "dự án", subject="dự án hạ tầng phụ trợ tỉnh đang triển khai"),
    fig("gần 2,8 nghìn tỷ", "2,8", 2.8e12, "money", "đồng", approx="nearly",
        subject="tổng vốn các dự án hạ tầng phụ trợ"),
    fig("dài 24,5 km", "24,5", 24.5, "measure", "km", subject="chiều dài đường ven biển đoạn Phước Dinh - Cà Ná"),
    fig("đạt 210 tỷ", "210", 210e9, "money", "đồng", period=M2, percent=7.6,
        change=chg("increase", 18.5, "%", "cùng kỳ"),
        subject="vốn đầu tư công giải ngân cho các dự án hạ tầng phụ trợ"),
    fig("kế 12 triệu", "12", 12e6, "measure", "m3", subject="dung tích thiết kế hồ chứa nước ngọt"),
    fig("khoảng 40.000 m3", "40.000", 40000, "measure", "m3/ngày đêm", approx="about",
        subject="nước hồ chứa cấp cho nhà máy"),
    fig("đường dây 500 kV", "500", 500, "measure", "kV", optional=True, subject="điện áp đường dây"),
    fig("khoảng 120 km", "120", 120, "measure", "km", approx="about",
        subject="chiều dài đường dây 500 kV mạch kép"),
    fig("nay 96%", "96", 96, "percent", "%",
        subject="hộ dân trong vùng dự án đồng thuận với phương án bồi thường"),
    fig("không dưới 500 ha", "500", 500, "measure", "ha", approx="at_least", status="target", period=Y25,
        subject="mặt bằng bàn giao cho chủ đầu tư"),
]

NOTES = [
    "News agency site (TTXVN): menu, date '07/03/2025 16:20', dateline 'Ninh Thuận (TTXVN) -', byline, keywords.",
    "Distractors: 'Ninh Thuận 1', 'Trường Sơn - Viễn Đông' (consortium), 'Hai tháng đầu năm 2025' (period), 'Núi Chúa', 'Cùng ngày',",
    "time 16:20. '500 kV' in 'đường dây 500 kV mạch kép' is the line's class, part of its name: optional.",
    "'Từ đầu năm đến nay' = 2025-01-01 .. dateline; year-less 'trong quý II' takes 2025 from the dateline.",
    "'gần 2,8 nghìn tỷ đồng' = 2,8·10^12 (nghìn tỷ). 'gồm' lists items without amounts: the 24,5 km is not a part of the capital.",
    "210 tỷ: 'tăng 18,5% so với cùng kỳ' → change, 'bằng 7,6% kế hoạch năm' → percent (one of each attribute).",
    "'dự kiến' governs 'khoan thêm 30 lỗ, nâng ... lên 75 lỗ' → forecast. 'phấn đấu ... không dưới 500 ha' → target, at_least.",
    "Location Ninh Thuận throughout (no district named for the site).",
    "revised after the first run: unit of '40.000 m3 nước/ngày đêm' 'm3 nước/ngày đêm' → 'm3/ngày đêm' (commodity to the subject).",
]

if __name__ == "__main__":
    write("p1397-7", TEXT, NOTES, FIGS, published="2025-03-07", location="Ninh Thuận")
