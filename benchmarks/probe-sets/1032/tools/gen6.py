"""p1032-6: national newspaper, a sea grape farm in Cam Ranh (Khánh Hòa), export, provincial area and targets."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Nông nghiệp
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Trang trại rong nho thu 14 tỷ đồng mỗi năm

Trang trại rong nho rộng 5 ha của anh Nguyễn Văn Tư ở phường Cam Phúc Nam, TP Cam Ranh, Khánh Hòa, mỗi ngày thu hoạch 600-800 kg rong tươi.

Anh Tư cho biết, rong nho sau khi thu hoạch được rửa sạch, tách nước và đóng hộp, bán trong nước với giá 200.000 đồng/kg; lô hàng xuất sang Nhật Bản có giá khoảng 12 USD/kg. Năm 2024, trang trại xuất khẩu 45 tấn rong nho thành phẩm, doanh thu khoảng 14 tỷ đồng, lợi nhuận hơn 3 tỷ đồng. Từ đầu năm đến nay, trang trại đã xuất 12 tấn sang Nhật Bản và Hàn Quốc. Trang trại tạo việc làm cho 35 lao động địa phương với mức lương 8-10 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn Khánh Hòa, toàn tỉnh có khoảng 190 ha nuôi rong nho, tập trung ở Cam Ranh, Vạn Ninh và Ninh Hòa. Sản lượng năm 2024 đạt gần 3.800 tấn, gấp 1,6 lần năm 2020. Riêng Cam Ranh chiếm hơn 70% diện tích với khoảng 320 hộ nuôi.

Ông Trần Minh Sáu, Chi cục trưởng Chi cục Thủy sản Khánh Hòa, cho biết rong nho Khánh Hòa hiện có mặt tại hơn 20 tỉnh, thành và được xuất khẩu sang 5 thị trường gồm Nhật Bản, Hàn Quốc, Singapore, Australia và Mỹ. Tỉnh đặt mục tiêu đến năm 2030 nâng diện tích nuôi rong nho lên 400 ha, giá trị xuất khẩu đạt 20 triệu USD/năm.

Tuy vậy, theo ông Sáu, nghề nuôi rong nho vẫn đối mặt nhiều rủi ro: mưa lớn kéo dài làm độ mặn giảm khiến rong bị "tan", nhiều hộ mất trắng. Tỉnh đang khuyến khích người dân liên kết với doanh nghiệp, áp dụng quy trình VietGAP để ổn định đầu ra.

Xuân Ngọc
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CR = "Cam Ranh"

FIGS = [
    F("thu 14 tỷ đồng mỗi năm", "14", 14e9, "money", "đồng/năm", "doanh thu trang trại rong nho", location=CR),
    F("rộng 5 ha", "5", 5, "measure", "ha", "diện tích trang trại rong nho", location=CR),
    F("thu hoạch 600-800 kg", "600", 600, "measure", "kg/ngày", "rong tươi thu hoạch mỗi ngày", value_max=800,
      location=CR),
    F("giá 200.000 đồng/kg", "200.000", 200000, "money", "đồng/kg", "giá bán rong nho trong nước", location=CR),
    F("khoảng 12 USD/kg", "12", 12, "money", "USD/kg", "giá rong nho xuất sang Nhật Bản", approx="about",
      location=CR),
    F("xuất khẩu 45 tấn", "45", 45, "measure", "tấn", "rong nho thành phẩm xuất khẩu", Y24, location=CR),
    F("khoảng 14 tỷ đồng", "14", 14e9, "money", "đồng", "doanh thu trang trại", Y24, approx="about", location=CR),
    F("hơn 3 tỷ đồng", "3", 3e9, "money", "đồng", "lợi nhuận trang trại", Y24, approx="over", location=CR),
    F("xuất 12 tấn", "12", 12, "measure", "tấn", "rong nho xuất sang Nhật Bản và Hàn Quốc",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-16"), location=CR),
    F("cho 35 lao động", "35", 35, "count", "lao động", "lao động địa phương có việc làm tại trang trại", location=CR),
    F("lương 8-10 triệu đồng/người/tháng", "8", 8e6, "money", "đồng/người/tháng", "mức lương lao động",
      value_max=10e6, location=CR),
    F("khoảng 190 ha", "190", 190, "measure", "ha", "diện tích nuôi rong nho", approx="about"),
    F("gần 3.800 tấn", "3.800", 3800, "measure", "tấn", "sản lượng rong nho",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="nearly",
      change=C("increase", 1.6, "lần", baseline="năm 2020")),
    F("hơn 70% diện tích", "70", 70, "percent", "%", "tỷ trọng diện tích nuôi rong nho", approx="over",
      location=CR),
    F("khoảng 320 hộ", "320", 320, "count", "hộ", "hộ nuôi rong nho", approx="about", location=CR),
    F("hơn 20 tỉnh, thành", "20", 20, "count", "tỉnh, thành", "tỉnh, thành có rong nho Khánh Hòa", approx="over",
      location="Việt Nam"),
    F("sang 5 thị trường", "5", 5, "count", "thị trường", "thị trường xuất khẩu rong nho"),
    F("lên 400 ha", "400", 400, "measure", "ha", "diện tích nuôi rong nho", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
    F("đạt 20 triệu USD/năm", "20", 20e6, "money", "USD/năm", "giá trị xuất khẩu rong nho",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "National newspaper (VnExpress style dateline 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)'): a sea grape farm in Cam Ranh + Khánh Hòa figures.",
    "Farm figures → Cam Ranh; province figures → Khánh Hòa; trade partners (Nhật Bản, Hàn Quốc) are not places of a figure.",
    "'gấp 1,6 lần năm 2020' follows the output figure: its change (increase, 1,6 lần), not a multiple of its own.",
    "'Từ đầu năm đến nay' = 2025-01-01 … published. Headline 'thu 14 tỷ đồng mỗi năm' is a figure (no period); 'mỗi ngày … kg' → kg/ngày.",
    "A count of provinces ('hơn 20 tỉnh, thành') is national (Việt Nam) per FIGURES.md; Cam Ranh in '70%' is the location, not the subject.",
    "revised after the first run: 70% subject lost 'của Cam Ranh' (a place goes to location); 20 tỉnh, thành location Khánh Hòa → Việt Nam.",
    "Distractors: weekday/time dateline, names 'Nguyễn Văn Tư'/'Anh Tư', 'Trần Minh Sáu'/'ông Sáu', 'phường Cam Phúc Nam'.",
]

build("p1032-6", TEXT, FIGS, COMMENTS, published="2025-03-16", location="Khánh Hòa")
