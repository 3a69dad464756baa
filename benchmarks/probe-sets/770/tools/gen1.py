"""p770-1: Thái Bình province portal — winter crop area as of 10/11/2023."""
from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Thái Bình gieo trồng hơn 38.500 ha cây vụ đông

Cập nhật: 14/11/2023 08:30
Lượt xem: 1.482

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 10/11/2023, toàn tỉnh Thái Bình đã gieo trồng được 38.562 ha cây vụ đông, đạt 96,4% kế hoạch, tăng 1.215 ha so với cùng kỳ năm 2022. Trong đó, nhóm cây ưa ấm (ngô, bí, dưa) đạt 17.840 ha; nhóm cây ưa lạnh (khoai tây, su hào, bắp cải, rau các loại) đạt 20.722 ha.

Riêng cây khoai tây, các địa phương đã trồng được 4.130 ha, chiếm 10,7% tổng diện tích cây vụ đông. Các huyện có diện tích khoai tây lớn là Quỳnh Phụ (1.250 ha), Hưng Hà (980 ha), Đông Hưng (745 ha) và Vũ Thư (610 ha). Năm nay, nhiều xã mở rộng sản xuất trên đất 2 lúa theo phương pháp làm đất tối thiểu, giúp rút ngắn thời vụ từ 7 đến 10 ngày.

Giá trị thu nhập bình quân từ cây vụ đông ước đạt 95-110 triệu đồng/ha. Riêng mô hình khoai tây liên kết với doanh nghiệp cho lãi khoảng 40 triệu đồng/ha, cao hơn 25% so với trồng ngô.

Toàn tỉnh hiện có 126 hợp tác xã tham gia liên kết tiêu thụ nông sản vụ đông, trong đó 38 hợp tác xã ký hợp đồng bao tiêu khoai tây với doanh nghiệp.

Phấn đấu vụ đông năm 2023, toàn tỉnh gieo trồng 40.000 ha, giá trị sản xuất đạt trên 3.200 tỷ đồng.

Nguồn: Sở NN&PTNT Thái Bình, số 4 Lê Quý Đôn, TP Thái Bình. Điện thoại: 0227.3831.562
"""

ASOF = P("tính đến ngày 10/11/2023", None, "2023-11-10")
Y23 = Y(2023, "vụ đông năm 2023")
SUBJ = "diện tích cây vụ đông gieo trồng"
FIGS = [
    F("gieo trồng hơn 38.500 ha", "38.500", 38500, "measure", "ha", SUBJ, approx="over"),
    F("được 38.562 ha", "38.562", 38562, "measure", "ha", SUBJ, ASOF, percent=96.4,
      change=CH("increase", 1215, "ha", "cùng kỳ năm 2022")),
    F("đạt 17.840 ha", "17.840", 17840, "measure", "ha", "diện tích nhóm cây ưa ấm (ngô, bí, dưa)", I(ASOF), total=38562),
    F("đạt 20.722 ha", "20.722", 20722, "measure", "ha",
      "diện tích nhóm cây ưa lạnh (khoai tây, su hào, bắp cải, rau các loại)", I(ASOF), total=38562),
    F("trồng được 4.130 ha", "4.130", 4130, "measure", "ha", "diện tích cây khoai tây", I(ASOF), percent=10.7),
    F("Quỳnh Phụ (1.250 ha)", "1.250", 1250, "measure", "ha", "diện tích khoai tây", I(ASOF), location="Quỳnh Phụ"),
    F("Hưng Hà (980 ha)", "980", 980, "measure", "ha", "diện tích khoai tây", I(ASOF), location="Hưng Hà"),
    F("Đông Hưng (745 ha)", "745", 745, "measure", "ha", "diện tích khoai tây", I(ASOF), location="Đông Hưng"),
    F("Vũ Thư (610 ha)", "610", 610, "measure", "ha", "diện tích khoai tây", I(ASOF), location="Vũ Thư"),
    F("từ 7 đến 10 ngày", "7", 7, "measure", "ngày", "thời vụ rút ngắn nhờ làm đất tối thiểu",
      Y(2023, "Năm nay"), value_max=10),
    F("ước đạt 95-110 triệu", "95", 95e6, "money", "đồng/ha", "giá trị thu nhập bình quân từ cây vụ đông",
      value_max=110e6, status="estimate"),
    F("khoảng 40 triệu đồng/ha", "40", 40e6, "money", "đồng/ha", "lãi của mô hình khoai tây liên kết với doanh nghiệp",
      approx="about", change=CH("increase", 25, "%", "trồng ngô")),
    F("có 126 hợp tác xã", "126", 126, "count", "hợp tác xã",
      "hợp tác xã tham gia liên kết tiêu thụ nông sản vụ đông"),
    F("trong đó 38 hợp tác xã", "38", 38, "count", "hợp tác xã",
      "hợp tác xã ký hợp đồng bao tiêu khoai tây với doanh nghiệp", total=126),
    F("gieo trồng 40.000 ha", "40.000", 40000, "measure", "ha", SUBJ, Y23, status="target"),
    F("trên 3.200 tỷ đồng", "3.200", 3.2e12, "money", "đồng", "giá trị sản xuất vụ đông", Y23,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: tiến độ gieo trồng cây vụ đông tính đến 10/11/2023 (diện tích, khoai tây theo huyện, thu nhập, HTX liên kết, kế hoạch).",
    "'Cập nhật: 14/11/2023 08:30' is the dateline; 'Lượt xem: 1.482', 'đất 2 lúa' (a land category), the address and phone are not figures.",
    "District items (no cue, do not add up to 4.130) get no total; '38 hợp tác xã' after 'trong đó' takes 126.",
    "'Năm nay' = the dateline's year (2023). 'vụ đông năm 2023' read as năm 2023.",
]

if __name__ == "__main__":
    emit("p770-1", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Thái Bình")
