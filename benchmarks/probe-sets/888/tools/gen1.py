"""p888-1: province portal, Đồng Nai, livestock waste treatment at farms (as of 30/6/2024)."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.315

Hơn 92% trang trại chăn nuôi có hệ thống xử lý chất thải

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/6/2024, toàn tỉnh có 2.148 trang trại chăn nuôi quy mô vừa và lớn, trong đó 1.986 trang trại đã đầu tư hệ thống xử lý chất thải, chiếm 92,5%. Tổng đàn heo đạt khoảng 2,3 triệu con, tăng 4,1% so với cùng kỳ; đàn gia cầm hơn 24 triệu con. Các huyện có nhiều trang trại nhất lần lượt là Trảng Bom (486 trang trại), Thống Nhất (412 trang trại) và Xuân Lộc (355 trang trại).

Mỗi ngày, hoạt động chăn nuôi trên địa bàn phát sinh khoảng 9.800 tấn chất thải rắn và gần 38.000 m3 nước thải. Các trang trại chủ yếu áp dụng công nghệ hầm biogas phủ bạt HDPE (chiếm 71%), còn lại là bể lắng, ép tách phân và đệm lót sinh học. Nhiều trang trại đã đầu tư máy ép phân với chi phí từ 150 đến 300 triệu đồng/máy; phân sau ép được bán với giá 1.200-1.500 đồng/kg. Riêng quý II/2024, có thêm 46 trang trại lắp đặt máy ép tách phân.

6 tháng đầu năm, lực lượng chức năng đã kiểm tra 312 cơ sở chăn nuôi, phát hiện 27 cơ sở vi phạm quy định về bảo vệ môi trường, xử phạt hơn 1,6 tỷ đồng, tăng 35% so với cùng kỳ năm 2023. Nhiều trại heo dọc Quốc lộ 1A và Quốc lộ 20 bị người dân phản ánh về mùi hôi.

Theo Kế hoạch số 215/KH-UBND, đến năm 2025 tỉnh phấn đấu 100% trang trại chăn nuôi có hệ thống xử lý chất thải đạt quy chuẩn, 85% chất thải chăn nuôi được xử lý và tái sử dụng. Giai đoạn 2024-2025, tỉnh dự kiến bố trí khoảng 120 tỷ đồng hỗ trợ di dời cơ sở chăn nuôi ra khỏi khu dân cư.

Sở Nông nghiệp và PTNT Đồng Nai - Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa. ĐT: 0251.3822.391
"""

AS_OF = P("tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 92% trang trại", "92", 92, "percent", "%", "tỷ lệ trang trại chăn nuôi có hệ thống xử lý chất thải",
      approx="over"),
    F("có 2.148 trang trại", "2.148", 2148, "count", "trang trại", "trang trại chăn nuôi quy mô vừa và lớn", AS_OF),
    F("trong đó 1.986 trang trại", "1.986", 1986, "count", "trang trại",
      "trang trại đã đầu tư hệ thống xử lý chất thải", AS_OF, total=2148, percent=92.5),
    F("khoảng 2,3 triệu con", "2,3", 2300000, "count", "con", "tổng đàn heo", I(AS_OF), approx="about",
      change=C("increase", 4.1, "%", "cùng kỳ")),
    F("hơn 24 triệu con", "24", 24000000, "count", "con", "đàn gia cầm", I(AS_OF), approx="over"),
    F("Trảng Bom (486 trang trại)", "486", 486, "count", "trang trại", "trang trại chăn nuôi", I(AS_OF),
      location="Trảng Bom"),
    F("Thống Nhất (412 trang trại)", "412", 412, "count", "trang trại", "trang trại chăn nuôi", I(AS_OF),
      location="Thống Nhất"),
    F("Xuân Lộc (355 trang trại)", "355", 355, "count", "trang trại", "trang trại chăn nuôi", I(AS_OF),
      location="Xuân Lộc"),
    F("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn/ngày", "chất thải rắn chăn nuôi phát sinh mỗi ngày",
      approx="about"),
    F("gần 38.000 m3", "38.000", 38000, "measure", "m3/ngày", "nước thải chăn nuôi phát sinh mỗi ngày",
      approx="nearly"),
    F("(chiếm 71%)", "71", 71, "percent", "%", "tỷ lệ trang trại áp dụng công nghệ hầm biogas phủ bạt HDPE"),
    F("từ 150 đến 300 triệu đồng/máy", "150", 150000000, "money", "đồng/máy", "chi phí đầu tư máy ép phân",
      value_max=300000000),
    F("giá 1.200-1.500 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá bán phân sau ép", value_max=1500),
    F("thêm 46 trang trại", "46", 46, "count", "trang trại", "trang trại lắp đặt máy ép tách phân",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở chăn nuôi được kiểm tra", H1),
    F("phát hiện 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chăn nuôi vi phạm quy định về bảo vệ môi trường", H1),
    F("hơn 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "tiền xử phạt vi phạm về bảo vệ môi trường", H1,
      approx="over", change=C("increase", 35, "%", "cùng kỳ năm 2023")),
    F("phấn đấu 100% trang trại", "100", 100, "percent", "%",
      "tỷ lệ trang trại chăn nuôi có hệ thống xử lý chất thải đạt quy chuẩn", Y25, status="target"),
    F("quy chuẩn, 85% chất thải", "85", 85, "percent", "%", "tỷ lệ chất thải chăn nuôi được xử lý và tái sử dụng",
      Y25, status="target"),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng",
      "kinh phí hỗ trợ di dời cơ sở chăn nuôi ra khỏi khu dân cư",
      P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Nai: farms with waste-treatment systems as of 30/6/2024, pig/poultry herd, daily waste, inspections, 2025 targets.",
    "Headline '92%' has no period phrase: no period. 'chiếm 92,5%' is the share of 1.986 (attribute). '(chiếm 71%)' has no base amount: a percent figure.",
    "District list 'lần lượt' gives no total (486+412+355 != 2148). 'Mỗi ngày ... tấn' gives a rate unit tấn/ngày.",
    "Distractors: Cập nhật time, Lượt xem 2.315, Quốc lộ 1A/20, Kế hoạch số 215/KH-UBND, address Số 2 Nguyễn Văn Trị, phone.",
]

write("p888-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Đồng Nai")
