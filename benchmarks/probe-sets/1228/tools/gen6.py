"""p1228-6: national newspaper, Long Sơn petrochemical complex (TP Vũng Tàu) and the province's petrochemical industry."""
from lib import F, P, I, C, T, write

TEXT = """Tổ hợp hóa dầu Long Sơn mỗi năm cần 1,1 triệu tấn nguyên liệu

Thứ Năm, 13/03/2025, 06:15 (GMT+7)

Tổ hợp hóa dầu miền Nam tại xã Long Sơn, TP Vũng Tàu, vốn đầu tư 5 tỷ USD, đã vận hành thương mại trở lại với công suất thiết kế 1,35 triệu tấn olefin mỗi năm.

Theo đại diện Công ty TNHH Hóa dầu Long Sơn (LSP), sau hơn 5 tháng vận hành trở lại, tổ hợp đã sản xuất khoảng 480.000 tấn sản phẩm, gồm 210.000 tấn hạt nhựa HDPE, 150.000 tấn LLDPE và 120.000 tấn PP. Khoảng 55% sản lượng được bán trong nước, phần còn lại xuất khẩu sang Trung Quốc, Ấn Độ và các nước Đông Nam Á.

Tổ hợp có 1.050 lao động, trong đó khoảng 70% là người Việt Nam. Ông Kittipong Jongpraphan, Tổng giám đốc LSP, cho biết nhà máy cần khoảng 1,1 triệu tấn nguyên liệu propane và naphtha mỗi năm, chủ yếu nhập khẩu; chi phí nguyên liệu chiếm 75-80% giá thành sản phẩm. Tổ hợp nằm cạnh cảng Long Sơn, cách Quốc lộ 51 khoảng 12 km.

Theo Sở Công Thương Bà Rịa - Vũng Tàu, năm 2024 giá trị sản xuất ngành hóa dầu, hóa chất của tỉnh đạt 96.300 tỷ đồng, chiếm 18,7% giá trị sản xuất công nghiệp (không kể dầu khí). Tỉnh hiện có 7 nhà máy hóa dầu đang hoạt động với tổng công suất hơn 3 triệu tấn/năm, tập trung tại thị xã Phú Mỹ và TP Vũng Tàu.

Năm 2025, LSP dự kiến đạt doanh thu khoảng 1,2 tỷ USD, nộp ngân sách khoảng 1.500 tỷ đồng. Tỉnh đặt mục tiêu đến năm 2030 công nghiệp hóa dầu đóng góp 25% giá trị sản xuất công nghiệp.

Phước Tuấn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
VT = "Vũng Tàu"
LSP = "sản phẩm tổ hợp đã sản xuất"

FIGS = [
    F("cần 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn/năm",
      subject="nguyên liệu Tổ hợp hóa dầu Long Sơn cần mỗi năm", location=VT),
    F("đầu tư 5 tỷ USD", "5", 5e9, "money", "USD",
      subject="vốn đầu tư Tổ hợp hóa dầu miền Nam", location=VT),
    F("thiết kế 1,35 triệu tấn", "1,35", 1.35e6, "measure", "tấn/năm",
      subject="công suất thiết kế olefin", location=VT),
    F("khoảng 480.000 tấn", "480.000", 480000, "measure", "tấn", approx="about",
      subject=LSP, location=VT),
    F("gồm 210.000 tấn", "210.000", 210000, "measure", "tấn", total=480000,
      subject="hạt nhựa HDPE sản xuất", location=VT),
    F("150.000 tấn LLDPE", "150.000", 150000, "measure", "tấn", total=480000,
      subject="LLDPE sản xuất", location=VT),
    F("120.000 tấn PP", "120.000", 120000, "measure", "tấn", total=480000,
      subject="PP sản xuất", location=VT),
    F("Khoảng 55% sản lượng", "55", 55, "percent", "%", approx="about",
      subject="sản lượng được bán trong nước", location=VT),
    F("có 1.050 lao động", "1.050", 1050, "count", "lao động", subject="lao động của tổ hợp", location=VT),
    F("khoảng 70% là người", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ lao động là người Việt Nam", location=VT),
    F("cần khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "tấn/năm", approx="about",
      subject="nguyên liệu propane và naphtha nhà máy cần mỗi năm", location=VT),
    F("chiếm 75-80%", "75", 75, "percent", "%", value_max=80,
      subject="tỷ trọng chi phí nguyên liệu trong giá thành sản phẩm", location=VT),
    F("khoảng 12 km", "12", 12, "measure", "km", approx="about",
      subject="khoảng cách từ tổ hợp đến Quốc lộ 51", location=VT),
    F("đạt 96.300 tỷ", "96.300", 96300e9, "money", "đồng", percent=18.7,
      subject="giá trị sản xuất ngành hóa dầu, hóa chất", period=Y24),
    F("có 7 nhà máy", "7", 7, "count", "nhà máy", subject="nhà máy hóa dầu đang hoạt động"),
    F("hơn 3 triệu tấn/năm", "3", 3e6, "measure", "tấn/năm", approx="over",
      subject="tổng công suất nhà máy hóa dầu"),
    F("khoảng 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", approx="about", status="forecast",
      subject="doanh thu LSP", period=Y25, location=VT),
    F("khoảng 1.500 tỷ", "1.500", 1500e9, "money", "đồng", approx="about", status="forecast",
      subject="ngân sách LSP nộp", period=Y25, location=VT),
    F("góp 25% giá trị", "25", 25, "percent", "%", status="target",
      subject="tỷ trọng công nghiệp hóa dầu trong giá trị sản xuất công nghiệp", period=T30),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 13/03/2025, 06:15 (GMT+7)', byline at the end. Long Sơn petrochemical complex (xã Long Sơn, TP Vũng Tàu) and Bà Rịa - Vũng Tàu's petrochemical industry.",
    "Distractors: time 06:15, GMT+7, 'Quốc lộ 51', 'sau hơn 5 tháng vận hành trở lại' (a time locator, not a figure), 'miền Nam'.",
    "The complex is stated to be in TP Vũng Tàu: its figures (and LSP's) take Vũng Tàu; provincial figures take Bà Rịa - Vũng Tàu (default).",
    "'mỗi năm' makes the raw material need and capacity rates (tấn/năm). Parts after 'gồm' add up to 480.000: total.",
    "'trong đó khoảng 70% là người Việt Nam' is a percent figure of its own. 'dự kiến đạt ..., nộp ...' → both forecast.",
    "The 480.000 tấn has no datable period ('sau hơn 5 tháng'): none given.",
]

if __name__ == "__main__":
    write("p1228-6", TEXT, NOTES, FIGS, published="2025-03-13", location="Bà Rịa - Vũng Tàu")
