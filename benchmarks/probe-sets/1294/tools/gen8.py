"""p1294-8: radio/TV site (Đài PT-TH Đồng Tháp): làng hoa Sa Đéc in the Tết season, visitors, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Xã hội | Video | Radio trực tuyến

Làng hoa Sa Đéc vào vụ Tết, khách tham quan tăng mạnh

Cập nhật lúc: 16:45, 12/12/2024 | Lượt xem: 1.862
▶ 00:00 / 02:37

THĐT - Những ngày này, các vườn hoa tại làng hoa Sa Đéc đã vào vụ Tết Ất Tỵ 2025, nhộn nhịp cảnh người dân chăm hoa và du khách tham quan, chụp ảnh.

Theo Phòng Kinh tế thành phố Sa Đéc, vụ Tết năm nay toàn thành phố xuống giống khoảng 5,2 triệu giỏ hoa kiểng các loại, tăng khoảng 8% so với vụ Tết năm trước. Trong đó, hoa cúc mâm xôi hơn 1,3 triệu giỏ, hoa hướng dương 420.000 giỏ, còn lại là vạn thọ, cát tường, bonsai.

Hiện làng hoa có khoảng 780 ha hoa kiểng với hơn 3.200 hộ trồng. Từ đầu năm đến nay, làng hoa đón 1,05 triệu lượt khách, trong đó khách quốc tế khoảng 62.000 lượt; doanh thu dịch vụ du lịch đạt 286 tỷ đồng, tăng 21% so với cùng kỳ năm 2023.

Ông Lê Minh Tâm, chủ vườn hoa Tâm Hoa ở phường Tân Quy Đông, cho biết vườn rộng 4.000 m2, mở cửa đón khách từ năm 2019, thu vé 20.000 đồng/người, cao điểm cuối tuần đón 800-1.000 lượt. Năm 2024, vườn ước lãi hơn 350 triệu đồng từ bán hoa và dịch vụ chụp ảnh.

Thành phố Sa Đéc phấn đấu đến năm 2025 đón 1,5 triệu lượt khách; đến năm 2030 đạt 2,5 triệu lượt và nâng diện tích hoa kiểng lên 1.000 ha. Lễ hội Hoa - Kiểng Sa Đéc lần thứ II dự kiến tổ chức từ ngày 28/12/2024 đến ngày 3/1/2025 với khoảng 150 gian hàng.

Minh Thư - Quốc Bảo
Chia sẻ | Bình luận (0)
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-12")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
FEST = per("từ ngày 28/12/2024 đến ngày 3/1/2025", "2024-12-28", "2025-01-03")

FIGS = [
    fig("khoảng 5,2 triệu", "5,2", 5.2e6, "count", "giỏ", approx="about",
        change=chg("increase", 8, "%", "vụ Tết năm trước", approx="about"),
        subject="giỏ hoa kiểng các loại xuống giống vụ Tết"),
    fig("hơn 1,3 triệu", "1,3", 1.3e6, "count", "giỏ", approx="over", total=5.2e6, subject="hoa cúc mâm xôi"),
    fig("hướng dương 420.000", "420.000", 420000, "count", "giỏ", total=5.2e6, subject="hoa hướng dương"),
    fig("khoảng 780 ha", "780", 780, "measure", "ha", approx="about", subject="diện tích hoa kiểng làng hoa"),
    fig("hơn 3.200 hộ", "3.200", 3200, "count", "hộ", approx="over", subject="hộ trồng hoa kiểng"),
    fig("đón 1,05 triệu", "1,05", 1.05e6, "count", "lượt khách", period=YTD, subject="lượt khách làng hoa đón"),
    fig("khoảng 62.000", "62.000", 62000, "count", "lượt", approx="about", total=1.05e6, period=YTD,
        subject="khách quốc tế"),
    fig("đạt 286 tỷ", "286", 286e9, "money", "đồng", change=chg("increase", 21, "%", "cùng kỳ năm 2023"),
        period=YTD, subject="doanh thu dịch vụ du lịch"),
    fig("rộng 4.000 m2", "4.000", 4000, "measure", "m2", subject="diện tích vườn hoa Tâm Hoa"),
    fig("vé 20.000 đồng", "20.000", 20000, "money", "đồng/người", subject="vé vườn hoa Tâm Hoa"),
    fig("đón 800-1.000", "800", 800, "count", "lượt", value_max=1000, subject="lượt khách cao điểm cuối tuần"),
    fig("hơn 350 triệu", "350", 350e6, "money", "đồng", approx="over", status="estimate", period=Y24,
        subject="lãi của vườn từ bán hoa và dịch vụ chụp ảnh"),
    fig("đón 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", status="target", period=T25,
        subject="lượt khách Sa Đéc đón"),
    fig("đạt 2,5 triệu", "2,5", 2.5e6, "count", "lượt", status="target", period=T30, subject="lượt khách"),
    fig("lên 1.000 ha", "1.000", 1000, "measure", "ha", status="target", period=T30,
        subject="diện tích hoa kiểng"),
    fig("khoảng 150 gian", "150", 150, "count", "gian hàng", approx="about", status="forecast", period=FEST,
        subject="gian hàng Lễ hội Hoa - Kiểng Sa Đéc"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): channel menu, 'Cập nhật lúc: 16:45, 12/12/2024 | Lượt xem: 1.862', player '00:00 / 02:37',",
    "tag 'THĐT -', byline, 'Bình luận (0)'.",
    "Distractors: 16:45, Lượt xem 1.862, player times, 'Tết Ất Tỵ 2025', 'từ năm 2019', 'm2' (the 2), 'lần thứ II', festival dates, (0).",
    "Location Sa Đéc (city) for all. 'vụ Tết năm nay' is a season, not a calendar period: no period for the 5,2 triệu giỏ group.",
    "'tăng khoảng 8% so với vụ Tết năm trước' → change of 5,2 triệu (approx about in the change).",
    "'Trong đó, hoa cúc mâm xôi hơn 1,3 triệu giỏ, hoa hướng dương 420.000 giỏ' → total 5,2 triệu.",
    "'Từ đầu năm đến nay' → 2024-01-01..2024-12-12 for the three figures of its sentence; 'trong đó khách quốc tế khoảng 62.000' → total 1,05 triệu.",
    "Tâm Hoa garden: standing facts, no period ('từ năm 2019' dates the opening, not the figures). 'Năm 2024, vườn ước lãi' → estimate.",
    "'phấn đấu đến năm 2025 ...; đến năm 2030 đạt ... và nâng ...' → targets (phấn đấu continues over ';').",
    "'dự kiến tổ chức từ ngày 28/12/2024 đến ngày 3/1/2025 với khoảng 150 gian hàng' → forecast, period = festival dates.",
]

if __name__ == "__main__":
    write("p1294-8", TEXT, NOTES, FIGS, published="2024-12-12", location="Sa Đéc")
