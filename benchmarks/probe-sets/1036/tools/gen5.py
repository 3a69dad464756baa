"""p1036-5: provincial Party newspaper (Đắk Lắk): Ea H'leo wind cluster, 2024 output, turbine specs, budget, jobs, grid."""
from lib import F, P, I, C, T, emit

TEXT = """Điện gió Ea H'leo: Hiệu quả kép từ những "cánh quạt khổng lồ"

Sau hơn 3 năm vận hành, cụm nhà máy điện gió tại huyện Ea H'leo đã trở thành điểm nhấn trong cơ cấu năng lượng của tỉnh. Toàn cụm gồm 4 nhà máy với 125 tua-bin, tổng công suất 527 MW, tổng vốn đầu tư hơn 21.000 tỷ đồng.

Năm 2024, cụm nhà máy phát lên lưới điện quốc gia 1.318 triệu kWh, đạt 102,4% kế hoạch, chiếm khoảng 45% sản lượng điện sản xuất trên địa bàn tỉnh. 4 tháng đầu năm 2025, sản lượng đạt 452 triệu kWh, giảm 6,8% so với cùng kỳ do tốc độ gió thấp.

Theo ông Lê Văn Tám, Giám đốc Công ty CP Điện gió Ea H'leo 1, mỗi tua-bin cao 120 m, đường kính cánh quạt 155 m, công suất 4,2 MW. Hệ số công suất bình quân năm 2024 đạt 29,5%, cao hơn 2,1 điểm phần trăm so với năm 2023.

Cũng trong năm 2024, huyện Ea H'leo thu ngân sách từ các nhà máy điện gió 168 tỷ đồng, tăng 12% so với năm trước. Doanh nghiệp đã hỗ trợ làm mới 27 km đường liên xã, xây 3 cây cầu và tuyển dụng 210 lao động, trong đó gần 40% là người đồng bào dân tộc thiểu số. Thu nhập của người lao động tại nhà máy gấp 2 lần mức bình quân của huyện.

Tuy nhiên, tình trạng quá tải lưới 110 kV khu vực khiến các nhà máy có thời điểm phải giảm phát khoảng 30% công suất. Tỉnh đang kiến nghị đầu tư trạm biến áp 500 kV Krông Búk; dự kiến đến năm 2027, tổng công suất điện gió của tỉnh đạt khoảng 1.200 MW.

MINH THUẬN
18/05/2025
"""

EH = "Ea H'leo"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    # a duration that locates the article in time; a reader may or may not count it
    F("hơn 3 năm", "3", 3, "measure", "năm", "thời gian vận hành cụm nhà máy điện gió", approx="over", location=EH,
      optional=True),
    F("gồm 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy điện gió của cụm", location=EH),
    F("với 125 tua-bin", "125", 125, "count", "tua-bin", "tua-bin của cụm nhà máy điện gió", location=EH),
    F("công suất 527 MW", "527", 527, "measure", "MW", "tổng công suất cụm nhà máy điện gió", location=EH),
    F("hơn 21.000 tỷ đồng", "21.000", 21000e9, "money", "đồng", "tổng vốn đầu tư cụm nhà máy điện gió",
      approx="over", location=EH),
    F("gia 1.318 triệu kWh", "1.318", 1318e6, "measure", "kWh", "sản lượng cụm nhà máy phát lên lưới điện quốc gia",
      Y24, percent=102.4, location=EH),
    # second share of the same figure: a percent figure of its own, optional by FIGURES.md
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ trọng sản lượng cụm nhà máy trong sản lượng điện sản xuất của tỉnh",
      Y24, approx="about", location=EH, optional=True),
    F("đạt 452 triệu kWh", "452", 452e6, "measure", "kWh", "sản lượng cụm nhà máy điện gió",
      P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30"), change=C("decrease", 6.8, "%", "cùng kỳ"),
      location=EH),
    F("cao 120 m", "120", 120, "measure", "m", "chiều cao mỗi tua-bin", location=EH),
    F("cánh quạt 155 m", "155", 155, "measure", "m", "đường kính cánh quạt", location=EH),
    F("công suất 4,2 MW", "4,2", 4.2, "measure", "MW", "công suất mỗi tua-bin", location=EH),
    F("đạt 29,5%", "29,5", 29.5, "percent", "%", "hệ số công suất bình quân",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 2.1, "điểm phần trăm", "năm 2023"),
      location=EH),
    F("điện gió 168 tỷ đồng", "168", 168e9, "money", "đồng", "thu ngân sách từ các nhà máy điện gió",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 12, "%", "năm trước"), location=EH),
    F("mới 27 km", "27", 27, "measure", "km", "đường liên xã làm mới", location=EH),
    F("xây 3 cây cầu", "3", 3, "count", "cây cầu", "cây cầu xây dựng", location=EH),
    F("dụng 210 lao động", "210", 210, "count", "lao động", "lao động được tuyển dụng", location=EH),
    F("gần 40%", "40", 40, "percent", "%", "lao động là người đồng bào dân tộc thiểu số", approx="nearly",
      location=EH),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập người lao động tại nhà máy so với mức bình quân của huyện",
      location=EH),
    F("lưới 110 kV", "110", 110, "measure", "kV", "cấp điện áp lưới khu vực", optional=True),
    F("khoảng 30% công suất", "30", 30, "percent", "%", "mức giảm phát công suất của các nhà máy", approx="about",
      location=EH),
    F("trạm biến áp 500 kV", "500", 500, "measure", "kV", "cấp điện áp trạm biến áp Krông Búk", optional=True),
    F("khoảng 1.200 MW", "1.200", 1200, "measure", "MW", "tổng công suất điện gió của tỉnh",
      P("đến năm 2027", None, "2027-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Đắk Lắk style: byline MINH THUẬN and bare date 18/05/2025 at the end. The cluster's figures describe the district",
    "(location Ea H'leo); only the 2027 provincial capacity is Đắk Lắk. 'chiếm khoảng 45%' is the second share of 1.318 triệu kWh",
    "(optional percent figure). 'gấp 2 lần' stands alone as the claim: a multiple. 'hơn 3 năm vận hành' only places the story in",
    "time: optional. 110 kV / 500 kV optional. Distractors: Lê Văn Tám, Ea H'leo 1, Krông Búk.",
]

if __name__ == "__main__":
    emit("p1036-5", TEXT, NOTES, FIGS, published="2025-05-18", location="Đắk Lắk")
