"""p1234-1: Lào Cai province portal, Fansipan cable car (thị xã Sa Pa), 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lào Cai: Gần 1,2 triệu lượt khách đi cáp treo Fansipan trong 9 tháng

Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.417

(laocai.gov.vn) - 9 tháng đầu năm 2024, hệ thống cáp treo Fansipan tại thị xã Sa Pa đã phục vụ 1.186.400 lượt khách, tăng 14,2% so với cùng kỳ năm 2023, đạt 79,1% kế hoạch năm. Trong đó, khách quốc tế 312.500 lượt, chiếm 26,3%; khách nội địa 873.900 lượt.

Tuyến cáp treo ba dây dài 6.292,5 m, nối ga Sa Pa với đỉnh Fansipan cao 3.143 m; thời gian di chuyển khoảng 15 phút, công suất vận chuyển 2.000 khách/giờ. Giá vé khứ hồi cho người lớn hiện là 850.000 đồng/vé; trẻ em cao từ 1 m đến 1,4 m được giảm 25%.

Doanh thu từ dịch vụ cáp treo và các dịch vụ đi kèm ước đạt 1.050 tỷ đồng, nộp ngân sách nhà nước hơn 186 tỷ đồng. Đơn vị vận hành hiện sử dụng 1.240 lao động, trong đó 68% là người địa phương, thu nhập bình quân từ 9 đến 11 triệu đồng/người/tháng.

Từ đầu năm đến nay, Sở Du lịch đã phối hợp tổ chức 2 đợt kiểm tra an toàn các hệ thống cáp treo, máng trượt trên địa bàn tỉnh; không để xảy ra sự cố nghiêm trọng.

Quý IV, dự kiến cáp treo Fansipan đón khoảng 420.000 lượt khách, nâng tổng số cả năm lên hơn 1,6 triệu lượt. Du khách cần hỗ trợ liên hệ đường dây nóng 0214.3818.999.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
SP = "Sa Pa"

FIGS = [
    F("Gần 1,2 triệu lượt", "1,2", 1200000, "count", "lượt khách", approx="nearly",
      subject="lượt khách đi cáp treo Fansipan", period=HEAD, location="Lào Cai"),
    F("phục vụ 1.186.400 lượt", "1.186.400", 1186400, "count", "lượt khách", percent=79.1,
      change=C("increase", 14.2, "%", "cùng kỳ năm 2023"),
      subject="lượt khách hệ thống cáp treo Fansipan phục vụ", period=NINE, location=SP),
    F("khách quốc tế 312.500 lượt", "312.500", 312500, "count", "lượt", total=1186400, percent=26.3,
      subject="khách quốc tế đi cáp treo Fansipan", period=I(NINE), location=SP),
    F("khách nội địa 873.900 lượt", "873.900", 873900, "count", "lượt", total=1186400,
      subject="khách nội địa đi cáp treo Fansipan", period=I(NINE), location=SP),
    F("cáp treo ba dây", "ba", 3, "count", "dây", optional=True,
      subject="loại cáp treo ba dây", location=SP),
    F("dài 6.292,5 m", "6.292,5", 6292.5, "measure", "m",
      subject="chiều dài tuyến cáp treo", location=SP),
    F("cao 3.143 m", "3.143", 3143, "measure", "m", subject="độ cao đỉnh Fansipan", location=SP),
    F("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
      subject="thời gian di chuyển bằng cáp treo", location=SP),
    F("2.000 khách/giờ", "2.000", 2000, "measure", "khách/giờ",
      subject="công suất vận chuyển", location=SP),
    F("850.000 đồng/vé", "850.000", 850000, "money", "đồng/vé",
      subject="giá vé khứ hồi cho người lớn", location=SP),
    F("từ 1 m đến 1,4 m", "1", 1, "measure", "m", value_max=1.4, optional=True,
      subject="chiều cao trẻ em được giảm giá vé", location=SP),
    F("giảm 25%", "25", 25, "percent", "%",
      subject="mức giảm giá vé cho trẻ em", location=SP),
    F("ước đạt 1.050 tỷ", "1.050", 1050e9, "money", "đồng", status="estimate",
      subject="doanh thu từ dịch vụ cáp treo và các dịch vụ đi kèm", period=I(NINE), location=SP),
    F("hơn 186 tỷ", "186", 186e9, "money", "đồng", approx="over", status="estimate",
      subject="nộp ngân sách nhà nước", period=I(NINE), location=SP),
    F("sử dụng 1.240 lao động", "1.240", 1240, "count", "lao động",
      subject="lao động đơn vị vận hành cáp treo sử dụng", location=SP),
    F("trong đó 68%", "68", 68, "percent", "%",
      subject="tỷ lệ người địa phương trong số lao động", location=SP),
    F("từ 9 đến 11 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=11e6,
      subject="thu nhập bình quân lao động", location=SP),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt",
      subject="đợt kiểm tra an toàn các hệ thống cáp treo, máng trượt", period=YTD, location="Lào Cai"),
    F("khoảng 420.000 lượt", "420.000", 420000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách cáp treo Fansipan đón", period=Q4, location=SP),
    F("hơn 1,6 triệu lượt", "1,6", 1600000, "count", "lượt", approx="over", status="forecast",
      subject="tổng số lượt khách đi cáp treo Fansipan cả năm", period=YEAR, location=SP),
]

NOTES = [
    "Province portal (Lào Cai): Fansipan cable car in thị xã Sa Pa, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, hotline 0214.3818.999, '9 tháng' (period) in the headline.",
    "Location: figures about the cable car 'tại thị xã Sa Pa' (also following sentences about it) → Sa Pa; the headline 'Lào Cai:' and the",
    "Sở Du lịch's inspections 'trên địa bàn tỉnh' → Lào Cai. 'ba dây' names the cable-car type, 'từ 1 m đến 1,4 m' defines a ticket class (optional).",
    "Year-less 'trong 9 tháng', 'Quý IV', 'cả năm' take 2024; 'Từ đầu năm đến nay' ends at the dateline. 'nộp ngân sách' continues the 'ước đạt' clause (estimate).",
]

if __name__ == "__main__":
    write("p1234-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Lào Cai")
