"""p1397-1: province portal (Cổng TTĐT tỉnh Ninh Thuận): resettlement plan for Ninh Thuận 1 and 2."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Ninh Thuận dự kiến bố trí 1.120 lô đất tái định cư cho dự án điện hạt nhân

Cập nhật: 14/01/2025 08:45 | Lượt xem: 3.276

Chiều 13/01, UBND tỉnh tổ chức hội nghị triển khai công tác bồi thường, hỗ trợ, tái định cư phục vụ dự án điện hạt nhân Ninh Thuận 1 và Ninh Thuận 2. Theo Sở Tài nguyên và Môi trường, tổng diện tích đất thu hồi khoảng 1.530 ha, trong đó dự án Ninh Thuận 1 tại xã Phước Dinh (huyện Thuận Nam) hơn 860 ha, dự án Ninh Thuận 2 tại xã Vĩnh Hải (huyện Ninh Hải) gần 670 ha.

Toàn tỉnh có 1.185 hộ dân bị ảnh hưởng với khoảng 4.700 nhân khẩu; trong đó phải di dời, tái định cư 812 hộ. Tỉnh dự kiến xây dựng 3 khu tái định cư với tổng diện tích 142 ha, bố trí 1.120 lô đất, mỗi lô rộng từ 200 đến 300 m2. Tổng kinh phí bồi thường, hỗ trợ, tái định cư ước khoảng 4.850 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 3.900 tỷ đồng, chiếm 80,4%.

Tính đến ngày 10/01/2025, huyện Thuận Nam đã kiểm đếm 214 hộ, đạt 26,4% số hộ phải kiểm đếm trên địa bàn huyện. Phó Chủ tịch UBND tỉnh Lê Huy Thạnh yêu cầu các địa phương hoàn thành kiểm đếm trước ngày 31/3/2025 và phấn đấu bàn giao ít nhất 70% mặt bằng dự án Ninh Thuận 1 trong quý III/2025.

Tin liên quan:
- Ninh Thuận: Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh khóa XIV
- Khởi công nâng cấp Quốc lộ 1A đoạn qua huyện Thuận Nam
- Đường dây nóng: 0259.3822.100

Cổng Thông tin điện tử tỉnh Ninh Thuận - Số 450 đường 21 Tháng 8, TP Phan Rang - Tháp Chàm
"""

ASOF = per("Tính đến ngày 10/01/2025", None, "2025-01-10")
Q3 = per("quý III/2025", "2025-07-01", "2025-09-30")

FIGS = [
    fig("bố trí 1.120 lô đất tái", "1.120", 1120, "count", "lô đất", status="forecast",
        subject="lô đất tái định cư cho dự án điện hạt nhân"),
    fig("khoảng 1.530 ha", "1.530", 1530, "measure", "ha", approx="about",
        subject="tổng diện tích đất thu hồi"),
    fig("hơn 860 ha", "860", 860, "measure", "ha", approx="over", total=1530,
        subject="diện tích đất thu hồi dự án Ninh Thuận 1", location="Thuận Nam"),
    fig("gần 670 ha", "670", 670, "measure", "ha", approx="nearly", total=1530,
        subject="diện tích đất thu hồi dự án Ninh Thuận 2", location="Ninh Hải"),
    fig("có 1.185 hộ", "1.185", 1185, "count", "hộ dân", subject="hộ dân bị ảnh hưởng"),
    fig("khoảng 4.700 nhân khẩu", "4.700", 4700, "count", "nhân khẩu", approx="about",
        subject="nhân khẩu của các hộ dân bị ảnh hưởng"),
    fig("tái định cư 812 hộ", "812", 812, "count", "hộ", total=1185,
        subject="hộ phải di dời, tái định cư"),
    fig("xây dựng 3 khu", "3", 3, "count", "khu tái định cư", status="forecast",
        subject="khu tái định cư xây dựng"),
    fig("diện tích 142 ha", "142", 142, "measure", "ha", status="forecast",
        subject="tổng diện tích các khu tái định cư"),
    fig("bố trí 1.120 lô đất, mỗi", "1.120", 1120, "count", "lô đất", status="forecast",
        subject="lô đất bố trí tại các khu tái định cư"),
    fig("từ 200 đến 300 m2", "200", 200, "measure", "m2", value_max=300, status="forecast",
        subject="diện tích mỗi lô đất"),
    fig("khoảng 4.850 tỷ", "4.850", 4850e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng kinh phí bồi thường, hỗ trợ, tái định cư"),
    fig("hỗ trợ 3.900 tỷ", "3.900", 3900e9, "money", "đồng", total=4850e9, percent=80.4, status="estimate",
        subject="ngân sách trung ương hỗ trợ kinh phí bồi thường, hỗ trợ, tái định cư"),
    fig("kiểm đếm 214 hộ", "214", 214, "count", "hộ", percent=26.4,
        subject="hộ đã kiểm đếm", period=ASOF, location="Thuận Nam"),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="mặt bằng dự án Ninh Thuận 1 bàn giao", period=Q3),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Ninh Thuận): breadcrumb, 'Cập nhật: 14/01/2025 08:45 | Lượt xem: 3.276', related links, footer.",
    "Distractors: 'Ninh Thuận 1', 'Ninh Thuận 2' (project names), 'Chiều 13/01', 'trước ngày 31/3/2025', 'lần thứ 18', 'khóa XIV',",
    "'Quốc lộ 1A', phone 0259.3822.100, address 'Số 450 đường 21 Tháng 8', view counter 3.276.",
    "Parts after 'trong đó' take the whole (860/670 ha of 1.530 ha; 812 of 1.185 hộ; 3.900 of 4.850 tỷ, which also keeps the",
    "whole's 'ước' status). Project parts located in their districts (Thuận Nam, Ninh Hải); commune figures go to the district.",
    "'dự kiến' governs the clause chain 3 khu / 142 ha / 1.120 lô / 200-300 m2 → forecast. Headline 1.120 lô: 'dự kiến' → forecast.",
    "'phấn đấu ... ít nhất 70% ... trong quý III/2025' → target, at_least. Nothing in the first paragraphs states a period.",
]

if __name__ == "__main__":
    write("p1397-1", TEXT, NOTES, FIGS, published="2025-01-14", location="Ninh Thuận")
