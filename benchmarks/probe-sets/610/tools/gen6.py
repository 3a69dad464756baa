"""p610-6: national press, Mekong drought and salinity: households short of water, prices of trucked water."""
from lib import F, P, I, CH, T, emit

TEXT = """Thời sự › Dân sinh
Thứ tư, 10/4/2024, 06:30 (GMT+7)

Hơn 46.000 hộ miền Tây thiếu nước sinh hoạt do hạn mặn

Hạn hán và xâm nhập mặn khiến hơn 46.000 hộ dân ở 5 tỉnh Đồng bằng sông Cửu Long thiếu nước sinh hoạt, nhiều nơi phải mua nước ngọt chở bằng ghe.

Theo Cục Thủy lợi (Bộ Nông nghiệp và Phát triển nông thôn), từ đầu năm 2024 đến nay, số hộ thiếu nước sinh hoạt ở vùng ven biển cao gấp khoảng 1,5 lần so với cùng kỳ mùa khô 2022-2023. Tiền Giang, Bến Tre, Long An, Sóc Trăng và Kiên Giang có số hộ thiếu nước lần lượt là 13.600, 11.200, 9.400, 6.800 và 5.100 hộ.

Tại xã Tân Thủy, huyện Ba Tri (Bến Tre), người dân phải mua nước ngọt với giá từ 100.000 đến 150.000 đồng/m³. Giá nước chở bằng ghe hiện cao gấp 15 lần giá nước máy nông thôn, vốn phổ biến ở mức 7.000-10.000 đồng/m³.

Ông Nguyễn Văn Tỉnh, Cục trưởng Cục Thủy lợi, cho biết tỷ lệ dân số nông thôn vùng Đồng bằng sông Cửu Long được sử dụng nước sạch đạt quy chuẩn mới khoảng 52%, thấp hơn mức bình quân cả nước (57%). Nhiều công trình cấp nước lấy nguồn từ sông, kênh rạch nên dễ bị mặn xâm nhập.

Bộ đã hỗ trợ các tỉnh 125 tỷ đồng từ nguồn dự phòng ngân sách trung ương để khoan 1.200 giếng, lắp đặt 3.500 bồn chứa nước cho các hộ nghèo.

Dự kiến đến cuối tháng 4, mặn sẽ xâm nhập sâu 50-60 km vào các cửa sông chính; độ mặn 4‰ có thể vào sâu hơn cùng kỳ năm ngoái khoảng 5-10 km.

Hoàng Nam
"""

DRY = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-10")
APR = P("đến cuối tháng 4", None, "2024-04-30")
SUBJ = "số hộ thiếu nước sinh hoạt"

FIGS = [
    F("Hơn 46.000 hộ", "46.000", 46000, "count", "hộ", "hộ miền Tây thiếu nước sinh hoạt do hạn mặn", approx="over"),
    F("hơn 46.000 hộ dân", "46.000", 46000, "count", "hộ dân", "hộ dân thiếu nước sinh hoạt do hạn hán và xâm nhập mặn", approx="over"),
    F("ở 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh Đồng bằng sông Cửu Long có hộ thiếu nước sinh hoạt"),
    F("khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "số hộ thiếu nước sinh hoạt ở vùng ven biển so với cùng kỳ mùa khô 2022-2023", DRY,
      approx="about"),
    F("là 13.600", "13.600", 13600, "count", "hộ", SUBJ, location="Tiền Giang"),
    F("13.600, 11.200", "11.200", 11200, "count", "hộ", SUBJ, location="Bến Tre"),
    F("9.400", "9.400", 9400, "count", "hộ", SUBJ, location="Long An"),
    F("6.800", "6.800", 6800, "count", "hộ", SUBJ, location="Sóc Trăng"),
    F("5.100 hộ", "5.100", 5100, "count", "hộ", SUBJ, location="Kiên Giang"),
    F("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/m³", "giá mua nước ngọt", value_max=150000, location="Ba Tri"),
    F("gấp 15 lần", "15", 15, "multiple", "lần", "giá nước chở bằng ghe so với giá nước máy nông thôn"),
    F("mức 7.000-10.000", "7.000", 7000, "money", "đồng/m³", "giá nước máy nông thôn phổ biến", value_max=10000),
    F("khoảng 52%", "52", 52, "percent", "%", "tỷ lệ dân số nông thôn vùng Đồng bằng sông Cửu Long sử dụng nước sạch đạt quy chuẩn",
      approx="about"),
    F("(57%)", "57", 57, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn bình quân cả nước"),
    F("tỉnh 125 tỷ đồng", "125", 125e9, "money", "đồng", "hỗ trợ từ nguồn dự phòng ngân sách trung ương"),
    F("khoan 1.200 giếng", "1.200", 1200, "count", "giếng", "giếng khoan"),
    F("3.500 bồn", "3.500", 3500, "count", "bồn chứa nước", "bồn chứa nước lắp đặt cho các hộ nghèo"),
    F("sâu 50-60 km", "50", 50, "measure", "km", "độ xâm nhập mặn vào các cửa sông chính", APR, value_max=60, status="forecast"),
    F("mặn 4‰", "4", 4, "measure", "‰", optional=True),
    F("khoảng 5-10 km", "5", 5, "measure", "km", "độ xâm nhập mặn 4‰ sâu hơn cùng kỳ năm ngoái", APR,
      value_max=10, approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ tư, 10/4/2024, 06:30 (GMT+7)'; Mekong delta drought/salinity: households short of water, water prices.",
    "Location Việt Nam (a ministry's figures over five provinces of a region); 'lần lượt' items take their province; the Tân Thủy price takes Ba Tri.",
    "'cao gấp khoảng 1,5 lần so với cùng kỳ …' stands as the claim (no base amount): multiple, about. 'cao gấp 15 lần' likewise.",
    "The 'lần lượt' sentence is not a cue after the whole and the items are not bracketed: no total (they do add to 46.100).",
    "'thấp hơn mức bình quân cả nước (57%)': the 57% is the national average, a figure of its own (location Việt Nam as the article).",
    "'từ đầu năm 2024 đến nay' ends at the dateline; 'đến cuối tháng 4' (forecast) ends 2024-04-30.",
    "'độ mặn 4‰' is a salinity threshold naming the isohaline: optional. '5-10 km' deeper than last year: a forecast measure of its own.",
    "Not figures: '(GMT+7)', '10/4/2024, 06:30', 'mùa khô 2022-2023' (baseline season), 'cùng kỳ năm ngoái'.",
]

if __name__ == "__main__":
    emit("p610-6", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Việt Nam")
