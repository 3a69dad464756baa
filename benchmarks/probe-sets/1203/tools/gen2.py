"""p1203-2: district portal (huyện Đức Hòa, Long An), Đông Xuân 2024-2025 gourds and bitter melon, a household farm."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Kinh tế | Nông nghiệp

Nông dân Đức Hòa trúng mùa bầu, bí, khổ qua
Ngày đăng: 13/03/2025 | Tác giả: Minh Tâm

Tính đến ngày 10/3/2025, nông dân trong huyện đã xuống giống 2.684 ha rau các loại vụ Đông Xuân 2024-2025, đạt 95,9% kế hoạch vụ. Trong đó, diện tích bầu, bí, khổ qua và dưa leo là 1.126 ha, tăng 84 ha so với vụ Đông Xuân năm trước, tập trung nhiều ở các xã Hòa Khánh Tây (312 ha), Hòa Khánh Đông (245 ha) và Đức Hòa Hạ (188 ha).

Nhờ thời tiết thuận lợi, năng suất bí xanh đạt 32-35 tấn/ha, khổ qua khoảng 25 tấn/ha. Giá bán tại ruộng hiện ở mức 8.000-10.000 đồng/kg đối với bí xanh và 14.000 đồng/kg đối với khổ qua, cao hơn khoảng 20% so với cùng kỳ.

Gia đình ông Lê Văn Tư ở ấp 5, xã Hòa Khánh Tây có hai ha khổ qua và một ha bí xanh trồng theo hướng VietGAP, ngay cạnh Tỉnh lộ 824. Vụ này ông thu hoạch gần 70 tấn quả, sau khi trừ chi phí còn lãi trên 300 triệu đồng. Vườn nhà ông sử dụng 6 lao động thường xuyên với tiền công 250.000 đồng/người/ngày.

Hiện huyện có 14 tổ hợp tác và 3 hợp tác xã sản xuất rau ăn quả với 420 thành viên (trong đó 96 thành viên đạt chứng nhận VietGAP). Năm 2025, huyện phấn đấu nâng diện tích rau ứng dụng công nghệ cao lên 350 ha, chiếm 12% diện tích gieo trồng rau; dự kiến hỗ trợ 1,5 tỷ đồng cho các tổ hợp tác xây dựng nhà màng.

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa - ĐT: 0272.3850.216
"""

ASOF = P("Tính đến ngày 10/3/2025", None, "2025-03-10")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BB = "diện tích bầu, bí, khổ qua và dưa leo"
TU = "gia đình ông Lê Văn Tư"

FIGS = [
    F("xuống giống 2.684 ha", "2.684", 2684, "measure", "ha", percent=95.9,
      subject="diện tích rau các loại xuống giống vụ Đông Xuân 2024-2025", period=ASOF),
    F("là 1.126 ha", "1.126", 1126, "measure", "ha", total=2684,
      change=C("increase", 84, "ha", "vụ Đông Xuân năm trước"), subject=BB, period=I(ASOF)),
    F("(312 ha)", "312", 312, "measure", "ha", subject=BB + " xã Hòa Khánh Tây", period=I(ASOF)),
    F("(245 ha)", "245", 245, "measure", "ha", subject=BB + " xã Hòa Khánh Đông", period=I(ASOF)),
    F("(188 ha)", "188", 188, "measure", "ha", subject=BB + " xã Đức Hòa Hạ", period=I(ASOF)),
    F("đạt 32-35 tấn/ha", "32", 32, "measure", "tấn/ha", value_max=35, subject="năng suất bí xanh"),
    F("khoảng 25 tấn/ha", "25", 25, "measure", "tấn/ha", approx="about", subject="năng suất khổ qua"),
    F("mức 8.000-10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", value_max=10000,
      subject="giá bán bí xanh tại ruộng"),
    F("và 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg",
      change=C("increase", 20, "%", "cùng kỳ", approx="about"), subject="giá bán khổ qua tại ruộng"),
    F("có hai ha", "hai", 2, "measure", "ha", subject=f"diện tích khổ qua của {TU}"),
    F("và một ha", "một", 1, "measure", "ha", subject=f"diện tích bí xanh của {TU}"),
    F("gần 70 tấn", "70", 70, "measure", "tấn", approx="nearly",
      subject="sản lượng quả ông Lê Văn Tư thu hoạch vụ này"),
    F("trên 300 triệu", "300", 300000000, "money", "đồng", approx="over",
      subject="lãi sau khi trừ chi phí của ông Lê Văn Tư"),
    F("6 lao động", "6", 6, "count", "lao động", subject="lao động thường xuyên của vườn nhà ông Lê Văn Tư"),
    F("250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động"),
    F("có 14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", subject="tổ hợp tác sản xuất rau ăn quả"),
    F("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã sản xuất rau ăn quả"),
    F("với 420 thành viên", "420", 420, "count", "thành viên",
      subject="thành viên tổ hợp tác, hợp tác xã sản xuất rau ăn quả"),
    F("96 thành viên", "96", 96, "count", "thành viên", total=420,
      subject="thành viên đạt chứng nhận VietGAP"),
    F("lên 350 ha", "350", 350, "measure", "ha", percent=12, status="target",
      subject="diện tích rau ứng dụng công nghệ cao", period=Y25),
    F("1,5 tỷ", "1,5", 1500000000, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ các tổ hợp tác xây dựng nhà màng", period=Y25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): 'Ngày đăng: 13/03/2025' (published). Default location Đức Hòa:",
    "communes (Hòa Khánh Tây …) are below district level, so their figures keep Đức Hòa and the commune goes into the subject.",
    "Commune list after 'tập trung nhiều ở' does not add up to 1.126 ha: no total. '96 thành viên' in the bracket after 'trong đó'",
    "follows 420 thành viên: total 420. 'chiếm 12%' is the share of 350 ha (attribute). Number words 'hai ha', 'một ha'.",
    "'cao hơn khoảng 20% so với cùng kỳ' is the change of the khổ qua price (the figure before it).",
    "Distractors: 'ấp 5', 'Tỉnh lộ 824', 'Khu phố 3', phone, 'vụ Đông Xuân 2024-2025' (a season name).",
]

if __name__ == "__main__":
    write("p1203-2", TEXT, NOTES, FIGS, published="2025-03-13", location="Đức Hòa")
