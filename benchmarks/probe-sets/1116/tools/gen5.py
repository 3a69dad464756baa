"""p1116-5: Party newspaper (Báo Đắk Lắk): young people learning vehicle repair; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Học nghề sửa xe, thanh niên buôn làng vững tay nghề

Những năm gần đây, nghề sửa chữa ô tô, xe máy trở thành lựa chọn của nhiều thanh niên ở các huyện Krông Pắc, Ea Kar và Cư M'gar. Tại Trường Cao đẳng Kỹ thuật Đắk Lắk, năm 2024 nhà trường tuyển sinh 465 học sinh, sinh viên các ngành công nghệ ô tô và sửa chữa xe máy, tăng 60 em so với năm 2023; trong đó có 112 em là người dân tộc thiểu số.

Anh Y Khiêm Niê (27 tuổi, quê buôn Kmrơng Prông A, huyện Krông Pắc) tốt nghiệp trung cấp sửa chữa ô tô năm 2019, nay đã mở gara riêng trên Quốc lộ 14 đoạn qua TP Buôn Ma Thuột với 6 thợ. Mỗi tháng gara nhận sửa khoảng 150 lượt xe, doanh thu bình quân trên 120 triệu đồng. Anh trả lương cho thợ chính 10-12 triệu đồng/tháng, thợ học việc 4 triệu đồng/tháng kèm bữa trưa. Thu nhập của thợ sửa ô tô lành nghề hiện gấp 1,5 lần lao động phổ thông tại địa phương.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 1.870 cơ sở sửa chữa ô tô, xe máy đăng ký hộ kinh doanh và doanh nghiệp, gần gấp đôi năm 2015. Từ đầu năm đến nay, các cơ sở giáo dục nghề nghiệp trong tỉnh đã đào tạo nghề sửa chữa ô tô, xe máy cho 1.325 lao động, đạt 88% kế hoạch năm; khoảng 82% học viên có việc làm ngay sau khi tốt nghiệp.

Ông Nguyễn Văn Hải, Hiệu trưởng nhà trường cho biết, năm 2025 trường phấn đấu tuyển sinh 520 học sinh, sinh viên nhóm nghề ô tô, xe máy và ký kết hợp tác với thêm 15 gara, đại lý ô tô để đưa học viên đi thực tập. Nhà trường cũng đặt mục tiêu đầu tư thêm 2 xưởng thực hành động cơ điện, hybrid.

HỒNG NHUNG
06/11/2024
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-06")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("tuyển sinh 465 học sinh", "465", 465, "count", "học sinh, sinh viên",
      change=C("increase", 60, "em", "năm 2023"),
      subject="học sinh, sinh viên các ngành công nghệ ô tô và sửa chữa xe máy tuyển sinh", period=Y24),
    F("có 112 em", "112", 112, "count", "em", total=465,
      subject="học sinh, sinh viên là người dân tộc thiểu số", period=Y24),
    F("27 tuổi", "27", 27, "measure", "tuổi", optional=True, subject="tuổi anh Y Khiêm Niê", location="Krông Pắc"),
    F("với 6 thợ", "6", 6, "count", "thợ", subject="thợ của gara", location=BMT),
    F("khoảng 150 lượt xe", "150", 150, "count", "lượt xe", approx="about",
      subject="lượt xe gara nhận sửa mỗi tháng", location=BMT),
    F("trên 120 triệu", "120", 120000000, "money", "đồng", approx="over",
      subject="doanh thu bình quân mỗi tháng của gara", location=BMT),
    F("10-12 triệu", "10", 10000000, "money", "đồng/tháng", value_max=12000000,
      subject="lương thợ chính", location=BMT),
    F("thợ học việc 4 triệu", "4", 4000000, "money", "đồng/tháng", subject="lương thợ học việc", location=BMT),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
      subject="thu nhập của thợ sửa ô tô lành nghề so với lao động phổ thông"),
    F("có 1.870 cơ sở", "1.870", 1870, "count", "cơ sở",
      change=C("increase", 2, "lần", "năm 2015", approx="nearly"),
      subject="cơ sở sửa chữa ô tô, xe máy đăng ký hộ kinh doanh và doanh nghiệp"),
    F("cho 1.325 lao động", "1.325", 1325, "count", "lao động", percent=88,
      subject="lao động được đào tạo nghề sửa chữa ô tô, xe máy", period=YTD),
    F("khoảng 82%", "82", 82, "percent", "%", approx="about",
      subject="học viên có việc làm ngay sau khi tốt nghiệp", period=YTD),
    F("tuyển sinh 520 học sinh", "520", 520, "count", "học sinh, sinh viên", status="target",
      subject="học sinh, sinh viên nhóm nghề ô tô, xe máy tuyển sinh", period=Y25),
    F("thêm 15 gara", "15", 15, "count", "gara", status="target",
      subject="gara, đại lý ô tô ký kết hợp tác", period=Y25),
    F("thêm 2 xưởng", "2", 2, "count", "xưởng thực hành", status="target",
      subject="xưởng thực hành động cơ điện, hybrid đầu tư thêm", period=I(Y25)),
]

NOTES = [
    "Party newspaper (Báo Đắk Lắk) feature; byline 'HỒNG NHUNG' and bare date '06/11/2024' at the end (published).",
    "Distractors: 'năm 2019', 'Quốc lộ 14', 'buôn Kmrơng Prông A, huyện Krông Pắc', names 'Y Khiêm Niê', 'Nguyễn Văn Hải'. '27 tuổi' (a person's age) optional.",
    "The gara of Y Khiêm Niê (from Krông Pắc) lies on QL14 in TP Buôn Ma Thuột: its figures get that city as location. 'gần gấp đôi năm 2015' is the change of 1.870 (đôi = 2).",
    "'gấp 1,5 lần lao động phổ thông' stands as the claim → multiple. 'Từ đầu năm đến nay' ends at the bare date. 'đặt mục tiêu ... thêm 2 xưởng' → target,",
    "period 2025 inherited from the previous sentence.",
]

if __name__ == "__main__":
    write("p1116-5", TEXT, NOTES, FIGS, published="2024-11-06", location="Đắk Lắk")
