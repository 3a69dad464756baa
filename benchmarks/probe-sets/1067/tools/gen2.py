from lib import F, P, I, C, T, write

TEXT = """
Cổng thông tin điện tử huyện Cát Hải - thành phố Hải Phòng
Trang chủ / Tin tức / Kinh tế - Xã hội
Giữ nghề làm nước mắm truyền thống ở thị trấn Cát Hải
Thứ Ba, 14/11/2023 - 10:20

Nghề làm nước mắm ở thị trấn Cát Hải đã có lịch sử hơn 100 năm. Hiện trên địa bàn huyện có 26 cơ sở chế biến nước mắm, trong đó có 3 doanh nghiệp và 23 hộ sản xuất, với tổng số 1.150 thùng gỗ, bể chượp.

10 tháng năm 2023, các cơ sở sản xuất được khoảng 1,85 triệu lít nước mắm các loại, tăng 8,2% so với cùng kỳ; doanh thu ước đạt 96 tỷ đồng. Riêng Công ty cổ phần Nước mắm Cát Hải sản xuất 1,2 triệu lít, chiếm gần 65% sản lượng toàn huyện.

Nước mắm Cát Hải được làm từ cá nục, cá cơm tươi ướp muối biển, ủ chượp trong thùng gỗ từ 12 đến 15 tháng, độ đạm sản phẩm đạt từ 20 đến 35 g/lít. Giá bán nước mắm cốt loại đặc biệt khoảng 150.000 đồng/lít. Mức giá này gấp 2,5 lần nước mắm công nghiệp.

Năm 2023, sản phẩm nước mắm Cát Hải tiếp tục được công nhận sản phẩm OCOP 4 sao theo Quyết định số 2416/QĐ-UBND; huyện đã hỗ trợ 450 triệu đồng cho 12 hộ mua thùng gỗ, bể chượp mới. Nghề nước mắm đang tạo việc làm cho khoảng 320 lao động địa phương, chủ yếu ở tổ dân phố số 3 và số 5.

Mục tiêu đến năm 2025, sản lượng nước mắm toàn huyện đạt 2,5 triệu lít/năm, giá trị sản xuất trên 130 tỷ đồng.

Ban Biên tập - Trung tâm Văn hóa, Thông tin và Thể thao huyện Cát Hải
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lịch sử hơn 100 năm", "100", 100, "measure", "năm", "lịch sử nghề làm nước mắm", approx="over", optional=True),
    F("có 26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở chế biến nước mắm"),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến nước mắm", total=26),
    F("và 23 hộ sản xuất", "23", 23, "count", "hộ", "hộ sản xuất nước mắm", total=26),
    F("tổng số 1.150 thùng", "1.150", 1150, "count", "thùng gỗ", "thùng gỗ, bể chượp"),
    F("khoảng 1,85 triệu lít", "1,85", 1.85e6, "measure", "lít", "nước mắm các loại sản xuất", M10,
      approx="about", change=C("increase", 8.2, baseline="cùng kỳ")),
    F("ước đạt 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu nước mắm", M10, status="estimate"),
    F("sản xuất 1,2 triệu lít", "1,2", 1.2e6, "measure", "lít", "nước mắm Công ty cổ phần Nước mắm Cát Hải sản xuất",
      I(M10), total=1.85e6, percent=65),
    F("từ 12 đến 15 tháng", "12", 12, "measure", "tháng", "thời gian ủ chượp trong thùng gỗ", value_max=15),
    F("từ 20 đến 35 g/lít", "20", 20, "measure", "g/lít", "độ đạm sản phẩm", value_max=35),
    F("khoảng 150.000 đồng/lít", "150.000", 150000, "money", "đồng/lít", "giá bán nước mắm cốt loại đặc biệt",
      approx="about"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "giá nước mắm cốt so với nước mắm công nghiệp"),
    F("hỗ trợ 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí huyện hỗ trợ mua thùng gỗ, bể chượp", Y23),
    F("cho 12 hộ", "12", 12, "count", "hộ", "hộ được hỗ trợ mua thùng gỗ, bể chượp mới", Y23),
    F("khoảng 320 lao động", "320", 320, "count", "lao động", "lao động nghề nước mắm", approx="about"),
    F("đạt 2,5 triệu lít/năm", "2,5", 2.5e6, "measure", "lít/năm", "sản lượng nước mắm toàn huyện", T25,
      status="target"),
    F("trên 130 tỷ đồng", "130", 130e9, "money", "đồng", "giá trị sản xuất nước mắm", T25,
      approx="over", status="target"),
]

NOTES = [
    "Cát Hải district portal (Hải Phòng), Thứ Ba 14/11/2023. Location is the district throughout.",
    "'Riêng Công ty ... 1,2 triệu lít, chiếm gần 65% sản lượng toàn huyện': a part of the 1,85 triệu lít (same thing, same period) -> total.",
    "'gấp 2,5 lần' stands as its own sentence -> multiple. 'lịch sử hơn 100 năm' optional. 'OCOP 4 sao', 'tổ dân phố số 3 và số 5', decision number: not figures.",
]

if __name__ == "__main__":
    write("p1067-2", TEXT, FIGS, NOTES, published="2023-11-14", location="Cát Hải")
