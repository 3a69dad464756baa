"""p1073-2: district portal (huyện Thạch Hà, Hà Tĩnh), peanut and sesame on converted rice land, spring 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ
Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn mới
Ngày đăng: 03/07/2023 | Người đăng: Ban biên tập

Thạch Hà: Hiệu quả từ chuyển đổi đất lúa kém hiệu quả sang trồng lạc, vừng

Vụ xuân năm 2023, huyện Thạch Hà đã chuyển đổi 385 ha đất trồng lúa kém hiệu quả sang cây hằng năm, trong đó lạc 240 ha, vừng 65 ha, còn lại là ngô và rau màu. Diện tích chuyển đổi tập trung ở các xã Thạch Kênh (72 ha), Thạch Liên (58 ha), Việt Tiến (46 ha) và Thạch Ngọc (35 ha).

Năng suất lạc bình quân đạt 27,6 tạ/ha, vừng đạt 9,5 tạ/ha. Với giá lạc vỏ 27.000 đồng/kg và vừng 45.000 đồng/kg, sau khi trừ chi phí, mỗi ha lạc cho lãi khoảng 38 triệu đồng, vừng khoảng 30 triệu đồng, trong khi trồng lúa chỉ lãi 12-15 triệu đồng/ha.

Tại xã Thạch Kênh, Hợp tác xã Dịch vụ nông nghiệp Thạch Kênh liên kết với Công ty CP Nông sản Hà Tĩnh 2 bao tiêu 60 ha lạc với giá sàn 25.000 đồng/kg. Có 146 hộ tham gia, được hỗ trợ 50% giá giống và 100% phân bón lót. Cánh đồng lạc ven Quốc lộ 1A của xã cho năng suất trên 30 tạ/ha.

Năm 2024, huyện đặt mục tiêu chuyển đổi thêm 150 ha đất lúa sang trồng lạc, vừng theo Nghị định số 94/2019/NĐ-CP, nâng tổng diện tích lạc thâm canh lên 1.200 ha.

Phòng Nông nghiệp và PTNT huyện Thạch Hà
Địa chỉ: Khối 7, thị trấn Thạch Hà | ĐT: 0239.3845.166
"""

SEASON = P("Vụ xuân năm 2023", "2023-01-01", "2023-12-31")
Y2024 = P("Năm 2024", "2024-01-01", "2024-12-31")
S_ = I(SEASON)

FIGS = [
    F("chuyển đổi 385 ha", "385", 385, "measure", "ha",
      "diện tích đất trồng lúa kém hiệu quả chuyển đổi sang cây hằng năm", SEASON),
    F("lạc 240 ha", "240", 240, "measure", "ha", "diện tích chuyển đổi sang trồng lạc", SEASON, total=385),
    F("vừng 65 ha", "65", 65, "measure", "ha", "diện tích chuyển đổi sang trồng vừng", SEASON, total=385),
    F("Thạch Kênh (72 ha)", "72", 72, "measure", "ha", "diện tích chuyển đổi xã Thạch Kênh", S_),
    F("Thạch Liên (58 ha)", "58", 58, "measure", "ha", "diện tích chuyển đổi xã Thạch Liên", S_),
    F("Việt Tiến (46 ha)", "46", 46, "measure", "ha", "diện tích chuyển đổi xã Việt Tiến", S_),
    F("Thạch Ngọc (35 ha)", "35", 35, "measure", "ha", "diện tích chuyển đổi xã Thạch Ngọc", S_),
    F("đạt 27,6 tạ/ha", "27,6", 27.6, "measure", "tạ/ha", "năng suất lạc bình quân", S_),
    F("đạt 9,5 tạ/ha", "9,5", 9.5, "measure", "tạ/ha", "năng suất vừng bình quân", S_),
    F("lạc vỏ 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá lạc vỏ", S_),
    F("vừng 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá vừng", S_),
    F("lãi khoảng 38 triệu đồng", "38", 38000000, "money", "đồng/ha", "lãi mỗi ha lạc", S_, approx="about"),
    F("vừng khoảng 30 triệu đồng", "30", 30000000, "money", "đồng/ha", "lãi mỗi ha vừng", S_, approx="about"),
    F("lãi 12-15 triệu đồng/ha", "12", 12000000, "money", "đồng/ha", "lãi trồng lúa", S_, value_max=15000000),
    F("bao tiêu 60 ha lạc", "60", 60, "measure", "ha", "diện tích lạc được bao tiêu ở xã Thạch Kênh"),
    F("giá sàn 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá sàn bao tiêu lạc"),
    F("Có 146 hộ", "146", 146, "count", "hộ", "hộ tham gia liên kết bao tiêu lạc"),
    F("hỗ trợ 50% giá giống", "50", 50, "percent", "%", "mức hỗ trợ giá giống"),
    F("100% phân bón lót", "100", 100, "percent", "%", "mức hỗ trợ phân bón lót"),
    F("trên 30 tạ/ha", "30", 30, "measure", "tạ/ha", "năng suất cánh đồng lạc ven Quốc lộ 1A", approx="over"),
    F("thêm 150 ha", "150", 150, "measure", "ha", "diện tích đất lúa chuyển đổi thêm sang trồng lạc, vừng", Y2024,
      status="target"),
    F("lên 1.200 ha", "1.200", 1200, "measure", "ha", "tổng diện tích lạc thâm canh", Y2024, status="target"),
]

NOTES = [
    "District portal (huyện Thạch Hà, Hà Tĩnh): converted rice land to peanut and sesame, spring 2023. Dateline 'Ngày đăng: 03/07/2023'.",
    "Not figures: Công ty CP Nông sản Hà Tĩnh 2, Quốc lộ 1A, Nghị định số 94/2019/NĐ-CP, Khối 7, phone 0239.3845.166.",
    "Communes (xã) are below the levels FIGURES.md names for location (province, city, district): their figures keep the district",
    "Thạch Hà, and the commune name stays in the subject. The commune list (211 ha) does not add up to 385 ha: no total.",
    "'mỗi ha lạc cho lãi khoảng 38 triệu đồng' is per hectare: unit đồng/ha.",
]

write("p1073-2", TEXT, NOTES, FIGS, published="2023-07-03", location="Thạch Hà")
