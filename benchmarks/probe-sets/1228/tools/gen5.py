"""p1228-5: Party newspaper (Báo Hải Phòng), Đình Vũ polyester and petrochemical plants, 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Hóa dầu Đình Vũ tìm lại nhịp sản xuất

Sau gần 5 năm tạm dừng, Nhà máy Xơ sợi Polyester Đình Vũ tại Khu kinh tế Đình Vũ - Cát Hải (quận Hải An) đã vận hành trở lại hai trong số bốn dây chuyền từ tháng 3/2024.

Đến hết tháng 10/2024, nhà máy đã sản xuất 41.600 tấn xơ sợi, trong đó xơ PSF 33.800 tấn, sợi filament 7.800 tấn; doanh thu đạt gần 1.150 tỷ đồng. Hiện nhà máy sử dụng 420 lao động, thu nhập bình quân 11,2 triệu đồng/người/tháng. Theo Giám đốc nhà máy, công suất hiện mới đạt khoảng 60% thiết kế (175.000 tấn/năm); trong quý II/2025, nhà máy dự kiến nâng lên 80%.

Cũng tại quận Hải An, Nhà máy DAP số 1 năm 2024 phấn đấu sản xuất 270.000 tấn phân bón DAP, gấp 1,2 lần năm 2023. Một kho chứa LPG lạnh có sức chứa 30.000 tấn đang được xây dựng gần cảng Đình Vũ, dự kiến hoàn thành năm 2026.

Theo Ban Quản lý Khu kinh tế Hải Phòng, trên địa bàn thành phố hiện có 14 dự án hóa dầu, hóa chất còn hiệu lực với tổng vốn đầu tư khoảng 2,3 tỷ USD. 10 tháng năm 2024, giá trị sản xuất công nghiệp nhóm ngành hóa chất, hóa dầu ước đạt 18.600 tỷ đồng, tăng 14,2% so với cùng kỳ. Chỉ số sản xuất của ngành này tăng 9,6%, cao hơn mức tăng chung của toàn ngành công nghiệp thành phố (8,1%).

Thành phố phấn đấu đến năm 2030 tỷ trọng ngành hóa chất, hóa dầu đạt 12% giá trị sản xuất công nghiệp, thu hút thêm từ 3 đến 5 dự án quy mô trên 500 triệu USD.

THU HƯƠNG
12/11/2024
"""

ASOF = P("Đến hết tháng 10/2024", None, "2024-10-31")
Q2 = P("trong quý II/2025", "2025-04-01", "2025-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
HA = "Hải An"

FIGS = [
    F("gần 5 năm", "5", 5, "measure", "năm", approx="nearly", optional=True,
      subject="thời gian nhà máy tạm dừng", location=HA),
    F("hai trong số bốn", "hai", 2, "count", "dây chuyền", total=4,
      subject="dây chuyền vận hành trở lại", location=HA),
    F("sản xuất 41.600 tấn", "41.600", 41600, "measure", "tấn",
      subject="xơ sợi nhà máy đã sản xuất", period=ASOF, location=HA),
    F("PSF 33.800 tấn", "33.800", 33800, "measure", "tấn", total=41600,
      subject="xơ PSF sản xuất", period=ASOF, location=HA),
    F("filament 7.800 tấn", "7.800", 7800, "measure", "tấn", total=41600,
      subject="sợi filament sản xuất", period=ASOF, location=HA),
    F("gần 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="nearly",
      subject="doanh thu nhà máy", period=ASOF, location=HA),
    F("sử dụng 420 lao động", "420", 420, "count", "lao động",
      subject="lao động nhà máy sử dụng", location=HA),
    F("bình quân 11,2 triệu", "11,2", 11.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động nhà máy", location=HA),
    F("khoảng 60% thiết kế", "60", 60, "percent", "%", approx="about",
      subject="công suất hiện đạt so với thiết kế", location=HA),
    F("(175.000 tấn/năm)", "175.000", 175000, "measure", "tấn/năm",
      subject="công suất thiết kế của nhà máy", location=HA),
    F("nâng lên 80%", "80", 80, "percent", "%", status="forecast",
      subject="công suất nhà máy so với thiết kế", period=Q2, location=HA),
    F("sản xuất 270.000 tấn", "270.000", 270000, "measure", "tấn", status="target",
      change=C("increase", 1.2, "lần", "năm 2023"),
      subject="phân bón DAP Nhà máy DAP số 1 sản xuất", period=Y24, location=HA),
    F("Một kho chứa", "Một", 1, "count", "kho", optional=True, subject="kho chứa LPG lạnh", location=HA),
    F("sức chứa 30.000 tấn", "30.000", 30000, "measure", "tấn",
      subject="sức chứa kho chứa LPG lạnh", location=HA),
    F("có 14 dự án", "14", 14, "count", "dự án",
      subject="dự án hóa dầu, hóa chất còn hiệu lực"),
    F("khoảng 2,3 tỷ USD", "2,3", 2.3e9, "money", "USD", approx="about",
      subject="tổng vốn đầu tư dự án hóa dầu, hóa chất"),
    F("ước đạt 18.600 tỷ", "18.600", 18600e9, "money", "đồng", status="estimate",
      change=C("increase", 14.2, "%", "cùng kỳ"),
      subject="giá trị sản xuất công nghiệp nhóm ngành hóa chất, hóa dầu", period=M10),
    F("tăng 9,6%", "9,6", 9.6, "percent", "%",
      subject="chỉ số sản xuất của ngành hóa chất, hóa dầu", period=I(M10)),
    F("(8,1%)", "8,1", 8.1, "percent", "%",
      subject="mức tăng chung của toàn ngành công nghiệp thành phố", period=I(M10)),
    F("đạt 12% giá trị", "12", 12, "percent", "%", status="target",
      subject="tỷ trọng ngành hóa chất, hóa dầu trong giá trị sản xuất công nghiệp", period=T30),
    F("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
      subject="dự án quy mô trên 500 triệu USD thu hút thêm", period=T30),
    F("trên 500 triệu USD", "500", 500e6, "money", "USD", approx="over", optional=True,
      status="target", subject="quy mô dự án", period=T30),
]

NOTES = [
    "Party newspaper (Báo Hải Phòng): Đình Vũ polyester fibre plant restart, DAP plant, city chemical/petrochemical industry. Byline 'THU HƯƠNG' and bare date '12/11/2024' at the end.",
    "Distractors: 'tháng 3/2024' (restart date), 'Nhà máy DAP số 1' (name), 'Khu kinh tế Đình Vũ - Cát Hải', 'năm 2026' (completion year), 'PSF'.",
    "The plants are stated to be in quận Hải An: their figures take Hải An (also 'Cũng tại quận Hải An'); city figures take Hải Phòng.",
    "'hai trong số bốn dây chuyền' → 2 with total 4 ('trong số N'). 'gần 5 năm tạm dừng' is the length of the stoppage (optional measure).",
    "'(175.000 tấn/năm)' after 60% is the design capacity, a figure of its own. '(8,1%)' after 9,6% is a percent of its own (the city-wide rate).",
    "'gấp 1,2 lần năm 2023' after the DAP target is its change. 'trên 500 triệu USD' defines the project class (optional).",
]

if __name__ == "__main__":
    write("p1228-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Hải Phòng")
