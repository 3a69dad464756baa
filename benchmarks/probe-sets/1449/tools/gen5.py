"""p1449-5: provincial newspaper (Báo Bắc Ninh): a sock-knitting cooperative in TP Từ Sơn."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Ninh điện tử
Kinh tế | Thứ Ba, 14/05/2024 - 10:25

Hợp tác xã đưa chiếc tất làng nghề đi xa

Từ tổ sản xuất nhỏ với năm chiếc máy dệt cũ, sau 8 năm, Hợp tác xã Dệt kim Đình Bảng đã trở thành đơn vị sản xuất tất có quy mô lớn của TP Từ Sơn.

(BNO) - Hợp tác xã Dệt kim Đình Bảng hiện có 46 thành viên, vận hành 180 máy dệt tất tự động và hai dây chuyền định hình, đóng gói. Năm 2023, hợp tác xã sản xuất 7,2 triệu đôi tất, doanh thu đạt 86 tỷ đồng, tăng 21% so với năm 2022; lợi nhuận khoảng 5,4 tỷ đồng.

Giám đốc hợp tác xã Lê Thị Hạnh cho biết, khoảng 60% sản phẩm được bán cho các chuỗi siêu thị, số còn lại qua sàn thương mại điện tử. Mỗi tháng, hợp tác xã tiêu thụ 22 tấn sợi cotton và sợi tre. Hợp tác xã đang tạo việc làm cho 75 lao động, trong đó 52 lao động nữ, thu nhập từ 8 đến 10 triệu đồng/người/tháng.

4 tháng đầu năm nay, hợp tác xã đã xuất xưởng 2,6 triệu đôi, bằng 33% kế hoạch năm. Dự kiến trong quý III/2024, hợp tác xã đầu tư thêm 40 máy dệt với kinh phí gần 3 tỷ đồng.

Toàn TP Từ Sơn hiện có 23 cơ sở dệt tất, sản lượng năm 2023 đạt trên 31 triệu đôi. Sản phẩm tất tre kháng khuẩn của hợp tác xã đạt OCOP 4 sao năm 2023 và nằm trong số 5 sản phẩm tiêu biểu của thành phố tham dự Hội chợ Thương mại quốc tế Việt - Trung lần thứ 16.

NGỌC LAN

Tin cùng chuyên mục:
- Bắc Ninh: Thu hút FDI 4 tháng đứng đầu cả nước
- Từ Sơn ra mắt Hiệp hội làng nghề
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
M4 = P("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("năm chiếc máy", "năm", 5, "count", "máy dệt", subject="máy dệt cũ của tổ sản xuất"),
    F("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên Hợp tác xã Dệt kim Đình Bảng"),
    F("vận hành 180 máy", "180", 180, "count", "máy dệt tất tự động",
      subject="máy dệt tất tự động hợp tác xã vận hành"),
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền định hình, đóng gói"),
    F("sản xuất 7,2 triệu", "7,2", 7.2e6, "count", "đôi", subject="tất hợp tác xã sản xuất", period=Y23),
    F("đạt 86 tỷ", "86", 86e9, "money", "đồng", change=C("increase", 21, "%", "năm 2022"),
      subject="doanh thu hợp tác xã", period=Y23),
    F("khoảng 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", approx="about", subject="lợi nhuận hợp tác xã", period=Y23),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="sản phẩm được bán cho các chuỗi siêu thị"),
    F("tiêu thụ 22 tấn", "22", 22, "measure", "tấn/tháng",
      subject="sợi cotton và sợi tre hợp tác xã tiêu thụ mỗi tháng"),
    F("cho 75 lao động", "75", 75, "count", "lao động", subject="lao động hợp tác xã tạo việc làm"),
    F("52 lao động", "52", 52, "count", "lao động nữ", total=75, subject="lao động nữ"),
    F("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập lao động hợp tác xã"),
    F("xuất xưởng 2,6 triệu", "2,6", 2.6e6, "count", "đôi", percent=33,
      subject="tất hợp tác xã xuất xưởng", period=M4),
    F("thêm 40 máy", "40", 40, "count", "máy dệt", status="forecast",
      subject="máy dệt hợp tác xã đầu tư thêm", period=Q3),
    F("gần 3 tỷ", "3", 3e9, "money", "đồng", approx="nearly", status="forecast",
      subject="kinh phí đầu tư máy dệt", period=Q3),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở dệt tất"),
    F("trên 31 triệu", "31", 31e6, "count", "đôi", approx="over",
      subject="sản lượng tất của các cơ sở dệt tất TP Từ Sơn", period=Y23b),
    F("số 5 sản phẩm", "5", 5, "count", "sản phẩm",
      subject="sản phẩm tiêu biểu của thành phố tham dự Hội chợ Thương mại quốc tế Việt - Trung"),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Ninh): section and 'Thứ Ba, 14/05/2024 - 10:25', headline, sapo, tag '(BNO) -', byline, related links.",
    "Location: the cooperative and the city figures are in TP Từ Sơn (the article's default), not the province Bắc Ninh.",
    "'năm chiếc máy dệt cũ': 'năm' is the number five here (classifier 'chiếc' dropped from the unit). 'sau 8 năm' is a duration that locates the story: not a figure.",
    "'Năm 2023, hợp tác xã sản xuất ...; lợi nhuận ...' one sentence: all three figures take 2023. 'khoảng 60% sản phẩm' (no year) is a percent figure.",
    "'Mỗi tháng ... 22 tấn' is a rate: measure 'tấn/tháng'. 'trong đó 52 lao động nữ' → total 75.",
    "'4 tháng đầu năm nay' takes 2024 from the dateline; 'bằng 33% kế hoạch năm' → percent attribute 33.",
    "'Dự kiến trong quý III/2024' → forecast for both figures of the sentence.",
    "Distractors: 10:25, 'sau 8 năm', '(BNO)', 'OCOP 4 sao', 'năm 2023' of the OCOP award, 'lần thứ 16', '4 tháng' in a link title.",
]

if __name__ == "__main__":
    write("p1449-5", TEXT, NOTES, FIGS, published="2024-05-14", location="Từ Sơn")
