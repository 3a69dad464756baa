"""p569-1: Đà Nẵng province portal — urban wastewater treatment, 6 months of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Đà Nẵng xử lý hơn 21,6 triệu m³ nước thải đô thị trong 6 tháng đầu năm
Cập nhật: 15/07/2024 10:20 | Lượt xem: 3.482

Theo Sở Xây dựng thành phố Đà Nẵng, 6 tháng đầu năm 2024, các nhà máy xử lý nước thải (XLNT) trên địa bàn đã tiếp nhận và xử lý hơn 21,6 triệu m³ nước thải, tăng 6,8% so với cùng kỳ năm 2023. Tổng công suất thiết kế của các nhà máy đạt 178.600 m³/ngày đêm, gồm các nhà máy tại quận Hải Châu (80.000 m³/ngày đêm), Sơn Trà (20.000 m³/ngày đêm), Ngũ Hành Sơn (12.600 m³/ngày đêm), Cẩm Lệ (26.000 m³/ngày đêm) và Liên Chiểu (40.000 m³/ngày đêm). Lưu lượng vận hành bình quân khoảng 119.000 m³/ngày đêm, bằng 66,6% công suất thiết kế.

Tính đến ngày 30/6/2024, toàn thành phố có khoảng 1.250 km đường ống thoát nước, trong đó có 486,5 km cống thu gom nước thải riêng. Số hộ dân đã đấu nối vào hệ thống đạt 198.420 hộ, chiếm 72,4% số hộ trong khu vực có mạng lưới; riêng 6 tháng đầu năm đã đấu nối mới 3.150 hộ, đạt 63% kế hoạch năm. Tỷ lệ nước thải đô thị được thu gom, xử lý đạt 68,5%, tăng 2,1 điểm phần trăm so với cuối năm 2023.

Năm 2024, thành phố bố trí 286 tỷ đồng cho công tác vận hành, duy tu hệ thống thoát nước, tăng 12% so với năm 2023. Dự án nâng cấp Nhà máy XLNT Hòa Xuân giai đoạn 2 theo Quyết định số 1254/QĐ-UBND dự kiến hoàn thành trong quý IV/2024, nâng công suất thêm 20.000 m³/ngày đêm.

Thành phố phấn đấu đến năm 2025 tỷ lệ nước thải đô thị được thu gom, xử lý đạt 75% và đến năm 2030 đạt trên 90%. Người dân phát hiện sự cố tràn cống trên đường 2 Tháng 9 và các tuyến khác có thể phản ánh qua đường dây nóng 0236.3821.456.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
CAP = "m³/ngày đêm"
FIGS = [
    F("xử lý hơn 21,6 triệu m³ nước thải đô thị", "21,6", 21600000, "measure", "m³", approx="over",
      subject="nước thải đô thị được xử lý",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("xử lý hơn 21,6 triệu m³ nước thải,", "21,6", 21600000, "measure", "m³", approx="over",
      change=CH("increase", 6.8, "%", "cùng kỳ năm 2023"),
      subject="nước thải được các nhà máy xử lý nước thải tiếp nhận và xử lý", period=H1),
    F("đạt 178.600 m³", "178.600", 178600, "measure", CAP,
      subject="tổng công suất thiết kế của các nhà máy xử lý nước thải"),
    F("Hải Châu (80.000", "80.000", 80000, "measure", CAP, total=178600,
      subject="công suất thiết kế các nhà máy xử lý nước thải", location="Hải Châu"),
    F("Sơn Trà (20.000", "20.000", 20000, "measure", CAP, total=178600,
      subject="công suất thiết kế các nhà máy xử lý nước thải", location="Sơn Trà"),
    F("Ngũ Hành Sơn (12.600", "12.600", 12600, "measure", CAP, total=178600,
      subject="công suất thiết kế các nhà máy xử lý nước thải", location="Ngũ Hành Sơn"),
    F("Cẩm Lệ (26.000", "26.000", 26000, "measure", CAP, total=178600,
      subject="công suất thiết kế các nhà máy xử lý nước thải", location="Cẩm Lệ"),
    F("Liên Chiểu (40.000", "40.000", 40000, "measure", CAP, total=178600,
      subject="công suất thiết kế các nhà máy xử lý nước thải", location="Liên Chiểu"),
    F("khoảng 119.000 m³", "119.000", 119000, "measure", CAP, approx="about", percent=66.6,
      subject="lưu lượng vận hành bình quân"),
    F("khoảng 1.250 km", "1.250", 1250, "measure", "km", approx="about",
      subject="đường ống thoát nước", period=ASOF),
    F("có 486,5 km", "486,5", 486.5, "measure", "km", total=1250,
      subject="cống thu gom nước thải riêng", period=ASOF),
    F("đạt 198.420 hộ", "198.420", 198420, "count", "hộ", percent=72.4,
      subject="hộ dân đã đấu nối vào hệ thống", period=INH(ASOF)),
    F("mới 3.150 hộ", "3.150", 3150, "count", "hộ", percent=63,
      subject="hộ đấu nối mới", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("xử lý đạt 68,5%", "68,5", 68.5, "percent", "%",
      change=CH("increase", 2.1, "điểm phần trăm", "cuối năm 2023"),
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=INH(ASOF)),
    F("bố trí 286 tỷ đồng", "286", 286e9, "money", "đồng",
      change=CH("increase", 12, "%", "năm 2023"),
      subject="kinh phí vận hành, duy tu hệ thống thoát nước",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 20.000 m³", "20.000", 20000, "measure", CAP, status="forecast",
      subject="công suất nâng thêm của Nhà máy XLNT Hòa Xuân",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("đạt 75%", "75", 75, "percent", "%", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=P("đến năm 2025", None, "2025-12-31")),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT Đà Nẵng (province portal): thu gom, xử lý nước thải đô thị 6 tháng đầu năm 2024. Dateline 'Cập nhật: 15/07/2024 10:20'.",
    "Distractors: breadcrumb, 'Lượt xem: 3.482', 'giai đoạn 2', 'Quyết định số 1254/QĐ-UBND', 'quý IV/2024', 'đường 2 Tháng 9', hotline.",
    "The district list after 'gồm' adds up to 178.600 (80+20+12,6+26+40 nghìn): each item has total 178600 and its district as location.",
    "Headline '6 tháng đầu năm' takes 2024 (published). '2,1 điểm phần trăm' is the change of the 68,5% level (not a growth rate).",
    "'riêng 6 tháng đầu năm … 3.150 hộ' is no part-of cue (no total). The 20.000 m³ upgrade is forecast ('dự kiến'), period quý IV/2024.",
]

if __name__ == "__main__":
    emit("p569-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Đà Nẵng")
