"""p602-4: ministry site (Bộ Công Thương) — national peak load record April 2024, rural electrification, tariff."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Năng lượng
Ngày đăng: 10/05/2024 | Lượt xem: 3.215

Công suất tiêu thụ toàn hệ thống điện lập kỷ lục mới 46.348 MW

Theo Cục Điều tiết điện lực, trong đợt nắng nóng cuối tháng 4/2024, phụ tải hệ thống điện quốc gia liên tục lập đỉnh. Các ngày 25, 26 và 27/4, công suất cực đại lần lượt đạt 45.431 MW, 46.348 MW và 45.909 MW; riêng ngày 26/4, sản lượng điện tiêu thụ đạt 946,9 triệu kWh, cao hơn khoảng 9,3% so với ngày cao nhất năm 2023.

Lũy kế 4 tháng đầu năm 2024, sản lượng điện sản xuất và nhập khẩu toàn hệ thống ước đạt 93,86 tỷ kWh, tăng 12,3% so với cùng kỳ năm 2023. Trong tháng 4/2024, nhiều địa phương có phụ tải tăng mạnh so với cùng kỳ như Bắc Ninh (23,1%), Bắc Giang (21,8%), Hải Phòng (18,4%) và Thanh Hóa (15,2%).

Về lưới điện, trong quý I/2024, Tập đoàn Điện lực Việt Nam (EVN) đã khởi công 38 và đóng điện 45 công trình lưới điện 110-500kV. Đường dây 500kV mạch 3 Quảng Trạch - Phố Nối dài 519 km đang được đẩy nhanh tiến độ, phấn đấu hoàn thành trong tháng 7/2024.

Tính đến hết tháng 3/2024, EVN cung cấp điện cho 31,2 triệu khách hàng; 100% số xã và 99,7% số hộ dân trên cả nước đã có điện. Chương trình cấp điện nông thôn, miền núi và hải đảo giai đoạn 2021-2025 có tổng vốn khoảng 23.000 tỷ đồng, đến nay đã giải ngân hơn 8.400 tỷ đồng, đạt 36,5% kế hoạch vốn.

Giá bán lẻ điện bình quân hiện là 2.006,79 đồng/kWh (chưa gồm thuế GTGT), được điều chỉnh tăng 4,5% từ ngày 9/11/2023 theo Quyết định số 2941/QĐ-BCT.

Bộ Công Thương đề nghị người dân sử dụng điện tiết kiệm, nhất là trong khung giờ cao điểm từ 13h00 đến 15h00 và từ 20h00 đến 23h00; phấn đấu năm 2024 tiết kiệm tối thiểu 3% tổng điện năng tiêu thụ.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
ASOF = P("Tính đến hết tháng 3/2024", None, "2024-03-31")
T4 = P("Trong tháng 4/2024", "2024-04-01", "2024-04-30")


def prov(name, num, v):
    return F(f"{name} ({num}%)", num, v, "percent", "%", "phụ tải tăng so với cùng kỳ", T4, location=name)


FIGS = [
    F("kỷ lục mới 46.348 MW", "46.348", 46348, "measure", "MW", "Công suất tiêu thụ toàn hệ thống điện"),
    F("đạt 45.431 MW", "45.431", 45431, "measure", "MW", "công suất cực đại"),
    F("46.348 MW và", "46.348", 46348, "measure", "MW", "công suất cực đại"),
    F("45.909 MW", "45.909", 45909, "measure", "MW", "công suất cực đại"),
    F("đạt 946,9 triệu kWh", "946,9", 946900000, "measure", "kWh", "sản lượng điện tiêu thụ",
      P("ngày 26/4", "2024-04-26", "2024-04-26"),
      change=CH("increase", 9.3, "%", "ngày cao nhất năm 2023", approx="about")),
    F("ước đạt 93,86 tỷ kWh", "93,86", 93860000000, "measure", "kWh",
      "sản lượng điện sản xuất và nhập khẩu toàn hệ thống", P("Lũy kế 4 tháng đầu năm 2024", "2024-01-01", "2024-04-30"),
      change=CH("increase", 12.3, "%", "cùng kỳ năm 2023"), status="estimate"),
    prov("Bắc Ninh", "23,1", 23.1),
    prov("Bắc Giang", "21,8", 21.8),
    prov("Hải Phòng", "18,4", 18.4),
    prov("Thanh Hóa", "15,2", 15.2),
    F("khởi công 38 và", "38", 38, "count", "công trình", "công trình lưới điện khởi công", Q1),
    F("đóng điện 45 công trình", "45", 45, "count", "công trình", "công trình lưới điện đóng điện", Q1),
    F("dài 519 km", "519", 519, "measure", "km", "Đường dây 500kV mạch 3 Quảng Trạch - Phố Nối"),
    F("cho 31,2 triệu khách hàng", "31,2", 31200000, "count", "khách hàng", "khách hàng EVN cung cấp điện", ASOF),
    F("100% số xã", "100", 100, "percent", "%", "số xã có điện", ASOF),
    F("99,7% số hộ", "99,7", 99.7, "percent", "%", "số hộ dân có điện", ASOF),
    F("khoảng 23.000 tỷ đồng", "23.000", 23000000000000, "money", "đồng",
      "tổng vốn Chương trình cấp điện nông thôn, miền núi và hải đảo",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about"),
    F("hơn 8.400 tỷ đồng", "8.400", 8400000000000, "money", "đồng", "vốn Chương trình đã giải ngân",
      P("đến nay", None, "2024-05-10"), approx="over", percent=36.5),
    F("là 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh", "Giá bán lẻ điện bình quân",
      change=CH("increase", 4.5, "%")),
    F("tối thiểu 3%", "3", 3, "percent", "%", "tiết kiệm điện trên tổng điện năng tiêu thụ",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ Công Thương: kỷ lục công suất hệ thống điện quốc gia tháng 4/2024, sản lượng 4 tháng, phụ tải theo tỉnh, lưới điện",
    "quý I, khách hàng và cấp điện nông thôn, giá bán lẻ bình quân, tiết kiệm điện. National figures: location Việt Nam;",
    "province items in a list go to location. The 500kV line crosses many provinces: Việt Nam.",
    "'lần lượt đạt 45.431 MW, 46.348 MW và 45.909 MW' for three days: three figures; one-day periods are left unannotated",
    "(mapping each day through 'lần lượt' is not in the spec), so unscored. 'khởi công 38 và đóng điện 45 công trình':",
    "the unit is shared. Distractors: 'Các ngày 25, 26 và 27/4', '110-500kV' (voltage classes, not a range figure),",
    "'500kV mạch 3', Quyết định số 2941/QĐ-BCT, times of day 13h00-15h00 / 20h00-23h00, Lượt xem 3.215, ngày 9/11/2023.",
    "'giai đoạn 2021-2025 có tổng vốn khoảng 23.000 tỷ' is the programme's stated size: actual. 'đến nay' ends at published.",
]

if __name__ == "__main__":
    emit("p602-4", TEXT, COMMENTS, FIGS, published="2024-05-10", location="Việt Nam")
