"""p1182-5: Party newspaper (Báo Cần Thơ), e-scooter rental at bến Ninh Kiều; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Xe điện cho thuê hút khách ở bến Ninh Kiều

Những chiếc xe đạp điện, xe scooter điện màu xanh dựng ngay ngắn dọc bến Ninh Kiều đã trở thành hình ảnh quen thuộc với du khách đến Cần Thơ.

Công ty TNHH Dịch vụ xe điện Tây Đô đưa dịch vụ vào hoạt động từ tháng 4/2023, hiện có 3 điểm cho thuê trên địa bàn quận Ninh Kiều với 140 xe, gồm 90 xe scooter điện và 50 xe đạp điện. Giá thuê 40.000 đồng/giờ đối với scooter điện, 25.000 đồng/giờ đối với xe đạp điện. Theo ông Trần Văn Lộc, Giám đốc công ty, bình quân mỗi tháng công ty phục vụ khoảng 4.500 lượt khách; dịp lễ, Tết, lượng khách tăng gấp đôi. Doanh thu 7 tháng năm 2024 đạt gần 1,9 tỷ đồng, tăng 35% so với cùng kỳ. Công ty đang sử dụng 18 lao động, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Theo Sở Văn hóa, Thể thao và Du lịch thành phố, hiện Cần Thơ có 7 doanh nghiệp, hộ kinh doanh cung cấp dịch vụ cho thuê xe đạp, xe điện phục vụ du lịch với khoảng 620 phương tiện. 6 tháng đầu năm, thành phố đón 4,6 triệu lượt khách, trong đó khách quốc tế hơn 205.000 lượt, tăng 21,4% so với cùng kỳ.

Để bảo đảm an toàn, các đơn vị cho thuê được yêu cầu chỉ cho người từ đủ 16 tuổi trở lên thuê xe, mỗi xe chở tối đa một người và chạy không quá 25 km/h trên tuyến đường Hai Bà Trưng. Thành phố dự kiến thí điểm hệ thống xe đạp công cộng với 20 trạm, 200 xe tại quận Ninh Kiều và quận Cái Răng trong năm 2025.

NGỌC TRÂM
12/08/2024
"""

NK = "Ninh Kiều"
M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("có 3 điểm", "3", 3, "count", "điểm cho thuê", subject="điểm cho thuê của công ty", location=NK),
    fig("với 140 xe", "140", 140, "count", "xe", subject="xe cho thuê của công ty", location=NK),
    fig("gồm 90 xe", "90", 90, "count", "xe", total=140, subject="xe scooter điện", location=NK),
    fig("và 50 xe", "50", 50, "count", "xe", total=140, subject="xe đạp điện", location=NK),
    fig("thuê 40.000 đồng", "40.000", 40000, "money", "đồng/giờ", subject="giá thuê scooter điện", location=NK),
    fig("25.000 đồng/giờ", "25.000", 25000, "money", "đồng/giờ", subject="giá thuê xe đạp điện", location=NK),
    fig("khoảng 4.500 lượt", "4.500", 4500, "measure", "lượt khách/tháng", approx="about",
        subject="lượt khách công ty phục vụ bình quân mỗi tháng", location=NK),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng khách dịp lễ, Tết", location=NK),
    fig("gần 1,9 tỷ", "1,9", 1900000000, "money", "đồng", approx="nearly",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="doanh thu của công ty", period=M7, location=NK),
    fig("sử dụng 18 lao động", "18", 18, "count", "lao động", subject="lao động của công ty", location=NK),
    fig("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
        subject="thu nhập của lao động", location=NK),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp, hộ kinh doanh",
        subject="doanh nghiệp, hộ kinh doanh cung cấp dịch vụ cho thuê xe đạp, xe điện phục vụ du lịch"),
    fig("khoảng 620 phương tiện", "620", 620, "count", "phương tiện", approx="about",
        subject="phương tiện cho thuê phục vụ du lịch"),
    fig("đón 4,6 triệu", "4,6", 4600000, "count", "lượt khách", subject="lượt khách đến thành phố", period=H1),
    fig("hơn 205.000 lượt", "205.000", 205000, "count", "lượt", approx="over", total=4600000,
        change=chg("increase", 21.4, "%", "cùng kỳ"), subject="khách quốc tế", period=H1),
    fig("đủ 16 tuổi", "16", 16, "measure", "tuổi", approx="at_least", optional=True,
        subject="độ tuổi được thuê xe"),
    fig("tối đa một người", "một", 1, "count", "người", approx="at_most", optional=True,
        subject="người được chở trên mỗi xe"),
    fig("không quá 25 km/h", "25", 25, "measure", "km/h", approx="at_most", subject="tốc độ chạy xe cho thuê"),
    fig("với 20 trạm", "20", 20, "count", "trạm", status="forecast",
        subject="trạm xe đạp công cộng thí điểm", period=Y25),
    fig("200 xe tại", "200", 200, "count", "xe", status="forecast",
        subject="xe đạp công cộng thí điểm", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Cần Thơ): headline, sapo, body, byline 'NGỌC TRÂM' and bare date '12/08/2024' at the end (published).",
    "Company passage (Công ty … Tây Đô, 3 points in quận Ninh Kiều): its figures keep location Ninh Kiều over five sentences.",
    "'bình quân mỗi tháng … khoảng 4.500 lượt khách' is a per-month rate (measure). 'lượng khách tăng gấp đôi' stands as the claim: multiple 2.",
    "Year-less '6 tháng đầu năm' takes 2024 from '7 tháng năm 2024'. 'trong đó khách quốc tế hơn 205.000 lượt' is a part of 4,6 triệu lượt khách.",
    "Rules: 'từ đủ 16 tuổi' (age threshold) and 'tối đa một người' are optional; 'không quá 25 km/h' is a measure (at_most).",
    "'20 trạm, 200 xe tại quận Ninh Kiều và quận Cái Răng' spans two districts → city location Cần Thơ; 'dự kiến' → forecast.",
    "Distractors: 'từ tháng 4/2023' (date), 'đường Hai Bà Trưng', the bare date line.",
]

if __name__ == "__main__":
    write("p1182-5", TEXT, NOTES, FIGS, published="2024-08-12", location="Cần Thơ")
