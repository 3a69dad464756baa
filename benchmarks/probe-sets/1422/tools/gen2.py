"""p1422-2: district portal (huyện Thạch An, Cao Bằng): borrow pits and quarries for the Đồng Đăng - Trà Lĩnh highway."""
from lib import F, period, inherit, change, target, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN THẠCH AN - TỈNH CAO BẰNG
Cổng thông tin điện tử huyện Thạch An
Trang chủ | Tin tức | Kinh tế | Văn bản

Thạch An chủ động nguồn vật liệu cho cao tốc Đồng Đăng - Trà Lĩnh

20/05/2024 - 10:15

Dự án đường cao tốc Đồng Đăng (Lạng Sơn) - Trà Lĩnh (Cao Bằng) đoạn qua huyện dài khoảng 23,5 km, đi qua 6 xã, thị trấn. Để phục vụ thi công nền đường, huyện đã phối hợp với Sở Tài nguyên và Môi trường khảo sát, đề xuất 5 mỏ vật liệu, gồm 3 mỏ đất đắp và 2 mỏ đá, tổng trữ lượng ước tính trên 3,2 triệu m3.

Tính đến ngày 15/5/2024, 2 mỏ đất tại xã Đức Long và xã Lê Lai đã được cấp phép khai thác với diện tích 18,6 ha, trữ lượng 1,45 triệu m3, công suất 350.000 m3/năm. Từ đầu năm đến nay, các nhà thầu đã khai thác, vận chuyển khoảng 420.000 m3 đất đắp, đạt 38% nhu cầu của đoạn tuyến.

Về giải phóng mặt bằng, huyện đã bàn giao 112,4/118,7 ha, đạt 94,7%; còn 27 hộ dân chưa nhận tiền bồi thường với tổng số tiền gần 9,8 tỷ đồng. Huyện phấn đấu trong quý III/2024 bàn giao 100% mặt bằng còn lại.

Ông Hoàng Văn Khải, Phó Chủ tịch UBND huyện cho biết: Huyện đã bố trí 4 điểm tập kết vật liệu dọc Quốc lộ 4A và giao Ban Quản lý dự án đầu tư xây dựng huyện theo dõi khối lượng khai thác hằng tuần, không để xảy ra tình trạng khai thác vượt trữ lượng được cấp.

Nguồn: Văn phòng HĐND và UBND huyện

Tin khác:
- Hội nghị sơ kết công tác 6 tháng đầu năm 2024
- Thạch An tổ chức Ngày hội Đại đoàn kết toàn dân tộc

Địa chỉ: Tổ 2, thị trấn Đông Khê, huyện Thạch An, tỉnh Cao Bằng | Điện thoại: 0206.3840.126
"""

ASOF = period("Tính đến ngày 15/5/2024", None, "2024-05-15")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")
Q3 = period("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("khoảng 23,5 km", "23,5", 23.5, "measure", "km", approx="about",
      subject="chiều dài đoạn qua huyện của dự án đường cao tốc Đồng Đăng - Trà Lĩnh"),
    F("qua 6 xã", "6", 6, "count", "xã, thị trấn", subject="xã, thị trấn dự án đi qua"),
    F("đề xuất 5 mỏ", "5", 5, "count", "mỏ vật liệu", subject="mỏ vật liệu khảo sát, đề xuất"),
    F("gồm 3 mỏ", "3", 3, "count", "mỏ đất đắp", total=5, subject="mỏ đất đắp"),
    F("và 2 mỏ đá", "2", 2, "count", "mỏ đá", total=5, subject="mỏ đá"),
    F("trên 3,2 triệu", "3,2", 3.2e6, "measure", "m3", approx="over", status="estimate",
      subject="tổng trữ lượng các mỏ vật liệu"),
    F("2024, 2 mỏ đất", "2", 2, "count", "mỏ đất", subject="mỏ đất đã được cấp phép khai thác", per=ASOF),
    F("diện tích 18,6 ha", "18,6", 18.6, "measure", "ha", subject="diện tích mỏ đất được cấp phép", per=ASOF),
    F("trữ lượng 1,45 triệu", "1,45", 1.45e6, "measure", "m3", subject="trữ lượng mỏ đất được cấp phép",
      per=ASOF),
    F("công suất 350.000", "350.000", 350000, "measure", "m3/năm", subject="công suất khai thác mỏ đất",
      per=ASOF),
    F("khoảng 420.000 m3", "420.000", 420000, "measure", "m3", approx="about", percent=38,
      subject="đất đắp các nhà thầu đã khai thác, vận chuyển", per=YTD),
    F("112,4/118,7 ha", "112,4", 112.4, "measure", "ha", total=118.7, percent=94.7,
      subject="mặt bằng huyện đã bàn giao"),
    F("còn 27 hộ", "27", 27, "count", "hộ dân", subject="hộ dân chưa nhận tiền bồi thường"),
    F("gần 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", approx="nearly",
      subject="tổng số tiền bồi thường hộ dân chưa nhận"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", status="target",
      subject="mặt bằng còn lại bàn giao", per=Q3),
    F("bố trí 4 điểm", "4", 4, "count", "điểm tập kết", subject="điểm tập kết vật liệu"),
]

NOTES = [
    "District portal (huyện Thạch An, Cao Bằng): banner naming the district, menu, '20/05/2024 - 10:15', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Quốc lộ 4A', 'Tổ 2', phone 0206.3840.126, the date in 'Tính đến ngày 15/5/2024', '6 tháng đầu năm 2024' in a link title.",
    "Location Thạch An throughout (the banner and 'đoạn qua huyện'); communes Đức Long, Lê Lai do not change it (location is province/district).",
    "'5 mỏ vật liệu, gồm 3 mỏ đất đắp và 2 mỏ đá' → parts with total 5. 'trữ lượng ước tính trên 3,2 triệu m3' → estimate, over.",
    "The as-of phrase 'Tính đến ngày 15/5/2024' stands in the sentence of 2 mỏ / 18,6 ha / 1,45 triệu / 350.000 m3/năm: all four get it.",
    "'112,4/118,7 ha, đạt 94,7%' → total 118,7 and percent 94,7. 'Huyện phấn đấu trong quý III/2024 bàn giao 100%' → target.",
]

if __name__ == "__main__":
    write("p1422-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Thạch An")
