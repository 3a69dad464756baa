"""p1166-6: national newspaper, Hải Phòng restores and digitises French-era records."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Xã hội

Thứ năm, 7/3/2024, 10:15 (GMT+7)

Hải Phòng số hóa hồ sơ thời Pháp thuộc

Hơn 3.200 hồ sơ hành chính giai đoạn 1888-1954 của Lưu trữ lịch sử Hải Phòng đang được phục chế, số hóa để người dân tra cứu trực tuyến.

Tại kho lưu trữ trên đường Lạch Tray, quận Ngô Quyền, 6 cán bộ của phòng bảo quản mỗi ngày tu bổ khoảng 250 tờ tài liệu bằng giấy dó. Nhiều tờ bản đồ địa chính khổ A0 lập năm 1925 đã ố vàng, rách mép. "Có tờ phải mất một ngày mới phục chế xong", chị Vũ Thị Hằng, cán bộ phòng bảo quản, nói.

Bà Lê Thu Hương, Giám đốc Trung tâm Lưu trữ lịch sử thành phố, cho biết năm 2023 đơn vị đã số hóa 826.500 trang, tăng 14% so với năm trước. Tính đến cuối năm 2023, tổng số trang đã số hóa đạt gần 3,9 triệu, chiếm khoảng 27% khối tài liệu đang bảo quản; Hải Phòng đứng thứ 4 cả nước về khối lượng tài liệu đã số hóa. Riêng tài liệu tiếng Pháp, đã số hóa 1.870 hồ sơ với khoảng 212.000 trang.

Theo kế hoạch, đến năm 2025 thành phố đầu tư 42 tỷ đồng để số hóa thêm 2,5 triệu trang và xây dựng kho lưu trữ số. Dự kiến trong quý IV/2024, người dân có thể tra cứu trực tuyến mục lục của 95 phông lưu trữ.

Cả nước hiện có 63 Lưu trữ lịch sử cấp tỉnh; theo Cục Văn thư và Lưu trữ nhà nước, tỷ lệ tài liệu đã số hóa bình quân mới đạt khoảng 20%.

Lê Tân
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
END23 = per("Tính đến cuối năm 2023", None, "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Q4 = per("trong quý IV/2024", "2024-10-01", "2024-12-31")
NQ = "Ngô Quyền"

FIGS = [
    fig("Hơn 3.200 hồ sơ", "3.200", 3200, "count", "hồ sơ", approx="over",
        subject="hồ sơ hành chính thời Pháp thuộc đang được phục chế, số hóa"),
    fig("6 cán bộ", "6", 6, "count", "cán bộ", location=NQ,
        subject="cán bộ phòng bảo quản tu bổ tài liệu"),
    fig("khoảng 250 tờ", "250", 250, "measure", "tờ/ngày", approx="about", location=NQ,
        subject="tài liệu giấy dó tu bổ mỗi ngày"),
    fig("mất một ngày", "một", 1, "measure", "ngày", optional=True, location=NQ,
        subject="thời gian phục chế một tờ bản đồ"),
    fig("số hóa 826.500 trang", "826.500", 826500, "count", "trang",
        change=chg("increase", 14, "%", "năm trước"), subject="trang tài liệu số hóa", period=Y23),
    fig("gần 3,9 triệu", "3,9", 3900000, "count", "trang", approx="nearly", percent=27,
        subject="tổng số trang đã số hóa", period=END23),
    fig("đứng thứ 4", "4", 4, "rank", "hạng",
        subject="khối lượng tài liệu đã số hóa", period=END23),
    fig("số hóa 1.870 hồ sơ", "1.870", 1870, "count", "hồ sơ",
        subject="hồ sơ tài liệu tiếng Pháp đã số hóa", period=inh(END23)),
    fig("khoảng 212.000 trang", "212.000", 212000, "count", "trang", approx="about",
        subject="trang tài liệu tiếng Pháp đã số hóa", period=inh(END23)),
    fig("đầu tư 42 tỷ đồng", "42", 42000000000, "money", "đồng", status="target",
        subject="vốn đầu tư số hóa và xây dựng kho lưu trữ số", period=T25),
    fig("thêm 2,5 triệu trang", "2,5", 2500000, "count", "trang", status="target",
        subject="trang tài liệu số hóa thêm", period=T25),
    fig("của 95 phông", "95", 95, "count", "phông lưu trữ", status="forecast",
        subject="phông lưu trữ có mục lục tra cứu trực tuyến", period=Q4),
    fig("có 63 Lưu trữ", "63", 63, "count", "Lưu trữ lịch sử cấp tỉnh", location="Việt Nam",
        subject="Lưu trữ lịch sử cấp tỉnh"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", location="Việt Nam",
        subject="tỷ lệ tài liệu đã số hóa bình quân"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 7/3/2024, 10:15 (GMT+7)', byline 'Lê Tân' at the end. Default location Hải Phòng.",
    "Distractors: 'giai đoạn 1888-1954' (age of the records, not a range figure), 'đường Lạch Tray', 'khổ A0', 'năm 1925', (GMT+7), 10:15.",
    "Archive building in quận Ngô Quyền: the staff and daily restoration figures take that district. 'một ngày' in a quote: optional.",
    "'Tính đến cuối năm 2023' is an as-of date: the cumulative 3,9 triệu and the rank after ';' (same sentence) take it; 'Riêng tài liệu",
    "tiếng Pháp' (next sentence) inherits it. 'khoảng 27%' is the share of 3,9 triệu. 'đứng thứ 4 cả nước' → rank 4 (Hải Phòng's rank).",
    "'Theo kế hoạch, đến năm 2025 … đầu tư' → target. 'Dự kiến trong quý IV/2024' → forecast. National sentence → Việt Nam.",
]

if __name__ == "__main__":
    write("p1166-6", TEXT, NOTES, FIGS, published="2024-03-07", location="Hải Phòng")
