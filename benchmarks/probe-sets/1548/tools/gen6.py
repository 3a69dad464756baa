"""p1548-6: national newspaper: the market for smart (motorised) curtains in Hà Nội, TP HCM and the country; prices."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 12/10/2024, 07:05 (GMT+7)

Rèm cửa thông minh hút khách dù giá gấp đôi rèm thường

Nhu cầu rèm tự động tăng mạnh tại các đô thị lớn, nhiều cửa hàng ở Hà Nội báo doanh số quý III tăng 30-40% so với cùng kỳ.

Tại cửa hàng Rèm Minh Khang ở số 215 Trường Chinh (quận Đống Đa, Hà Nội), anh Nguyễn Văn Khang cho biết mỗi tháng cửa hàng lắp đặt khoảng 120 bộ rèm, trong đó rèm điều khiển bằng motor chiếm gần 45%. Giá rèm vải thông thường từ 250.000 đến 450.000 đồng/m2, trong khi bộ rèm tự động cho cửa sổ rộng 2 m có giá từ 6 đến 9 triệu đồng, tùy loại motor.

"Khách giờ hỏi rèm điều khiển qua điện thoại, hẹn giờ đóng mở. Ba năm trước, cả tháng chúng tôi chỉ bán được vài bộ", anh Khang nói.

Ở TP HCM, chuỗi Nội thất Sao Việt với 14 showroom cho biết doanh thu nhóm rèm tự động 9 tháng đầu năm đạt khoảng 27 tỷ đồng, tăng 35%, chiếm 38% doanh thu rèm của chuỗi. Giá rèm sáo gỗ nhập khẩu tại đây từ 1,2 đến 1,8 triệu đồng/m2.

Theo Hiệp hội Nội thất Việt Nam, quy mô thị trường rèm cửa cả nước năm 2023 ước khoảng 9.500 tỷ đồng. Rèm thông minh mới chiếm 6-8% thị trường nhưng tăng trưởng 25-30% mỗi năm; hiệp hội dự báo đến năm 2028 tỷ trọng này có thể lên 20%.

Các nhà phân phối cho biết motor rèm chủ yếu nhập từ Trung Quốc, Đức và Italy, hàng lắp ráp trong nước rẻ hơn 20-30%. Nhiều cửa hàng trên cả nước giảm giá 10-15% trong tháng 10 để kích cầu mùa cưới.

Phương Linh
"""

Q3 = per("quý III", "2024-07-01", "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
TO28 = per("đến năm 2028", None, "2028-12-31")
OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
DD, HCM, VN = "Đống Đa", "TP Hồ Chí Minh", "Việt Nam"

FIGS = [
    fig("giá gấp đôi", "đôi", 2, "multiple", "lần", subject="giá rèm cửa thông minh so với rèm thường"),
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="doanh số của nhiều cửa hàng", period=Q3, location="Hà Nội"),
    fig("khoảng 120 bộ", "120", 120, "measure", "bộ/tháng", approx="about",
        subject="rèm cửa hàng lắp đặt mỗi tháng", location=DD),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly", subject="rèm điều khiển bằng motor", location=DD),
    fig("từ 250.000 đến 450.000", "250.000", 250000, "money", "đồng/m2", value_max=450000,
        subject="giá rèm vải thông thường", location=DD),
    fig("rộng 2 m", "2", 2, "measure", "m", optional=True, location=DD),
    fig("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng", value_max=9e6,
        subject="giá bộ rèm tự động cho cửa sổ", location=DD),
    fig("với 14 showroom", "14", 14, "count", "showroom", subject="showroom của chuỗi Nội thất Sao Việt", location=HCM),
    fig("khoảng 27 tỷ", "27", 27e9, "money", "đồng", approx="about", percent=38,
        change=chg("increase", 35, "%"), subject="doanh thu nhóm rèm tự động", period=NINE, location=HCM),
    fig("từ 1,2 đến 1,8 triệu", "1,2", 1.2e6, "money", "đồng/m2", value_max=1.8e6,
        subject="giá rèm sáo gỗ nhập khẩu", location=HCM),
    fig("ước khoảng 9.500 tỷ", "9.500", 9500e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường rèm cửa", period=Y23, location=VN),
    fig("chiếm 6-8%", "6", 6, "percent", "%", value_max=8, subject="rèm thông minh trong thị trường", location=VN),
    fig("tăng trưởng 25-30%", "25", 25, "percent", "%", value_max=30, subject="tăng trưởng rèm thông minh mỗi năm",
        location=VN),
    fig("lên 20%", "20", 20, "percent", "%", status="forecast", subject="tỷ trọng rèm thông minh",
        period=TO28, location=VN),
    fig("rẻ hơn 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="hàng lắp ráp trong nước rẻ hơn", location=VN),
    fig("giảm giá 10-15%", "10", 10, "percent", "%", value_max=15, subject="giảm giá của nhiều cửa hàng", period=OCT, location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 12/10/2024, 07:05 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Distractors: 07:05, '(GMT+7)', 'số 215 Trường Chinh', 'Ba năm trước' (a time), 'vài bộ' (no number).",
    "No default location: the Đống Đa store (quận Đống Đa, Hà Nội) → Đống Đa; the sapo's Hà Nội shops → Hà Nội; the Sao Việt chain → TP Hồ",
    "Chí Minh; the association's market figures and 'trên cả nước' → Việt Nam. The headline 'giá gấp đôi rèm thường' names no place: null",
    "(borderline: the sapo only says 'các đô thị lớn').",
    "Headline 'gấp đôi' is a multiple standing alone as the claim (value 2, number word). Sapo 'quý III' takes 2024 from the dateline.",
    "'mỗi tháng ... khoảng 120 bộ rèm' is a rate (bộ/tháng, measure); 'trong đó ... chiếm gần 45%' is a share of a part: a percent figure.",
    "'cửa sổ rộng 2 m' is a product size (optional). '9 tháng đầu năm' → 2024; 'tăng 35%' is the change of 27 tỷ (no baseline), 'chiếm 38%' its percent.",
    "'rẻ hơn 20-30%' and 'giảm giá 10-15%' have no base amount: percent figures with ranges. 'dự báo đến năm 2028 ... 20%' → forecast.",
]

if __name__ == "__main__":
    write("p1548-6", TEXT, NOTES, FIGS, published="2024-10-12")
