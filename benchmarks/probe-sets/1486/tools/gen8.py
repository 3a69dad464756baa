"""p1486-8: radio/TV site (Quảng Ninh): laundry demand before Tết in TP Hạ Long."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QTV - TRUYỀN HÌNH QUẢNG NINH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Dịch vụ giặt chăn màn "hút khách" dịp cận Tết

Đăng lúc: 10:42 - 16/01/2025

QTV - Những ngày giáp Tết Ất Tỵ 2025, các tiệm giặt là trên địa bàn thành phố Hạ Long luôn đông khách, lượng đồ nhận giặt tăng gấp 2-3 lần ngày thường.

Tại tiệm Giặt là Minh Châu ở tổ 5, khu 3, phường Cao Xanh, mỗi ngày nhận khoảng 300 kg đồ, trong đó chăn, ga, rèm cửa chiếm khoảng 60%. Chị Vũ Thị Lan, chủ tiệm, cho biết giá giặt chăn từ 60.000 đến 90.000 đồng/chiếc, rèm cửa 25.000 đồng/kg, không tăng so với năm ngoái. Để kịp trả đồ cho khách, tiệm đã thuê thêm 4 lao động thời vụ, làm việc đến 23 giờ hằng ngày.

Theo Phòng Kinh tế thành phố, Hạ Long hiện có khoảng 210 cơ sở giặt là, trong đó có 45 tiệm giặt sấy tự động và 6 xưởng giặt công nghiệp. Các xưởng giặt công nghiệp phục vụ khoảng 180 khách sạn, nhà nghỉ, công suất mỗi xưởng từ 3 đến 5 tấn đồ vải/ngày. Năm 2024, doanh thu dịch vụ giặt là trên địa bàn thành phố ước đạt 156 tỷ đồng, tăng 11% so với năm 2023.

Dự báo từ nay đến Tết, nhu cầu giặt là còn tăng thêm 20-25%. Cơ quan chức năng khuyến cáo người dân lựa chọn cơ sở uy tín, giữ lại phiếu nhận đồ để tránh thất lạc.

Tin liên quan:
- Hạ Long: Chợ hoa Xuân 2025 mở cửa từ ngày 20 tháng Chạp
- Quốc lộ 18 thông xe đoạn qua Uông Bí

Trung tâm Truyền thông tỉnh Quảng Ninh
Đường dây nóng: 0203.3835.686
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="lượng đồ nhận giặt so với ngày thường"),
    fig("khoảng 300 kg", "300", 300, "measure", "kg/ngày", approx="about",
        subject="đồ tiệm nhận giặt mỗi ngày"),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about", subject="chăn, ga, rèm cửa"),
    fig("từ 60.000 đến 90.000", "60.000", 60000, "money", "đồng/chiếc", value_max=90000,
        subject="giá giặt chăn"),
    fig("rèm cửa 25.000", "25.000", 25000, "money", "đồng/kg", subject="giá giặt rèm cửa"),
    fig("thêm 4 lao động", "4", 4, "count", "lao động", subject="lao động thời vụ tiệm thuê thêm"),
    fig("khoảng 210 cơ sở", "210", 210, "count", "cơ sở", approx="about", subject="cơ sở giặt là"),
    fig("có 45 tiệm", "45", 45, "count", "tiệm", total=210, subject="tiệm giặt sấy tự động"),
    fig("và 6 xưởng", "6", 6, "count", "xưởng", total=210, subject="xưởng giặt công nghiệp"),
    fig("khoảng 180 khách sạn", "180", 180, "count", "khách sạn", approx="about",
        subject="khách sạn, nhà nghỉ các xưởng giặt công nghiệp phục vụ"),
    fig("từ 3 đến 5 tấn", "3", 3, "measure", "tấn/ngày", value_max=5, subject="công suất mỗi xưởng"),
    fig("ước đạt 156 tỷ", "156", 156e9, "money", "đồng", status="estimate",
        change=chg("increase", 11, "%", "năm 2023"), subject="doanh thu dịch vụ giặt là", period=Y24),
    fig("thêm 20-25%", "20", 20, "percent", "%", value_max=25, status="forecast", subject="nhu cầu giặt là"),
]

NOTES = [
    "Radio/TV site (QTV Quảng Ninh): menu, 'Đăng lúc: 10:42 - 16/01/2025', tag 'QTV -', related links, hotline. Location Hạ Long (a city of Quảng Ninh).",
    "Distractors: 10:42, 'Tết Ất Tỵ 2025', 'tổ 5, khu 3', '23 giờ' (a time of day), 'Xuân 2025', 'ngày 20 tháng Chạp', 'Quốc lộ 18', hotline 0203.3835.686.",
    "'tăng gấp 2-3 lần ngày thường' stands alone as the claim: kind multiple, range 2-3.",
    "'mỗi ngày nhận khoảng 300 kg đồ' is a daily rate (kg/ngày); 'trong đó chăn, ga, rèm cửa chiếm khoảng 60%' is a percent figure of its own.",
    "'trong đó có 45 tiệm … và 6 xưởng …' are parts of khoảng 210 cơ sở (total 210). Prices and capacities are standing values: no period.",
    "'Những ngày giáp Tết' and 'từ nay đến Tết' are periods without dates: no period given. 'Dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1486-8", TEXT, NOTES, FIGS, published="2025-01-16", location="Hạ Long")
