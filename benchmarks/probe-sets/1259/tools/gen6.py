"""p1259-6: national newspaper: satellite imagery and forest carbon (MRV), a remote-sensing start-up, imagery costs."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Khoa học > Môi trường

Thứ năm, 12/12/2024, 06:00 (GMT+7)

Dùng ảnh vệ tinh đo carbon rừng

Ảnh vệ tinh và trí tuệ nhân tạo giúp đo đếm carbon rừng trên diện rộng với chi phí thấp hơn nhiều so với điều tra thực địa.

Theo Bộ Nông nghiệp và Phát triển nông thôn, Việt Nam đã chuyển nhượng 10,3 triệu tấn CO2 giảm phát thải từ rừng của 6 tỉnh Bắc Trung Bộ cho Ngân hàng Thế giới, với đơn giá 5 USD/tấn, tương ứng 51,5 triệu USD. Để được thanh toán, lượng giảm phát thải phải được đo đạc, báo cáo và thẩm định (MRV), trong đó ảnh vệ tinh là công cụ chính để xác định diện tích mất rừng.

Công ty cổ phần Công nghệ Không gian Lục Việt hiện giám sát khoảng 1,2 triệu ha rừng cho 14 chủ rừng. Doanh nghiệp kết hợp ảnh quang học với ảnh radar Sentinel-1 để "nhìn" xuyên mây trong mùa mưa. Doanh thu năm 2023 của công ty đạt 18 tỷ đồng, gấp 2,5 lần năm 2022; năm nay dự kiến đạt khoảng 30 tỷ đồng.

Theo TS. Đặng Quốc Hưng, Viện Điều tra, Quy hoạch rừng, độ chính xác phân loại rừng trên ảnh Sentinel-2 hiện đạt 85-90%; ảnh thương mại có độ phân giải dưới 1 m cho độ chính xác trên 95%, nhưng giá mỗi km2 từ 10 đến 25 USD.

Vệ tinh VNREDSat-1 của Việt Nam, phóng năm 2013, có độ phân giải 2,5 m. Vệ tinh radar LOTUSat-1 dự kiến được phóng trong năm 2025 sẽ giúp chủ động nguồn ảnh khi trời nhiều mây.

Viện dự báo đến năm 2030, Việt Nam có thể cung cấp 40-70 triệu tín chỉ carbon rừng mỗi năm nếu hệ thống MRV dựa trên ảnh vệ tinh được hoàn thiện.

Thu Trang
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("nhượng 10,3 triệu", "10,3", 10.3e6, "measure", "tấn CO2",
        subject="giảm phát thải từ rừng Việt Nam chuyển nhượng cho Ngân hàng Thế giới"),
    fig("của 6 tỉnh", "6", 6, "count", "tỉnh", subject="tỉnh Bắc Trung Bộ"),
    fig("giá 5 USD/tấn", "5", 5, "money", "USD/tấn", subject="đơn giá giảm phát thải chuyển nhượng"),
    fig("ứng 51,5 triệu", "51,5", 51.5e6, "money", "USD", subject="tiền chuyển nhượng giảm phát thải"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "ha", approx="about",
        subject="diện tích rừng Công ty cổ phần Công nghệ Không gian Lục Việt giám sát"),
    fig("cho 14 chủ rừng", "14", 14, "count", "chủ rừng", subject="chủ rừng công ty giám sát rừng cho"),
    fig("đạt 18 tỷ", "18", 18e9, "money", "đồng", change=chg("increase", 2.5, "lần", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("khoảng 30 tỷ", "30", 30e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu của công ty", period=NOW),
    fig("đạt 85-90%", "85", 85, "percent", "%", value_max=90,
        subject="độ chính xác phân loại rừng trên ảnh Sentinel-2"),
    fig("dưới 1 m", "1", 1, "measure", "m", approx="under", subject="độ phân giải ảnh thương mại"),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", subject="độ chính xác của ảnh thương mại"),
    fig("từ 10 đến 25 USD", "10", 10, "money", "USD/km2", value_max=25, subject="giá ảnh thương mại mỗi km2"),
    fig("giải 2,5 m", "2,5", 2.5, "measure", "m", subject="độ phân giải của vệ tinh VNREDSat-1"),
    fig("cấp 40-70 triệu", "40", 40e6, "count", "tín chỉ/năm", value_max=70e6, status="forecast",
        subject="tín chỉ carbon rừng Việt Nam có thể cung cấp mỗi năm", period=TO30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 12/12/2024, 06:00 (GMT+7)', headline, sapo, byline at the end. Location Việt Nam throughout",
    "(the start-up's place is not named; its figures are read as national, as the article is).",
    "Distractors: '(GMT+7)', 06:00, 'CO2' (in the unit), 'Sentinel-1', 'Sentinel-2', 'VNREDSat-1', 'phóng năm 2013', 'LOTUSat-1', 'năm 2025', 'km2'.",
    "'6 tỉnh Bắc Trung Bộ' is a count of provinces (Việt Nam). 'đơn giá 5 USD/tấn' is a rate (money, USD/tấn); 'tương ứng 51,5 triệu USD' an amount of its own.",
    "'gấp 2,5 lần năm 2022' → change (increase, 2,5 lần). 'năm nay dự kiến đạt khoảng 30 tỷ' → forecast, year of published (2024).",
    "'giá mỗi km2 từ 10 đến 25 USD' → range, unit USD/km2. '40-70 triệu tín chỉ ... mỗi năm' after 'Viện dự báo đến năm 2030' → forecast, per year.",
]

if __name__ == "__main__":
    write("p1259-6", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")
