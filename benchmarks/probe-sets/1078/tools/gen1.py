from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Khách cắm trại, glamping tăng mạnh trong 7 tháng đầu năm

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.315

Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng, 7 tháng đầu năm 2024, các khu cắm trại, glamping trên địa bàn tỉnh đón khoảng 412.000 lượt khách, tăng 36,5% so với cùng kỳ năm 2023, chiếm 8,2% tổng lượt khách đến tỉnh. Trong đó, khách quốc tế đạt hơn 27.500 lượt. Doanh thu từ dịch vụ cắm trại, glamping ước đạt 186,4 tỷ đồng, tăng 41% so với cùng kỳ.

Tính đến ngày 31/7/2024, toàn tỉnh có 143 khu, điểm cắm trại và glamping đang hoạt động, tập trung chủ yếu tại TP. Đà Lạt (78 điểm), huyện Lạc Dương (29 điểm), huyện Đơn Dương (17 điểm) và huyện Lâm Hà (12 điểm). Tuy nhiên, mới có 61/143 điểm được cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trú hoặc đăng ký hộ kinh doanh; 82 điểm còn lại hoạt động tự phát, nhiều điểm nằm trên đất nông nghiệp, đất rừng.

Giá thuê lều tại các khu cắm trại phổ biến từ 150.000 đến 350.000 đồng/người/đêm; các khu glamping cao cấp có giá từ 1,2 đến 3,5 triệu đồng/lều/đêm, cao hơn khoảng 20% so với năm 2023. Vào các dịp cuối tuần, công suất sử dụng lều đạt trên 85%, nhiều nơi kín chỗ trước 2-3 tuần.

Ông Nguyễn Văn Ba, Phó Giám đốc Sở cho biết, thực hiện Kế hoạch số 215/KH-UBND ngày 18/3/2024 của UBND tỉnh, năm 2024 Sở phấn đấu 100% khu, điểm cắm trại đang hoạt động được rà soát, hướng dẫn hoàn thiện hồ sơ pháp lý và đón 700.000 lượt khách cắm trại, glamping. Qua rà soát bước đầu, Sở đã phát hiện 25 điểm có dấu hiệu xây dựng công trình trái phép trên đất rừng; trong tháng 8, Sở sẽ phối hợp với UBND TP. Đà Lạt kiểm tra, xử lý dứt điểm.
"""

P7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
ASOF = P("Tính đến ngày 31/7/2024", None, "2024-07-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SITES = "khu, điểm cắm trại và glamping đang hoạt động"

FIGS = [
    F("đón khoảng 412.000 lượt khách", "412.000", 412000, "count", "lượt khách", approx="about", percent=8.2,
      change=C("increase", 36.5, "%", "cùng kỳ năm 2023"), subject="lượt khách đến các khu cắm trại, glamping", period=P7),
    F("hơn 27.500 lượt", "27.500", 27500, "count", "lượt", approx="over", total=412000,
      subject="lượt khách quốc tế đến các khu cắm trại, glamping", period=I(P7)),
    F("ước đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", change=C("increase", 41, "%", "cùng kỳ"),
      status="estimate", subject="doanh thu từ dịch vụ cắm trại, glamping", period=I(P7)),
    F("có 143 khu", "143", 143, "count", "khu, điểm cắm trại và glamping", subject=SITES, period=ASOF),
    F("Đà Lạt (78 điểm)", "78", 78, "count", "điểm", subject=SITES, period=ASOF, location="Đà Lạt"),
    F("Lạc Dương (29 điểm)", "29", 29, "count", "điểm", subject=SITES, period=ASOF, location="Lạc Dương"),
    F("Đơn Dương (17 điểm)", "17", 17, "count", "điểm", subject=SITES, period=ASOF, location="Đơn Dương"),
    F("Lâm Hà (12 điểm)", "12", 12, "count", "điểm", subject=SITES, period=ASOF, location="Lâm Hà"),
    F("61/143 điểm", "61", 61, "count", "điểm", total=143,
      subject="điểm được cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trú hoặc đăng ký hộ kinh doanh", period=I(ASOF)),
    F("82 điểm còn lại", "82", 82, "count", "điểm", total=143, subject="điểm còn lại hoạt động tự phát", period=I(ASOF)),
    F("từ 150.000 đến 350.000 đồng", "150.000", 150000, "money", "đồng/người/đêm", value_max=350000,
      subject="giá thuê lều tại các khu cắm trại"),
    F("từ 1,2 đến 3,5 triệu", "1,2", 1200000, "money", "đồng/lều/đêm", value_max=3500000,
      change=C("increase", 20, "%", "năm 2023", approx="about"), subject="giá thuê lều tại các khu glamping cao cấp"),
    F("trên 85%", "85", 85, "percent", "%", approx="over", subject="công suất sử dụng lều vào các dịp cuối tuần"),
    F("trước 2-3 tuần", "2", 2, "measure", "tuần", value_max=3, subject="thời gian kín chỗ trước", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="khu, điểm cắm trại đang hoạt động được rà soát, hướng dẫn hoàn thiện hồ sơ pháp lý", period=Y24),
    F("đón 700.000 lượt khách", "700.000", 700000, "count", "lượt khách", status="target",
      subject="lượt khách cắm trại, glamping", period=Y24),
    F("phát hiện 25 điểm", "25", 25, "count", "điểm",
      subject="điểm có dấu hiệu xây dựng công trình trái phép trên đất rừng"),
]

NOTES = [
    "Lâm Đồng province portal: camping/glamping visitors in the first 7 months of 2024, sites by district, licensing, tent prices, 2024 targets.",
    "Distractors: Lượt xem 2.315, 12/08/2024 09:45, 31/7/2024, Kế hoạch số 215/KH-UBND ngày 18/3/2024, Nguyễn Văn Ba, tháng 8.",
    "The district list (78+29+17+12 = 136 of 143, 'tập trung chủ yếu') does not add up: no total. '82 điểm còn lại' is the rest of 143: total 143.",
    "Prices carry no period (the 'năm 2023' is a baseline). '25 điểm' was found before; 'trong tháng 8' governs the later clause: no period.",
]

if __name__ == "__main__":
    write("p1078-1", TEXT, NOTES, FIGS, published="2024-08-12", location="Lâm Đồng")
