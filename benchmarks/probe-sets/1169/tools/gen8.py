"""p1169-8: provincial newspaper online (Báo Nghệ An), households in the native-crop conservation project, quarter III."""
from lib import F, P, I, C, T, write

TEXT = """Nghệ An: Hơn 1.600 hộ tham gia bảo tồn giống cây trồng bản địa

Thứ Ba, 08/10/2024 09:12

(Baonghean.vn) - Sau 3 năm triển khai Dự án bảo tồn và phát triển nguồn gen cây trồng bản địa vùng miền Tây, đến nay đã có 1.635 hộ tham gia, vượt 9% mục tiêu đề ra. Trong đó, các huyện Kỳ Sơn, Quế Phong và Tương Dương lần lượt có 640, 528 và 467 hộ.

Quý III vừa qua, các hộ đã gieo trồng 215 ha lúa nương, ngô nếp và khoai sọ bản địa, tăng 35 ha so với cùng kỳ; trong đó lúa nếp Khẩu Mang chiếm khoảng 45%. Năng suất lúa nếp Khẩu Mang đạt 28-30 tạ/ha, giá gạo nếp bán tại ruộng khoảng 35.000 đồng/kg. Riêng huyện Kỳ Sơn gieo trồng 96 ha, chiếm 44,7% diện tích toàn vùng. Cả năm, sản lượng lúa, ngô bản địa toàn vùng ước đạt 520 tấn.

Tại bản Huồi Giảng 1, xã Tri Lễ, huyện Quế Phong, ngân hàng hạt giống cộng đồng do 24 phụ nữ dân tộc Thái quản lý đang lưu giữ 19 giống lúa, ngô, rau bản địa. Mỗi năm, ngân hàng cho các hộ mượn từ 800 đến 1.000 kg hạt giống; sau thu hoạch, hộ mượn trả lại gấp 1,2 lần lượng đã mượn.

Tỉnh hỗ trợ 10 triệu đồng/ha đối với diện tích lúa bản địa canh tác theo hướng hữu cơ, tối đa 2 ha/hộ. Năm 2025, dự án phấn đấu mở rộng vùng bảo tồn lên ít nhất 300 ha và xây dựng thêm 5 ngân hàng hạt giống cộng đồng.

HOÀI THU
"""

Q3 = P("Quý III", "2024-07-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HH = "hộ tham gia dự án bảo tồn và phát triển nguồn gen cây trồng bản địa"
QP = "Quế Phong"

FIGS = [
    F("Hơn 1.600 hộ", "1.600", 1600, "count", "hộ", approx="over",
      subject="hộ tham gia bảo tồn giống cây trồng bản địa"),
    F("có 1.635 hộ", "1.635", 1635, "count", "hộ", change=C("increase", 9, "%", "mục tiêu đề ra"), subject=HH),
    F("lần lượt có 640", "640", 640, "count", "hộ", total=1635, subject=HH, location="Kỳ Sơn"),
    F("640, 528", "528", 528, "count", "hộ", total=1635, subject=HH, location="Quế Phong"),
    F("và 467 hộ", "467", 467, "count", "hộ", total=1635, subject=HH, location="Tương Dương"),
    F("gieo trồng 215 ha", "215", 215, "measure", "ha", change=C("increase", 35, "ha", "cùng kỳ"),
      subject="diện tích lúa nương, ngô nếp và khoai sọ bản địa gieo trồng", period=Q3),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ lệ lúa nếp Khẩu Mang trong diện tích gieo trồng", period=Q3),
    F("28-30 tạ/ha", "28", 28, "measure", "tạ/ha", value_max=30,
      subject="năng suất lúa nếp Khẩu Mang", period=I(Q3)),
    F("khoảng 35.000", "35.000", 35000, "money", "đồng/kg", approx="about",
      subject="giá gạo nếp bán tại ruộng", period=I(Q3)),
    F("trồng 96 ha", "96", 96, "measure", "ha", percent=44.7,
      subject="diện tích lúa nương, ngô nếp và khoai sọ bản địa gieo trồng", period=I(Q3), location="Kỳ Sơn"),
    F("ước đạt 520 tấn", "520", 520, "measure", "tấn", status="estimate",
      subject="sản lượng lúa, ngô bản địa toàn vùng", period=P("Cả năm", "2024-01-01", "2024-12-31")),
    F("24 phụ nữ", "24", 24, "count", "phụ nữ",
      subject="phụ nữ dân tộc Thái quản lý ngân hàng hạt giống cộng đồng", location=QP),
    F("lưu giữ 19 giống", "19", 19, "count", "giống",
      subject="giống lúa, ngô, rau bản địa ngân hàng hạt giống cộng đồng lưu giữ", location=QP),
    F("từ 800 đến 1.000 kg", "800", 800, "measure", "kg", value_max=1000,
      subject="hạt giống ngân hàng cho các hộ mượn mỗi năm", location=QP),
    F("gấp 1,2 lần", "1,2", 1.2, "multiple", "lần",
      subject="lượng hạt giống hộ mượn trả lại so với lượng đã mượn", location=QP),
    F("hỗ trợ 10 triệu", "10", 10000000, "money", "đồng/ha",
      subject="mức hỗ trợ diện tích lúa bản địa canh tác theo hướng hữu cơ"),
    F("tối đa 2 ha/hộ", "2", 2, "measure", "ha/hộ", approx="at_most", subject="diện tích được hỗ trợ mỗi hộ"),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", approx="at_least", status="target",
      subject="diện tích vùng bảo tồn", period=Y25),
    F("thêm 5 ngân hàng", "5", 5, "count", "ngân hàng hạt giống cộng đồng", status="target",
      subject="ngân hàng hạt giống cộng đồng xây dựng thêm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Nghệ An): headline figure 'Hơn 1.600 hộ', 'Thứ Ba, 08/10/2024 09:12', tag '(Baonghean.vn) -', byline at the end.",
    "'vượt 9% mục tiêu đề ra' → change (increase 9%, baseline the target), per the spec's 'vượt 5% kế hoạch'.",
    "'Trong đó, các huyện … lần lượt có 640, 528 và 467 hộ' (sum 1.635) → total 1.635, location per district, subject = the whole's indicator.",
    "Year-less 'Quý III vừa qua' → 2024-07-01…2024-09-30 (year of the dateline). '; trong đó … chiếm khoảng 45%' has no part figure: a percent figure of its own.",
    "'Riêng huyện Kỳ Sơn gieo trồng 96 ha, chiếm 44,7%' → percent 44,7, location Kỳ Sơn; 'Cả năm … ước đạt 520 tấn' → 2024, estimate.",
    "'trả lại gấp 1,2 lần lượng đã mượn' stands as the claim of its clause: multiple. Support rules (10 triệu đồng/ha, tối đa 2 ha/hộ) are actual, no period.",
    "Distractors: 'Sau 3 năm triển khai' (a duration locating the result), 'bản Huồi Giảng 1', 09:12, byline.",
]

if __name__ == "__main__":
    write("p1169-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Nghệ An")
