"""p1154-6: national newspaper: cultured cordyceps prices fall; a Gia Lâm (Hà Nội) company; national capacity; TP.HCM shops."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ Bảy, 9/11/2024, 08:05 (GMT+7)

Đông trùng hạ thảo nuôi cấy rớt giá vì cung vượt cầu

Giá đông trùng hạ thảo nuôi cấy sấy khô hiện chỉ còn 6-8 triệu đồng một kg, giảm khoảng 45% so với năm 2021, khiến nhiều cơ sở nuôi trồng thua lỗ.

Ông Trần Quang Huy, giám đốc một công ty nuôi trồng đông trùng hạ thảo ở xã Kim Sơn, huyện Gia Lâm (Hà Nội), cho biết năm 2021 doanh nghiệp bán được 1,5 tấn sản phẩm khô, nhưng 10 tháng năm nay chỉ tiêu thụ khoảng 600 kg. Công ty đã phải cắt giảm 12 trong tổng số 30 lao động và đóng cửa hai trong năm phòng nuôi. Giá bán sỉ của công ty hiện chỉ 7 triệu đồng/kg, trong khi chi phí sản xuất khoảng 5,5 triệu đồng/kg.

Theo Hiệp hội Nấm Việt Nam, cả nước hiện có khoảng 500 cơ sở nuôi trồng đông trùng hạ thảo, gấp 5 lần năm 2018, tổng công suất hơn 40 tấn khô mỗi năm, trong khi nhu cầu tiêu thụ trong nước chỉ khoảng 25 tấn.

Tại TP.HCM, nhiều cửa hàng trên đường Hải Thượng Lãn Ông (quận 5) bán đông trùng hạ thảo nuôi cấy với giá chỉ từ 5 triệu đồng/kg, trong khi đông trùng hạ thảo tự nhiên từ Tây Tạng có giá 1,2-1,5 tỷ đồng/kg.

Chuyên gia khuyến cáo người dân không nên đầu tư ồ ạt: mỗi phòng nuôi tiêu chuẩn cần vốn từ 300 đến 500 triệu đồng, thời gian hoàn vốn 2-3 năm nếu bán được giá trên 10 triệu đồng/kg.

Minh Anh
"""

Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
M10 = P("10 tháng năm nay", "2024-01-01", "2024-10-31")
GL = "Gia Lâm"
HCM = "Quận 5"

FIGS = [
    F("còn 6-8 triệu", "6", 6e6, "money", "đồng/kg", value_max=8e6,
      change=C("decrease", 45, "%", "năm 2021", approx="about"),
      subject="giá đông trùng hạ thảo nuôi cấy sấy khô"),
    F("bán được 1,5 tấn", "1,5", 1.5, "measure", "tấn", subject="sản phẩm khô doanh nghiệp bán được",
      period=Y21, location=GL),
    F("khoảng 600 kg", "600", 600, "measure", "kg", approx="about", subject="sản phẩm khô tiêu thụ",
      period=M10, location=GL),
    F("giảm 12 trong", "12", 12, "count", "lao động", total=30, subject="lao động bị cắt giảm", location=GL),
    F("hai trong năm", "hai", 2, "count", "phòng nuôi", total=5, subject="phòng nuôi phải đóng cửa", location=GL),
    F("chỉ 7 triệu", "7", 7e6, "money", "đồng/kg", subject="giá bán sỉ của công ty", location=GL),
    F("khoảng 5,5 triệu", "5,5", 5.5e6, "money", "đồng/kg", approx="about", subject="chi phí sản xuất",
      location=GL),
    F("khoảng 500 cơ sở", "500", 500, "count", "cơ sở", approx="about",
      change=C("increase", 5, "lần", "năm 2018"), subject="cơ sở nuôi trồng đông trùng hạ thảo"),
    F("hơn 40 tấn", "40", 40, "measure", "tấn", approx="over",
      subject="tổng công suất đông trùng hạ thảo khô mỗi năm"),
    F("khoảng 25 tấn", "25", 25, "measure", "tấn", approx="about", subject="nhu cầu tiêu thụ trong nước"),
    F("chỉ từ 5 triệu", "5", 5e6, "money", "đồng/kg", approx="at_least",
      subject="giá bán đông trùng hạ thảo nuôi cấy tại cửa hàng", location=HCM),
    F("1,2-1,5 tỷ", "1,2", 1.2e9, "money", "đồng/kg", value_max=1.5e9,
      subject="giá đông trùng hạ thảo tự nhiên từ Tây Tạng", location=HCM),
    F("từ 300 đến 500 triệu", "300", 300e6, "money", "đồng", value_max=500e6,
      subject="vốn đầu tư mỗi phòng nuôi tiêu chuẩn"),
    F("hoàn vốn 2-3 năm", "2", 2, "measure", "năm", value_max=3, subject="thời gian hoàn vốn"),
    F("trên 10 triệu", "10", 10e6, "money", "đồng/kg", approx="over",
      subject="giá bán để hoàn vốn"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 9/11/2024, 08:05 (GMT+7)' (published), byline at the end. Default location Việt Nam",
    "(national market, 'cả nước', the expert's general advice); the company in huyện Gia Lâm (Hà Nội) -> Gia Lâm, also in the",
    "next sentences; the shops on đường Hải Thượng Lãn Ông (quận 5) of TP.HCM -> the district Quận 5 (like Gia Lâm).",
    "Distractors: time 08:05, '(GMT+7)', 'quận 5', 'đường Hải Thượng Lãn Ông', 'xã Kim Sơn', 'năm 2018' (a baseline),",
    "'một kg' (the rate's denominator, not a figure), 'năm nay' (a period).",
    "'12 trong tổng số 30 lao động' -> total 30; 'hai trong năm phòng nuôi' -> number words, total 5; the wholes 30 and năm",
    "are attributes only (an attribute is not also a figure; cf. shared gold h02 '76').",
    "revised after the first run: removed the figures 30 lao động and năm phòng nuôi (attributes only); location of the two",
    "TP.HCM shop prices TP Hồ Chí Minh -> Quận 5 (the district the figures describe, as Gia Lâm for the company).",
    "'gấp 5 lần năm 2018' follows 500 cơ sở: its change. 'giá chỉ từ 5 triệu' = prices start at 5 triệu -> at_least (borderline).",
    "'2-3 năm' is the payback time, a measure (a fact, not a time that locates a figure). 'hiện' gives no period.",
    "'10 tháng năm nay' = 2024-01-01..2024-10-31 (year of published).",
]

if __name__ == "__main__":
    write("p1154-6", TEXT, NOTES, FIGS, published="2024-11-09", location="Việt Nam")
