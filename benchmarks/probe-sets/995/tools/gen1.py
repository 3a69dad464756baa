"""p995-1: Cổng TTĐT tỉnh Đồng Tháp (province portal) — làng hoa kiểng Sa Đéc, Tết Ất Tỵ 2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng hoa Sa Đéc xuống giống hơn 2,6 triệu chậu hoa kiểng phục vụ Tết
Cập nhật: 06/01/2025 09:45 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ hoa Tết Ất Tỵ năm nay, nông dân làng hoa kiểng Sa Đéc đã xuống giống hơn 2,6 triệu chậu hoa, kiểng các loại, tăng khoảng 8% so với vụ Tết năm trước. Trong đó, hoa cúc mâm xôi khoảng 650.000 chậu; hoa hồng, vạn thọ và cát tường lần lượt 320.000 chậu, 280.000 chậu và 150.000 chậu.

Toàn tỉnh hiện có khoảng 1.150 ha hoa kiểng, tập trung ở thành phố Sa Đéc (720 ha), huyện Châu Thành (260 ha) và huyện Lai Vung (170 ha). Riêng làng hoa Sa Đéc có hơn 3.400 hộ trồng với trên 2.000 giống hoa, kiểng.

Giá hoa kiểng tại Sa Đéc năm nay tương đối ổn định: cúc mâm xôi loại lớn từ 150.000 đến 180.000 đồng/cặp, hồng ghép gốc 250.000 đồng/chậu. Ông Nguyễn Văn Bảy, chủ vườn hoa ở phường Tân Quy Đông, cho biết gia đình trồng 6.000 chậu cúc trên diện tích 3 công đất, dự kiến lãi khoảng 120 triệu đồng sau Tết.

Năm 2024, doanh thu từ hoa kiểng của thành phố Sa Đéc đạt gần 1.200 tỷ đồng, chiếm 28,5% giá trị sản xuất nông nghiệp của thành phố. Mục tiêu đến năm 2030, diện tích hoa kiểng của Sa Đéc đạt 800 ha, doanh thu bình quân 500 triệu đồng/ha/năm.

Từ ngày 20 tháng Chạp, dọc Quốc lộ 80 qua Sa Đéc sẽ hình thành chợ hoa Tết. Lễ hội Hoa kiểng Sa Đéc lần thứ 2 dự kiến tổ chức vào cuối năm 2025 theo Kế hoạch số 215/KH-UBND ngày 12/8/2024 của UBND tỉnh.
"""

SD = "Sa Đéc"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("2,6 triệu chậu hoa kiểng phục vụ", "2,6", 2.6e6, "count", "chậu", "chậu hoa kiểng xuống giống phục vụ Tết",
      approx="over", location=SD),
    F("hơn 2,6 triệu chậu hoa, kiểng", "2,6", 2.6e6, "count", "chậu", "chậu hoa, kiểng xuống giống",
      approx="over", change=C("increase", 8, baseline="vụ Tết năm trước", approx="about"), location=SD),
    F("khoảng 650.000 chậu", "650.000", 650000, "count", "chậu", "hoa cúc mâm xôi xuống giống",
      approx="about", total=2.6e6, location=SD),
    F("lần lượt 320.000 chậu", "320.000", 320000, "count", "chậu", "hoa hồng xuống giống", total=2.6e6, location=SD),
    F("280.000 chậu và", "280.000", 280000, "count", "chậu", "vạn thọ xuống giống", total=2.6e6, location=SD),
    F("và 150.000 chậu", "150.000", 150000, "count", "chậu", "cát tường xuống giống", total=2.6e6, location=SD),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích hoa kiểng", approx="about"),
    F("(720 ha)", "720", 720, "measure", "ha", "diện tích hoa kiểng", total=1150, location=SD),
    F("(260 ha)", "260", 260, "measure", "ha", "diện tích hoa kiểng", total=1150, location="Châu Thành"),
    F("(170 ha)", "170", 170, "measure", "ha", "diện tích hoa kiểng", total=1150, location="Lai Vung"),
    F("hơn 3.400 hộ", "3.400", 3400, "count", "hộ", "hộ trồng hoa kiểng", approx="over", location=SD),
    F("trên 2.000 giống", "2.000", 2000, "count", "giống", "giống hoa, kiểng", approx="over", location=SD),
    F("từ 150.000 đến 180.000 đồng/cặp", "150.000", 150000, "money", "đồng/cặp", "giá cúc mâm xôi loại lớn",
      value_max=180000, location=SD),
    F("250.000 đồng/chậu", "250.000", 250000, "money", "đồng/chậu", "giá hồng ghép gốc", location=SD),
    F("trồng 6.000 chậu cúc", "6.000", 6000, "count", "chậu", "chậu cúc gia đình trồng", location=SD),
    F("3 công đất", "3", 3, "measure", "công", "diện tích trồng cúc", location=SD),
    F("khoảng 120 triệu đồng", "120", 120e6, "money", "đồng", "lãi sau Tết", approx="about", status="forecast",
      location=SD),
    F("gần 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "doanh thu từ hoa kiểng", Y24, approx="nearly",
      percent=28.5, location=SD),
    F("đạt 800 ha", "800", 800, "measure", "ha", "diện tích hoa kiểng", T30, status="target", location=SD),
    F("500 triệu đồng/ha/năm", "500", 500e6, "money", "đồng/ha/năm", "doanh thu bình quân hoa kiểng", T30,
      status="target", location=SD),
]

COMMENTS = [
    "p995-1 — Cổng TTĐT tỉnh Đồng Tháp (breadcrumb, 'Cập nhật: 06/01/2025 09:45 | Lượt xem: 2.317'): làng hoa kiểng Sa Đéc, Tết Ất Tỵ.",
    "Figures of the làng hoa / thành phố Sa Đéc take location Sa Đéc (a city); 'Toàn tỉnh' figures keep Đồng Tháp.",
    "'Trong đó' parts (650.000 and the 'lần lượt' list) take the whole 2,6 triệu as total; district list adds up to 1.150 → total.",
    "'vụ hoa Tết Ất Tỵ năm nay' is not a calendar period: no period. 'chiếm 28,5%' after the money → its percent.",
    "Distractors: Lượt xem 2.317, 09:45, '20 tháng Chạp', Quốc lộ 80, 'lần thứ 2', Kế hoạch số 215/KH-UBND ngày 12/8/2024, Nguyễn Văn Bảy.",
]

write("p995-1", TEXT, FIGS, COMMENTS, published="2025-01-06", location="Đồng Tháp")
