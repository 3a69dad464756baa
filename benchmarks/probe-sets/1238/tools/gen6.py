"""p1238-6: national newspaper, a yogurt plant opened in Long An (huyện Cần Giuộc) and the yogurt market."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ Ba, 19/3/2024, 10:05 (GMT+7)

Nhà máy sữa chua 1.500 tỷ đồng đi vào hoạt động tại Long An

Công ty cổ phần Sữa Phương Nam (trụ sở tại Long An) vừa khánh thành nhà máy sữa chua ở khu công nghiệp Long Hậu, huyện Cần Giuộc, tổng vốn đầu tư khoảng 1.500 tỷ đồng. Đây là nhà máy thứ hai của công ty, sau nhà máy tại TP Tân An đưa vào vận hành năm 2016.

Nhà máy rộng 8,5 ha, công suất giai đoạn một 150 triệu lít sản phẩm mỗi năm, trong đó sữa chua ăn chiếm 60%, còn lại là sữa chua uống và sữa chua men sống. Dây chuyền lên men, rót hũ nhập khẩu từ châu Âu, mức tự động hóa đạt 95%, cần khoảng 320 lao động.

Ông Trần Quốc Bảo, Tổng giám đốc công ty, cho biết năm 2023 doanh thu đạt 4.260 tỷ đồng, tăng 11% so với năm trước; lợi nhuận sau thuế 318 tỷ đồng. Năm nay, doanh nghiệp dự kiến doanh thu 5.000 tỷ đồng, trong đó xuất khẩu khoảng 300 tỷ đồng sang Campuchia, Lào và Trung Quốc. Để phục vụ nhà máy mới, công ty đang thu mua khoảng 250 tấn sữa tươi mỗi ngày từ các trang trại ở Long An, Tây Ninh và Lâm Đồng.

Theo Hiệp hội Sữa Việt Nam, quy mô thị trường sữa chua trong nước năm 2023 ước khoảng 21.000 tỷ đồng. Giai đoạn 2019-2023, thị trường này tăng trưởng bình quân 7-9% mỗi năm. Sữa chua hiện chiếm khoảng 18% doanh số toàn ngành sữa, sau sữa nước.

Thi Hà
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
CG = "Cần Giuộc"
VN = "Việt Nam"

FIGS = [
    F("sữa chua 1.500 tỷ", "1.500", 1.5e12, "money", "đồng", subject="vốn đầu tư nhà máy sữa chua"),
    F("khoảng 1.500 tỷ", "1.500", 1.5e12, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư nhà máy sữa chua", location=CG),
    F("rộng 8,5 ha", "8,5", 8.5, "measure", "ha", subject="diện tích nhà máy", location=CG),
    F("150 triệu lít", "150", 150e6, "measure", "lít/năm", subject="công suất giai đoạn một", location=CG),
    F("chiếm 60%", "60", 60, "percent", "%", subject="sữa chua ăn trong công suất", location=CG),
    F("đạt 95%", "95", 95, "percent", "%", subject="mức tự động hóa", location=CG),
    F("khoảng 320 lao động", "320", 320, "count", "lao động", approx="about",
      subject="lao động nhà máy cần", location=CG),
    F("đạt 4.260 tỷ", "4.260", 4.26e12, "money", "đồng", change=C("increase", 11, "%", "năm trước"),
      subject="doanh thu công ty", period=Y23),
    F("318 tỷ", "318", 318e9, "money", "đồng", subject="lợi nhuận sau thuế", period=Y23),
    F("doanh thu 5.000 tỷ", "5.000", 5e12, "money", "đồng", status="forecast",
      subject="doanh thu doanh nghiệp", period=NOW),
    F("khoảng 300 tỷ", "300", 300e9, "money", "đồng", approx="about", status="forecast", total=5e12,
      subject="doanh thu xuất khẩu", period=NOW),
    F("khoảng 250 tấn", "250", 250, "measure", "tấn/ngày", approx="about",
      subject="sữa tươi công ty thu mua mỗi ngày"),
    F("khoảng 21.000 tỷ", "21.000", 21e12, "money", "đồng", approx="about", status="estimate",
      subject="quy mô thị trường sữa chua trong nước", period=Y23, location=VN),
    F("7-9%", "7", 7, "percent", "%", value_max=9, subject="tăng trưởng bình quân thị trường sữa chua",
      period=GD, location=VN),
    F("khoảng 18%", "18", 18, "percent", "%", approx="about",
      subject="sữa chua trong doanh số toàn ngành sữa", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 19/3/2024, 10:05 (GMT+7)', byline 'Thi Hà' at the end. Company portrait placed in huyện Cần Giuộc, Long An.",
    "Location: the plant's figures → Cần Giuộc (stated in the opening sentence); the headline says 'tại Long An'; the company (head office in",
    "Long An) → Long An, also for milk bought from farms in a list of provinces (Long An, Tây Ninh, Lâm Đồng); the market figures → Việt Nam.",
    "Distractors: dateline, 10:05, 'giai đoạn một' (a phase name, number word), 'nhà máy thứ hai' (ordinal), 'năm 2016', 'khu công nghiệp Long Hậu', 'Giai đoạn 2019-2023' (a period).",
    "'trong đó sữa chua ăn chiếm 60%' is a percent figure of its own. 'dự kiến doanh thu 5.000 tỷ đồng, trong đó xuất khẩu khoảng 300 tỷ' → forecast,",
    "total 5.000 tỷ. 'Năm nay' = 2024 (published). '7-9% mỗi năm' is a growth-rate range standing as the claim (no change). 'ước khoảng' → estimate.",
]

if __name__ == "__main__":
    write("p1238-6", TEXT, NOTES, FIGS, published="2024-03-19", location="Long An")
