"""p1022-4: Bộ Xây dựng (ministry site) — national urban drainage and wastewater treatment (2025)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hạ tầng kỹ thuật

Nâng cao năng lực thoát nước và xử lý nước thải đô thị

Ngày đăng: 26/02/2025 | Lượt xem: 1.274

Theo Cục Hạ tầng kỹ thuật, tính đến hết năm 2024, cả nước có 902 đô thị, trong đó 22 đô thị loại I trở lên; 93 nhà máy xử lý nước thải đô thị tập trung đã đi vào vận hành với tổng công suất thiết kế gần 2,1 triệu m3/ngày đêm. Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt khoảng 18%, tăng 2 điểm phần trăm so với năm 2022. Các địa phương có tỷ lệ nước thải được xử lý cao nhất là Đà Nẵng, Bắc Ninh và Quảng Ninh, lần lượt đạt 65%, 41% và 38%.

Mạng lưới thoát nước tại các đô thị chủ yếu là hệ thống cống chung, chiếm khoảng 80% tổng chiều dài. Tình trạng ngập úng vẫn diễn ra tại nhiều đô thị lớn; năm 2024, Hà Nội ghi nhận 22 điểm ngập khi mưa lớn, TP. Hồ Chí Minh 16 điểm và Cần Thơ 9 điểm.

Giai đoạn 2021-2024, tổng vốn đầu tư cho các dự án thoát nước và xử lý nước thải đô thị đạt hơn 58.000 tỷ đồng, trong đó vốn ODA chiếm 61%, ngân sách địa phương 27%, còn lại là vốn xã hội hóa.

Theo Quyết định số 1712/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025, tỷ lệ nước thải đô thị được thu gom, xử lý đạt trên 20% đối với đô thị loại IV trở lên; đến năm 2030 đạt 50%. Nhu cầu vốn giai đoạn 2026-2030 dự kiến khoảng 250.000 tỷ đồng, gấp hơn 4 lần giai đoạn trước.

Cục Hạ tầng kỹ thuật đề nghị các địa phương ưu tiên bố trí vốn, đẩy mạnh xã hội hóa và điều chỉnh giá dịch vụ thoát nước theo Nghị định số 80/2014/NĐ-CP.

Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3821.5137
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G2124 = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G2630 = P("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")

FIGS = [
    F("có 902 đô thị", "902", 902, "count", "đô thị", subject="đô thị", period=ASOF),
    F("trong đó 22 đô thị", "22", 22, "count", "đô thị", total=902, subject="đô thị loại I trở lên", period=ASOF),
    F("93 nhà máy", "93", 93, "count", "nhà máy",
      subject="nhà máy xử lý nước thải đô thị tập trung đi vào vận hành", period=ASOF),
    F("gần 2,1 triệu m3/ngày đêm", "2,1", 2_100_000, "measure", "m3/ngày đêm", approx="nearly",
      subject="tổng công suất thiết kế nhà máy xử lý nước thải đô thị tập trung", period=ASOF),
    F("đạt khoảng 18%", "18", 18, "percent", "%", approx="about",
      change=C("increase", 2, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý", period=I(ASOF)),
    F("đạt 65%", "65", 65, "percent", "%", subject="tỷ lệ nước thải được xử lý",
      period=I(ASOF), location="Đà Nẵng"),
    F("41% và", "41", 41, "percent", "%", subject="tỷ lệ nước thải được xử lý",
      period=I(ASOF), location="Bắc Ninh"),
    F("và 38%", "38", 38, "percent", "%", subject="tỷ lệ nước thải được xử lý",
      period=I(ASOF), location="Quảng Ninh"),
    F("khoảng 80%", "80", 80, "percent", "%", approx="about",
      subject="hệ thống cống chung trong tổng chiều dài mạng lưới thoát nước"),
    F("ghi nhận 22 điểm ngập", "22", 22, "count", "điểm ngập", subject="điểm ngập khi mưa lớn",
      period=Y24, location="Hà Nội"),
    F("Minh 16 điểm", "16", 16, "count", "điểm", subject="điểm ngập khi mưa lớn",
      period=Y24, location="TP. Hồ Chí Minh"),
    F("Cần Thơ 9 điểm", "9", 9, "count", "điểm", subject="điểm ngập khi mưa lớn",
      period=Y24, location="Cần Thơ"),
    F("hơn 58.000 tỷ đồng", "58.000", 58_000_000_000_000, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư cho các dự án thoát nước và xử lý nước thải đô thị", period=G2124),
    F("chiếm 61%", "61", 61, "percent", "%", subject="vốn ODA trong tổng vốn đầu tư", period=G2124),
    F("địa phương 27%", "27", 27, "percent", "%", subject="ngân sách địa phương trong tổng vốn đầu tư",
      period=G2124),
    F("trên 20%", "20", 20, "percent", "%", approx="over", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=T25),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=T30),
    F("khoảng 250.000 tỷ đồng", "250.000", 250_000_000_000_000, "money", "đồng", approx="about",
      status="forecast", change=C("increase", 4, "lần", "giai đoạn trước", approx="over"),
      subject="nhu cầu vốn", period=G2630),
]

COMMENTS = [
    "Ministry of Construction site (invented): national urban count, wastewater plants and capacity, treatment rate, flood spots in big cities,",
    "investment 2021-2024 and its shares, 2025/2030 targets, forecast capital need. National figures: location Việt Nam; listed cities localise their items.",
    "Not figures: 'Ngày đăng: 26/02/2025', 'Lượt xem: 1.274', 'loại I', 'loại IV', 'Quyết định số 1712/QĐ-TTg', 'Nghị định số 80/2014/NĐ-CP', address, phone.",
    "22 đô thị loại I trở lên is a part of 902 đô thị ('trong đó'); the 93 plants after ';' count another thing (no total).",
    "'tăng 2 điểm phần trăm so với năm 2022' is the change of the 18% rate; 'gấp hơn 4 lần giai đoạn trước' the change of 250.000 tỷ.",
    "'đến năm 2025/2030' targets: start null, end 31/12 (FIGURES.md table).",
]

if __name__ == "__main__":
    write("p1022-4", TEXT, FIGS, COMMENTS, published="2025-02-26", location="Việt Nam")
