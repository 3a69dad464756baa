"""p802-2: huyện Thanh Bình (Đồng Tháp) district portal, sesame on rice land, Xuân Hè 2024."""
from lib import F, write, year, inherit, change, period

TEXT = """UBND HUYỆN THANH BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Kinh tế / Nông nghiệp
Thứ Năm, 25/04/2024 - 10:20

Thanh Bình: Mè trên đất lúa cho lợi nhuận gấp 2 lần

Vụ Xuân Hè năm 2024, nông dân huyện Thanh Bình xuống giống 1.460 ha mè trên đất lúa, tăng 210 ha so với cùng kỳ năm trước, đạt 116,8% kế hoạch. Trong đó, xã Tân Huề 420 ha, xã Tân Bình 365 ha, xã Bình Thành 290 ha, còn lại là các xã khác.

Theo ông Nguyễn Văn Tư, Trưởng phòng Nông nghiệp và PTNT huyện, năng suất mè bình quân ước đạt 1,45 tấn/ha; với giá bán 36.000-40.000 đồng/kg, mỗi hécta nông dân lãi từ 30 đến 35 triệu đồng, gấp 2 lần trồng lúa vụ 3. Trồng mè chỉ cần tưới 3-4 lần mỗi vụ, giúp tiết kiệm khoảng 60% lượng nước so với lúa, đồng thời cắt đứt nguồn sâu bệnh hại lúa.

Để hỗ trợ chuyển đổi, huyện cấp 50% giá giống mè đen cho 312 hộ tham gia mô hình, kinh phí khoảng 420 triệu đồng. Từ đầu năm đến nay, Hợp tác xã Nông nghiệp Tân Mỹ đã liên kết bao tiêu hơn 180 tấn mè hạt cho thành viên.

Mục tiêu đến năm 2025, huyện mở rộng diện tích mè luân canh trên đất lúa lên 2.000 ha, trong đó có ít nhất 500 ha đạt chứng nhận VietGAP.

Tin, ảnh: Minh Tâm - Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Thanh Bình
Địa chỉ: Quốc lộ 30, khóm Phú Hòa, thị trấn Thanh Bình. Điện thoại: 0277.3834.125
"""

Y = year("Vụ Xuân Hè năm 2024", 2024)
YI = inherit(Y)
P25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lợi nhuận gấp 2 lần", "2", 2, "multiple", "lần", "lợi nhuận trồng mè trên đất lúa so với trồng lúa"),
    F("xuống giống 1.460 ha", "1.460", 1460, "measure", "ha", "diện tích mè xuống giống trên đất lúa", Y,
      percent=116.8, change=change("increase", 210, "ha", "cùng kỳ năm trước")),
    F("Tân Huề 420 ha", "420", 420, "measure", "ha", "diện tích mè xuống giống trên đất lúa", YI, total=1460),
    F("Tân Bình 365 ha", "365", 365, "measure", "ha", "diện tích mè xuống giống trên đất lúa", YI, total=1460),
    F("Bình Thành 290 ha", "290", 290, "measure", "ha", "diện tích mè xuống giống trên đất lúa", YI, total=1460),
    F("ước đạt 1,45 tấn/ha", "1,45", 1.45, "measure", "tấn/ha", "năng suất mè bình quân", YI, status="estimate"),
    F("36.000-40.000 đồng/kg", "36.000", 36000, "money", "đồng/kg", "giá bán mè", value_max=40000),
    F("lãi từ 30 đến 35 triệu đồng", "30", 30e6, "money", "đồng/ha", "lãi trồng mè mỗi hécta", YI,
      value_max=35e6, change=change("increase", 2, "lần", "trồng lúa vụ 3")),
    F("tưới 3-4 lần", "3", 3, "count", "lần/vụ", "số lần tưới mè mỗi vụ", value_max=4),
    F("khoảng 60% lượng nước", "60", 60, "percent", "%", "lượng nước tưới tiết kiệm khi trồng mè so với lúa",
      approx="about"),
    F("cấp 50% giá giống", "50", 50, "percent", "%", "giá giống mè đen được huyện hỗ trợ", YI),
    F("cho 312 hộ", "312", 312, "count", "hộ", "hộ tham gia mô hình được hỗ trợ giống mè", YI),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí hỗ trợ giống mè", YI, approx="about"),
    F("hơn 180 tấn mè", "180", 180, "measure", "tấn", "mè hạt liên kết bao tiêu",
      period("Từ đầu năm đến nay", "2024-01-01", "2024-04-25"), approx="over"),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích mè luân canh trên đất lúa", P25, status="target"),
    F("ít nhất 500 ha", "500", 500, "measure", "ha", "diện tích mè đạt chứng nhận VietGAP", P25,
      approx="at_least", total=2000, status="target"),
]

COMMENTS = [
    "Thanh Bình district portal (Đồng Tháp, which the text never names): sesame (mè) on rice land, Xuân Hè 2024.",
    "Distractors: 'Thứ Năm, 25/04/2024 - 10:20', 'lúa vụ 3' (a crop name), 'Quốc lộ 30', 'khóm Phú Hòa', phone 0277.3834.125.",
    "Communes (Tân Huề, Tân Bình, Bình Thành) lie in the district: location stays Thanh Bình, and (revised) the commune is a place,",
    "so it is not part of the subject either (list items share the indicator). The three parts follow 'Trong đó' after",
    "1.460 ha (total). Headline 'gấp 2 lần' stands alone: multiple. Body 'gấp 2 lần trồng lúa vụ 3' follows the profit range: its change.",
    "'mỗi hécta ... lãi từ 30 đến 35 triệu đồng' is per hectare: unit đồng/ha. 'tưới 3-4 lần mỗi vụ' is a count of irrigations.",
]

write(2, TEXT, FIGS, COMMENTS, published="2024-04-25", location="Thanh Bình")
