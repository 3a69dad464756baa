"""p1036-1: province portal (Quảng Trị), wind output H1/2024, plants by district, budget, curtailment, targets."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Điện gió đóng góp gần 1,2 tỷ kWh trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Công Thương, 6 tháng đầu năm 2024, các nhà máy điện gió trên địa bàn tỉnh Quảng Trị ước đạt sản lượng 1.186 triệu kWh, đạt 51,6% kế hoạch năm, tăng 9,3% so với cùng kỳ năm 2023.

Tính đến 30/6, toàn tỉnh có 19 nhà máy điện gió đã vận hành thương mại với tổng công suất 793,7 MW, trong đó huyện Hướng Hóa có 16 nhà máy (681,7 MW), huyện Đakrông có 3 nhà máy (112 MW). Các dự án tập trung dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây; cụm Hướng Linh 7, Hướng Linh 8 đấu nối vào trạm biến áp 220 kV Lao Bảo. Tổng vốn đầu tư các dự án đã vận hành khoảng 35.600 tỷ đồng. Các nhà máy tạo việc làm cho gần 1.200 lao động địa phương với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Năm 2023, sản lượng điện gió của tỉnh đạt 2.105 triệu kWh, gấp 2,4 lần năm 2021; các nhà máy nộp ngân sách 612 tỷ đồng, chiếm 18,4% tổng thu nội địa.

Tuy nhiên, do hạn chế về lưới truyền tải, trong quý II/2024 có thời điểm các nhà máy phải giảm phát từ 15 đến 20% công suất; sản lượng bị cắt giảm ước khoảng 37 triệu kWh.

Theo Quy hoạch điện VIII ban hành kèm Quyết định số 500/QĐ-TTg, đến năm 2030 Quảng Trị được bổ sung khoảng 1.500 MW điện gió trên bờ. Tỉnh phấn đấu đến cuối năm 2025 đưa tổng công suất điện gió vận hành lên trên 1.000 MW, đồng thời hoàn thành đường dây 500 kV mạch 3 đoạn qua địa bàn.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6", None, "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 1,2 tỷ kWh", "1,2", 1.2e9, "measure", "kWh", "sản lượng điện gió", approx="nearly",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("sản lượng 1.186 triệu kWh", "1.186", 1186e6, "measure", "kWh", "sản lượng các nhà máy điện gió", H1,
      percent=51.6, change=C("increase", 9.3, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("có 19 nhà máy", "19", 19, "count", "nhà máy", "nhà máy điện gió đã vận hành thương mại", ASOF),
    F("công suất 793,7 MW", "793,7", 793.7, "measure", "MW",
      "tổng công suất nhà máy điện gió đã vận hành thương mại", ASOF),
    F("có 16 nhà máy", "16", 16, "count", "nhà máy", "nhà máy điện gió đã vận hành thương mại", ASOF,
      total=19, location="Hướng Hóa"),
    F("(681,7 MW)", "681,7", 681.7, "measure", "MW", "công suất nhà máy điện gió đã vận hành thương mại", ASOF,
      total=793.7, location="Hướng Hóa"),
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy điện gió đã vận hành thương mại", ASOF,
      total=19, location="Đakrông"),
    F("(112 MW)", "112", 112, "measure", "MW", "công suất nhà máy điện gió đã vận hành thương mại", ASOF,
      total=793.7, location="Đakrông"),
    # voltage class in the name of a substation: a category, counted or not
    F("trạm biến áp 220 kV", "220", 220, "measure", "kV", "cấp điện áp trạm biến áp Lao Bảo", optional=True),
    F("khoảng 35.600 tỷ đồng", "35.600", 35600e9, "money", "đồng", "tổng vốn đầu tư các dự án điện gió đã vận hành",
      approx="about"),
    F("gần 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động địa phương được tạo việc làm",
      approx="nearly"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("đạt 2.105 triệu kWh", "2.105", 2105e6, "measure", "kWh", "sản lượng điện gió của tỉnh", Y23,
      change=C("increase", 2.4, "lần", "năm 2021")),
    F("ngân sách 612 tỷ đồng", "612", 612e9, "money", "đồng", "nộp ngân sách của các nhà máy điện gió", Y23,
      percent=18.4),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "mức giảm phát công suất của các nhà máy điện gió",
      P("quý II/2024", "2024-04-01", "2024-06-30"), value_max=20),
    F("khoảng 37 triệu kWh", "37", 37e6, "measure", "kWh", "sản lượng điện gió bị cắt giảm",
      P("quý II/2024", "2024-04-01", "2024-06-30"), approx="about", status="estimate"),
    F("khoảng 1.500 MW", "1.500", 1500, "measure", "MW", "công suất điện gió trên bờ được bổ sung",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
    F("trên 1.000 MW", "1.000", 1000, "measure", "MW", "tổng công suất điện gió vận hành",
      P("đến cuối năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("đường dây 500 kV", "500", 500, "measure", "kV", "cấp điện áp đường dây mạch 3", optional=True),
]

NOTES = [
    "Quảng Trị province portal: wind output H1/2024 (estimate), plants by district after 'trong đó', budget share, curtailment, targets.",
    "Headline '6 tháng' has no year: 2024 from the dateline. 'Tính đến 30/6' takes 2024 from '6 tháng đầu năm 2024' before it.",
    "'gấp 2,4 lần năm 2021' after a figure is that figure's change (unit lần), not a multiple figure of its own.",
    "220 kV / 500 kV are voltage classes inside names: optional. Distractors: Lượt xem, Quốc lộ 9, Hướng Linh 7/8, 500/QĐ-TTg, mạch 3.",
]

if __name__ == "__main__":
    emit("p1036-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Quảng Trị")
