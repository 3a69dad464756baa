from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY LỢI
Trang chủ > Tin hoạt động > Nước sạch nông thôn

Cấp nước sạch nông thôn: Còn nhiều thách thức để đạt mục tiêu năm 2025

Ngày đăng: 22/03/2024 | Lượt xem: 1.127

Nhân Ngày Nước thế giới 22/3, Cục Thủy lợi cho biết, tính đến cuối năm 2023, cả nước có khoảng 18.600 công trình cấp nước tập trung nông thôn. Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh đạt 98%, trong đó khoảng 57% sử dụng nước sạch đáp ứng quy chuẩn, tăng 2 điểm phần trăm so với năm 2022.

Đánh giá hiệu quả vận hành cho thấy, số công trình hoạt động bền vững chiếm 33,8%, tương đối bền vững 34,5%, kém bền vững 21,6% và không hoạt động 10,1%. Nhiều địa phương có tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn còn thấp như Hà Giang (26,5%), Lai Châu (28,1%), Điện Biên (30,4%); trong khi Bình Dương và Đà Nẵng lần lượt đạt 98,2% và 97,5%.

Giai đoạn 2021-2023, tổng vốn đầu tư cho cấp nước nông thôn đạt khoảng 21.600 tỷ đồng, trong đó vốn ngân sách nhà nước chiếm gần 60%. Giá nước sạch nông thôn bình quân cả nước khoảng 7.500 đồng/m3, thấp hơn giá thành sản xuất ở nhiều nơi theo quy định tại Nghị định số 117/2007/NĐ-CP.

Theo Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1978/QĐ-TTg ngày 24/11/2021), mục tiêu đến năm 2025 có 65% dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn với số lượng tối thiểu 60 lít/người/ngày; đến năm 2030 là 80%. Như vậy, trong 2 năm tới cần có thêm khoảng 5,2 triệu người dân nông thôn được sử dụng nước sạch đạt quy chuẩn.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

end23 = P("tính đến cuối năm 2023", end="2023-12-31")
y25 = P("đến năm 2025", end="2025-12-31")
subj_low = "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn"

FIGS = [
    F("khoảng 18.600 công trình", "18.600", 18600, "count", "công trình",
      "công trình cấp nước tập trung nông thôn", end23, approx="about"),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", I(end23)),
    F("khoảng 57%", "57", 57, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn", I(end23),
      approx="about", change=C("increase", 2, "điểm phần trăm", "năm 2022")),
    F("chiếm 33,8%", "33,8", 33.8, "percent", "%", "công trình hoạt động bền vững", I(end23)),
    F("bền vững 34,5%", "34,5", 34.5, "percent", "%", "công trình tương đối bền vững", I(end23)),
    F("bền vững 21,6%", "21,6", 21.6, "percent", "%", "công trình kém bền vững", I(end23)),
    F("hoạt động 10,1%", "10,1", 10.1, "percent", "%", "công trình không hoạt động", I(end23)),
    F("Hà Giang (26,5%)", "26,5", 26.5, "percent", "%", subj_low, I(end23), location="Hà Giang"),
    F("Lai Châu (28,1%)", "28,1", 28.1, "percent", "%", subj_low, I(end23), location="Lai Châu"),
    F("Điện Biên (30,4%)", "30,4", 30.4, "percent", "%", subj_low, I(end23), location="Điện Biên"),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", subj_low, I(end23), location="Bình Dương"),
    F("và 97,5%", "97,5", 97.5, "percent", "%", subj_low, I(end23), location="Đà Nẵng"),
    F("khoảng 21.600 tỷ đồng", "21.600", 21600e9, "money", "đồng", "tổng vốn đầu tư cho cấp nước nông thôn",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="about"),
    F("gần 60%", "60", 60, "percent", "%", "vốn ngân sách nhà nước trong tổng vốn đầu tư",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="nearly"),
    F("khoảng 7.500 đồng/m3", "7.500", 7500, "money", "đồng/m3", "giá nước sạch nông thôn bình quân", approx="about"),
    F("có 65% dân số", "65", 65, "percent", "%", "dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn", y25,
      status="target"),
    F("tối thiểu 60 lít/người/ngày", "60", 60, "measure", "lít/người/ngày", "số lượng nước sạch tối thiểu", y25,
      approx="at_least", status="target"),
    F("là 80%", "80", 80, "percent", "%", "dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("khoảng 5,2 triệu người", "5,2", 5.2e6, "count", "người",
      "người dân nông thôn cần có thêm được sử dụng nước sạch đạt quy chuẩn", approx="about", status="target"),
]

build("p1074-4", TEXT, FIGS, published="2024-03-22", location="Việt Nam", comments=[
    "Ministry site (Bộ NN&PTNT - Cục Thủy lợi): national rural water figures to end-2023, sustainability shares, lowest and",
    "highest provinces, 2021-2023 investment, national strategy targets for 2025 and 2030.",
    "57% after 'trong đó' is a share of the rural population, not a part of 98%: no total. 'gần 60%' is the share of one",
    "source in the investment: a percent figure of its own (not the percent of 21.600 tỷ). 5,2 triệu người needed to reach the",
    "2025 target: status target. Distractors: Ngày Nước thế giới 22/3, Nghị định số 117/2007/NĐ-CP, Quyết định số 1978/QĐ-TTg",
    "ngày 24/11/2021, 'đến năm 2030, tầm nhìn đến năm 2045' (strategy name), '2 năm tới', Số 2 Ngọc Hà, Lượt xem: 1.127.",
])
