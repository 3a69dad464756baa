"""p1284-2: district portal (huyện Mèo Vạc, Hà Giang): preparing the herd for winter, December 2024."""
from lib import F, period, inherited, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Mèo Vạc chủ động phòng, chống đói rét cho hơn 43 nghìn con gia súc

09/12/2024 - 08:30

Theo Phòng Nông nghiệp và PTNT huyện, hiện toàn huyện có 43.620 con gia súc, trong đó đàn trâu 8.410 con, đàn bò 29.750 con, đàn ngựa 1.260 con và đàn dê 4.200 con. Bò là vật nuôi chủ lực, chiếm gần 70% tổng đàn.

Thực hiện Kế hoạch số 245/KH-UBND của UBND huyện, đến nay 18/18 xã, thị trấn đã rà soát, gia cố chuồng trại cho các hộ chăn nuôi. Các hộ đã dự trữ được 26.500 tấn rơm khô, 3.800 tấn thân cây ngô ủ chua; trồng mới 1.150 ha cỏ, đạt 104,5% kế hoạch.

Huyện đã cấp 1.500 lít hóa chất khử trùng; tiêm phòng vắc xin tụ huyết trùng cho 21.340 con trâu, bò, đạt 56% tổng đàn trâu, bò.

Theo Nghị quyết số 16/2024/NQ-HĐND của HĐND tỉnh, hộ có trâu, bò bị chết do đói rét được hỗ trợ 3 triệu đồng/con đối với con dưới 6 tháng tuổi và 6 triệu đồng/con đối với con trưởng thành.

Trong đợt rét tháng 1/2024, toàn huyện có 128 con gia súc bị chết, thiệt hại gần 1,9 tỷ đồng. Mùa đông này, huyện phấn đấu giảm ít nhất 50% số gia súc chết do rét so với mùa đông trước.

Nguồn: Phòng Nông nghiệp và PTNT huyện Mèo Vạc

Tin khác:
- Khai mạc Lễ hội Chợ tình Khâu Vai lần thứ 3 năm 2024
- Mèo Vạc: Ra quân làm đường bê tông nông thôn tại xã Pả Vi

Địa chỉ: Tổ 2, thị trấn Mèo Vạc, huyện Mèo Vạc, tỉnh Hà Giang | Điện thoại: 0219.3871.245
"""

NOW = period("đến nay", None, "2024-12-09")
JAN = period("tháng 1/2024", "2024-01-01", "2024-01-31")

FIGS = [
    F("hơn 43 nghìn con", "43", 43000, "count", "con", approx="over", subject="gia súc"),
    F("có 43.620 con", "43.620", 43620, "count", "con", subject="gia súc toàn huyện"),
    F("trâu 8.410 con", "8.410", 8410, "count", "con", total=43620, subject="đàn trâu"),
    F("bò 29.750 con", "29.750", 29750, "count", "con", total=43620, subject="đàn bò"),
    F("ngựa 1.260 con", "1.260", 1260, "count", "con", total=43620, subject="đàn ngựa"),
    F("dê 4.200 con", "4.200", 4200, "count", "con", total=43620, subject="đàn dê"),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly", subject="bò trong tổng đàn"),
    F("18/18 xã", "18", 18, "count", "xã, thị trấn", total=18,
      subject="xã, thị trấn đã rà soát, gia cố chuồng trại", period=NOW),
    F("26.500 tấn", "26.500", 26500, "measure", "tấn", subject="rơm khô các hộ đã dự trữ", period=inherited(NOW)),
    F("3.800 tấn", "3.800", 3800, "measure", "tấn", subject="thân cây ngô ủ chua các hộ đã dự trữ",
      period=inherited(NOW)),
    F("1.150 ha", "1.150", 1150, "measure", "ha", percent=104.5, subject="cỏ trồng mới", period=inherited(NOW)),
    F("1.500 lít", "1.500", 1500, "measure", "lít", subject="hóa chất khử trùng huyện đã cấp"),
    F("cho 21.340 con", "21.340", 21340, "count", "con", percent=56,
      subject="trâu, bò được tiêm phòng vắc xin tụ huyết trùng"),
    F("hỗ trợ 3 triệu", "3", 3e6, "money", "đồng/con",
      subject="mức hỗ trợ trâu, bò chết do đói rét đối với con dưới 6 tháng tuổi"),
    F("dưới 6 tháng", "6", 6, "measure", "tháng tuổi", approx="under", subject="tuổi con non", optional=True),
    F("và 6 triệu", "6", 6e6, "money", "đồng/con",
      subject="mức hỗ trợ trâu, bò chết do đói rét đối với con trưởng thành"),
    F("có 128 con", "128", 128, "count", "con", subject="gia súc bị chết", period=JAN),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly", subject="thiệt hại", period=JAN),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="giảm số gia súc chết do rét"),
]

NOTES = [
    "District portal (huyện Mèo Vạc, Hà Giang): banner naming the district, menu, '09/12/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Kế hoạch số 245/KH-UBND', 'Nghị quyết số 16/2024/NQ-HĐND', 'lần thứ 3 năm 2024', 'Tổ 2', phone 0219.3871.245, 08:30.",
    "'hơn 43 nghìn con' (headline) = 43 000, over. Herd parts after 'trong đó' take total 43.620 (8.410+29.750+1.260+4.200).",
    "'Bò ... chiếm gần 70% tổng đàn' is a new sentence with no amount of its own: a percent figure, not an attribute of 29.750.",
    "'18/18 xã, thị trấn' → 18, total 18; 'đến nay' is an as-of date = the dateline; the next sentence inherits it.",
    "'đạt 104,5% kế hoạch', 'đạt 56% tổng đàn' are percent attributes. Support rates are money in đồng/con.",
    "'con dưới 6 tháng tuổi' names an age class: optional. 'phấn đấu giảm ít nhất 50%' is a rate as the claim: percent, target, no change.",
]

if __name__ == "__main__":
    write("p1284-2", TEXT, NOTES, FIGS, published="2024-12-09", location="Mèo Vạc")
