"""p1114-2: district portal of huyện Ý Yên (Nam Định), carpentry villages, 9 months 2023."""
from lib import F, write, period

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN Ý YÊN
Kinh tế > Công nghiệp - Tiểu thủ công nghiệp
Thứ Sáu, 13/10/2023 - 10:20

Làng nghề mộc Ý Yên: 9 tháng doanh thu tăng gần 15%

Theo Phòng Kinh tế và Hạ tầng huyện, 9 tháng đầu năm 2023, doanh thu của các làng nghề mộc trên địa bàn huyện đạt 2.136 tỷ đồng, tăng 14,8% so với cùng kỳ, đạt 76,3% kế hoạch năm.

Toàn huyện có 2.430 hộ làm nghề mộc, tập trung ở các làng La Xuyên (1.150 hộ), Ninh Xuyên (860 hộ) và Chân Mỹ (420 hộ), thu hút khoảng 7.500 lao động thường xuyên. Riêng làng La Xuyên có 46 doanh nghiệp, 12 hợp tác xã; mỗi năm tiêu thụ khoảng 25.000 m3 gỗ. Gỗ nguyên liệu chủ yếu là gỗ hương, gỗ gụ nhập từ Lào, Campuchia và gỗ xoan rừng trồng trong tỉnh. Sản phẩm chủ lực là đồ thờ, tượng gỗ, bàn ghế giả cổ; một bộ bàn ghế gỗ hương có giá từ 60 đến 150 triệu đồng. Thợ mộc lành nghề có thu nhập 350.000-450.000 đồng/ngày.

Thực hiện Kế hoạch số 96/KH-UBND của UBND huyện, trong quý III/2023, Công an huyện phối hợp UBND các xã Yên Ninh, Yên Tiến kiểm tra 215 xưởng mộc, yêu cầu 38 xưởng khắc phục tồn tại về phòng cháy, chữa cháy như để mùn cưa, phoi bào gần nguồn điện, đấu nối điện tùy tiện. Đến nay, 100% xưởng mộc ở La Xuyên đã trang bị bình chữa cháy, 64 xưởng lắp hệ thống báo cháy tự động.

Năm 2023, huyện phấn đấu doanh thu làng nghề mộc đạt 2.800 tỷ đồng; dự kiến khởi công cụm công nghiệp làng nghề Yên Ninh bên Quốc lộ 38B trong quý IV/2023, quy mô 35 ha, tổng vốn đầu tư khoảng 420 tỷ đồng.

Minh Hằng (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
Q3 = period("quý III/2023", "2023-07-01", "2023-09-30")
NOW = period("Đến nay", None, "2023-10-13")

FIGS = [
    F("doanh thu tăng gần 15%", "15", 15, "percent", "%", "tăng trưởng doanh thu làng nghề mộc",
      period("9 tháng", "2023-01-01", "2023-09-30"), approx="nearly"),
    F("đạt 2.136 tỷ", "2.136", 2136e9, "money", "đồng", "doanh thu của các làng nghề mộc", M9,
      change={"direction": "increase", "value": 14.8, "unit": "%", "baseline": "cùng kỳ"}, percent=76.3),
    F("có 2.430 hộ", "2.430", 2430, "count", "hộ", "hộ làm nghề mộc"),
    F("La Xuyên (1.150 hộ)", "1.150", 1150, "count", "hộ", "hộ làm nghề mộc", total=2430),
    F("Ninh Xuyên (860 hộ)", "860", 860, "count", "hộ", "hộ làm nghề mộc", total=2430),
    F("Chân Mỹ (420 hộ)", "420", 420, "count", "hộ", "hộ làm nghề mộc", total=2430),
    F("khoảng 7.500 lao động", "7.500", 7500, "count", "lao động", "lao động thường xuyên", approx="about"),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp làng La Xuyên"),
    F("12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã làng La Xuyên"),
    F("khoảng 25.000 m3", "25.000", 25000, "measure", "m3", "gỗ tiêu thụ mỗi năm", approx="about"),
    F("từ 60 đến 150 triệu", "60", 60e6, "money", "đồng", "giá một bộ bàn ghế gỗ hương", value_max=150e6),
    F("350.000-450.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", "thu nhập thợ mộc lành nghề",
      value_max=450000),
    F("kiểm tra 215 xưởng", "215", 215, "count", "xưởng mộc", "xưởng mộc được kiểm tra", Q3),
    F("yêu cầu 38 xưởng", "38", 38, "count", "xưởng", "xưởng phải khắc phục tồn tại về phòng cháy, chữa cháy", Q3),
    F("100% xưởng mộc", "100", 100, "percent", "%", "xưởng mộc ở La Xuyên đã trang bị bình chữa cháy", NOW),
    F("64 xưởng lắp", "64", 64, "count", "xưởng", "xưởng lắp hệ thống báo cháy tự động", NOW),
    F("đạt 2.800 tỷ", "2.800", 2800e9, "money", "đồng", "doanh thu làng nghề mộc",
      period("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("quy mô 35 ha", "35", 35, "measure", "ha", "quy mô cụm công nghiệp làng nghề Yên Ninh", status="forecast"),
    F("khoảng 420 tỷ", "420", 420e9, "money", "đồng", "tổng vốn đầu tư cụm công nghiệp", approx="about",
      status="forecast"),
]

NOTES = [
    "District portal of huyện Ý Yên (Nam Định): carpentry villages La Xuyên, Ninh Xuyên, Chân Mỹ; 9 months of 2023.",
    "Location Ý Yên throughout (villages and communes lie inside the district; the spec's location levels stop at district).",
    "The village list (1.150 + 860 + 420 = 2.430) is a bracketed breakdown of the whole right before it: total 2430.",
    "Headline '9 tháng doanh thu tăng gần 15%': a growth rate with no base amount, percent figure; year from the dateline.",
    "'dự kiến khởi công ... trong quý IV/2023, quy mô 35 ha, tổng vốn ... 420 tỷ': forecast; quý IV dates the start of works, not the figures: no period.",
    "Distractors: Kế hoạch số 96/KH-UBND, Quốc lộ 38B, dateline time 10:20.",
]

write("p1114-2", TEXT, FIGS, NOTES, published="2023-10-13", location="Ý Yên")
