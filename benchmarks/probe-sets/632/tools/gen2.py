"""p632-2: huyện Bình Gia (Lạng Sơn) district portal, vườn thuốc nam and YHCT at commune stations, 2023."""
from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH GIA
Tin tức > Văn hóa - Xã hội
Thứ Năm, 14/03/2024 - 09:20

Bình Gia: 19/20 trạm y tế có vườn thuốc nam

Thời gian qua, công tác khám, chữa bệnh bằng y học cổ truyền (YHCT) trên địa bàn huyện tiếp tục được quan tâm. Toàn huyện có 19/20 trạm y tế xã, thị trấn có vườn thuốc nam với từ 40 đến 60 loại cây thuốc mỗi vườn; riêng Trạm Y tế xã Hoa Thám trồng được 72 loại.

Trong năm 2023, tổng số lượt khám, chữa bệnh bằng YHCT và kết hợp YHCT với y học hiện đại tại tuyến xã đạt 21.436 lượt, chiếm 34,7% tổng số lượt khám tại trạm y tế, tăng 2.105 lượt so với năm 2022.

Hiện Trung tâm Y tế huyện có 1 khoa YHCT - Phục hồi chức năng với 35 giường bệnh và 6 y sĩ, bác sĩ YHCT; 100% trạm y tế xã có cán bộ phụ trách YHCT. Năm 2023, khoa đã điều trị nội trú cho 1.248 lượt bệnh nhân, điều trị ngoại trú 4.960 lượt, trong đó sử dụng thuốc sắc cho khoảng 65% người bệnh nội trú.

Hội Đông y huyện có 9 chi hội với 146 hội viên, trong đó 12 lương y được cấp chứng chỉ hành nghề. Hội đã phối hợp mở 2 lớp tập huấn về sử dụng cây thuốc nam cho 85 lượt cán bộ y tế thôn bản.

Năm 2024, huyện phấn đấu 20/20 trạm y tế có vườn thuốc nam, tỷ lệ khám, chữa bệnh bằng YHCT tại tuyến xã đạt trên 35%.

Hoàng Thu (Trung tâm VH-TT&TT huyện)

Địa chỉ: Khu 2, thị trấn Bình Gia, huyện Bình Gia, tỉnh Lạng Sơn. ĐT: 0205.3835.118
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Bình Gia: 19/20", "19", 19, "count", "trạm y tế", total=20,
      subject="trạm y tế có vườn thuốc nam"),
    F("có 19/20 trạm", "19", 19, "count", "trạm y tế", total=20,
      subject="trạm y tế xã, thị trấn có vườn thuốc nam"),
    F("từ 40 đến 60 loại", "40", 40, "count", "loại cây thuốc", value_max=60,
      subject="loại cây thuốc mỗi vườn thuốc nam"),
    F("được 72 loại", "72", 72, "count", "loại",
      subject="loại cây thuốc Trạm Y tế xã Hoa Thám trồng được"),
    F("đạt 21.436 lượt", "21.436", 21436, "count", "lượt", percent=34.7,
      change=CH("increase", 2105, unit="lượt", baseline="năm 2022"),
      subject="lượt khám, chữa bệnh bằng YHCT và kết hợp YHCT với y học hiện đại tại tuyến xã",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 1 khoa", "1", 1, "count", "khoa", subject="khoa YHCT - Phục hồi chức năng", optional=True),
    F("với 35 giường", "35", 35, "count", "giường bệnh",
      subject="giường bệnh khoa YHCT - Phục hồi chức năng Trung tâm Y tế huyện"),
    F("và 6 y sĩ", "6", 6, "count", "y sĩ, bác sĩ YHCT", subject="y sĩ, bác sĩ YHCT"),
    F("YHCT; 100%", "100", 100, "percent", "%", subject="trạm y tế xã có cán bộ phụ trách YHCT"),
    F("cho 1.248 lượt", "1.248", 1248, "count", "lượt bệnh nhân",
      subject="lượt bệnh nhân điều trị nội trú", period=Y23),
    F("ngoại trú 4.960 lượt", "4.960", 4960, "count", "lượt",
      subject="lượt điều trị ngoại trú", period=Y23),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="người bệnh nội trú được sử dụng thuốc sắc", period=Y23),
    F("có 9 chi hội", "9", 9, "count", "chi hội", subject="chi hội Hội Đông y huyện"),
    F("với 146 hội viên", "146", 146, "count", "hội viên", subject="hội viên Hội Đông y huyện"),
    F("đó 12 lương y", "12", 12, "count", "lương y", total=146,
      subject="lương y được cấp chứng chỉ hành nghề"),
    F("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp tập huấn về sử dụng cây thuốc nam"),
    F("cho 85 lượt", "85", 85, "count", "lượt cán bộ", subject="lượt cán bộ y tế thôn bản được tập huấn"),
    F("phấn đấu 20/20", "20", 20, "count", "trạm y tế", total=20, status="target",
      subject="trạm y tế có vườn thuốc nam", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 35%", "35", 35, "percent", "%", approx="over", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT tại tuyến xã", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Huyện Bình Gia (Lạng Sơn) district portal, dateline 'Thứ Năm, 14/03/2024 - 09:20', byline and address at the end.",
    "Location Bình Gia (district portal) for all figures; the commune Hoa Thám is not a district, so it stays Bình Gia.",
    "'chiếm 34,7%' → percent of 21.436 lượt; 'tăng 2.105 lượt so với năm 2022' → change in lượt. '12 lương y' are members: total 146.",
    "'1 khoa' optional (a single unit named with its department). '65% người bệnh' after 'trong đó' is a share, a percent figure (no total).",
    "Distractors: 'Khu 2', phone 0205.3835.118, dateline time, 'Trạm Y tế xã Hoa Thám' (no number).",
]

if __name__ == "__main__":
    emit("p632-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Bình Gia")
