"""p493-1: Quảng Trị province portal — temporary-house removal 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Quảng Trị: Hơn 1.300 căn nhà tạm, nhà dột nát được xóa trong năm 2024

Cập nhật: 18/11/2024 14:35 | Lượt xem: 3.482

Tính đến ngày 15/11/2024, toàn tỉnh Quảng Trị đã hỗ trợ xây mới và sửa chữa 1.326 căn nhà cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn về nhà ở, đạt 78,4% kế hoạch năm 2024, tăng 48,3% so với cùng kỳ năm 2023. Trong đó, xây mới 1.018 căn, sửa chữa 308 căn.

Theo Sở Lao động - Thương binh và Xã hội, nhu cầu hỗ trợ nhà ở của tỉnh giai đoạn 2024-2025 là 2.845 căn, gồm 2.106 căn xây mới và 739 căn sửa chữa. Các địa phương có số nhà hoàn thành nhiều là huyện Hướng Hóa (412 căn), Đakrông (356 căn), Gio Linh (187 căn) và Vĩnh Linh (142 căn). Tại các xã vùng cao dọc Quốc lộ 9, Đoàn Kinh tế - Quốc phòng 337 đã huy động 1.250 ngày công giúp dân vận chuyển vật liệu, dựng nhà.

Tổng kinh phí thực hiện ước khoảng 71,6 tỷ đồng, trong đó ngân sách Trung ương 38,2 tỷ đồng, ngân sách tỉnh 12,5 tỷ đồng; phần còn lại do Ủy ban MTTQ Việt Nam tỉnh vận động từ Quỹ "Vì người nghèo" và người dân đóng góp. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; riêng hộ nghèo ở các xã đặc biệt khó khăn được hỗ trợ thêm từ 10 đến 15 triệu đồng/căn.

Với kết quả này, Quảng Trị xếp thứ 5 trong 14 tỉnh khu vực Bắc Trung Bộ và duyên hải miền Trung về tiến độ xóa nhà tạm. Theo Quyết định số 1452/QĐ-UBND ngày 10/5/2024 của UBND tỉnh, Quảng Trị phấn đấu đến hết năm 2025 có 100% hộ nghèo, hộ cận nghèo có nhà ở an toàn; mỗi căn nhà xây mới có diện tích sử dụng tối thiểu 30 m².

Đường dây nóng: 0233.3852.147 - Địa chỉ: số 45 Hùng Vương, TP. Đông Hà
"""

ASOF = P("Tính đến ngày 15/11/2024", end="2024-11-15")
Y2024 = P("trong năm 2024", "2024-01-01", "2024-12-31")
GD = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
T2025 = P("đến hết năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 1.300 căn nhà tạm", "1.300", 1300, "count", "căn nhà", approx="over",
      subject="căn nhà tạm, nhà dột nát được xóa", period=Y2024),
    F("sửa chữa 1.326 căn nhà", "1.326", 1326, "count", "căn nhà", percent=78.4,
      change=CH("increase", 48.3, baseline="cùng kỳ năm 2023"),
      subject="căn nhà cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn về nhà ở được hỗ trợ xây mới và sửa chữa",
      period=ASOF),
    F("xây mới 1.018 căn", "1.018", 1018, "count", "căn", total=1326,
      subject="căn nhà xây mới", period=INH(ASOF)),
    F("sửa chữa 308 căn", "308", 308, "count", "căn", total=1326,
      subject="căn nhà sửa chữa", period=INH(ASOF)),
    F("là 2.845 căn", "2.845", 2845, "count", "căn", subject="nhu cầu hỗ trợ nhà ở", period=GD),
    F("gồm 2.106 căn", "2.106", 2106, "count", "căn", total=2845,
      subject="nhu cầu hỗ trợ nhà ở xây mới", period=GD),
    F("và 739 căn", "739", 739, "count", "căn", total=2845,
      subject="nhu cầu hỗ trợ nhà ở sửa chữa", period=GD),
    F("Hướng Hóa (412 căn)", "412", 412, "count", "căn", subject="số nhà hoàn thành", location="Hướng Hóa"),
    F("Đakrông (356 căn)", "356", 356, "count", "căn", subject="số nhà hoàn thành", location="Đakrông"),
    F("Gio Linh (187 căn)", "187", 187, "count", "căn", subject="số nhà hoàn thành", location="Gio Linh"),
    F("Vĩnh Linh (142 căn)", "142", 142, "count", "căn", subject="số nhà hoàn thành", location="Vĩnh Linh"),
    F("huy động 1.250 ngày công", "1.250", 1250, "count", "ngày công",
      subject="ngày công giúp dân vận chuyển vật liệu, dựng nhà"),
    F("ước khoảng 71,6 tỷ đồng", "71,6", 71.6e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng kinh phí thực hiện"),
    F("Trung ương 38,2 tỷ đồng", "38,2", 38.2e9, "money", "đồng", total=71.6e9, status="estimate",
      subject="kinh phí ngân sách Trung ương"),
    F("tỉnh 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", total=71.6e9, status="estimate",
      subject="kinh phí ngân sách tỉnh"),
    F("là 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", subject="mức hỗ trợ xây mới"),
    F("sửa chữa 30 triệu đồng/căn", "30", 30e6, "money", "đồng/căn", subject="mức hỗ trợ sửa chữa"),
    F("từ 10 đến 15 triệu đồng/căn", "10", 10e6, "money", "đồng/căn", value_max=15e6,
      subject="mức hỗ trợ thêm cho hộ nghèo ở các xã đặc biệt khó khăn"),
    F("xếp thứ 5 trong 14 tỉnh", "5", 5, "rank", "hạng", total=14, subject="tiến độ xóa nhà tạm"),
    F("có 100% hộ nghèo", "100", 100, "percent", "%", status="target",
      subject="hộ nghèo, hộ cận nghèo có nhà ở an toàn", period=T2025),
    F("tối thiểu 30 m²", "30", 30, "measure", "m²", approx="at_least", status="target",
      subject="diện tích sử dụng mỗi căn nhà xây mới", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị (invented): xóa nhà tạm, nhà dột nát năm 2024 — progress to 15/11/2024, needs 2024-2025, districts, funding, support levels, targets.",
    "Breadcrumb, 'Cập nhật: 18/11/2024 14:35' (published), 'Lượt xem: 3.482' counter, Quốc lộ 9, Đoàn KT-QP 337, QĐ 1452/QĐ-UBND, hotline and address are distractors.",
    "1.018 + 308 = 1.326 (Trong đó, next sentence) and 2.106 + 739 = 2.845 (gồm): totals. District items in brackets have no cue and follow no whole: no total.",
    "Money 'ước khoảng' is approx about + estimate; the 'trong đó' parts continue the estimate clause. 'xếp thứ 5 trong 14 tỉnh': rank with total 14.",
    "The minimum floor area of a new house is a standard stated with the target: optional.",
]

if __name__ == "__main__":
    emit("p493-1", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Quảng Trị")
