"""p1202-8: provincial newspaper online (Báo Long An), rice insurance 9 months 2024; a cooperative in Thủ Thừa."""
from lib import F, P, I, C, T, write

TEXT = """Long An: Hơn 3.500 ha lúa được bảo hiểm trong 9 tháng

Cập nhật lúc 16:45, Thứ Sáu, 27/09/2024

(BLA) - 9 tháng đầu năm, toàn tỉnh có 3.528 ha lúa được bảo hiểm theo Quyết định số 13/2022/QĐ-TTg, đạt 70,6% kế hoạch năm, tăng 1.146 ha so với cùng kỳ năm 2023. Số hộ tham gia là 2.107 hộ, trong đó 1.385 hộ sản xuất theo mô hình cánh đồng lớn, liên kết với doanh nghiệp tiêu thụ.

Vụ lúa Hè Thu, các huyện Tân Hưng, Vĩnh Hưng và Mộc Hóa có diện tích tham gia bảo hiểm lớn nhất, lần lượt 812 ha, 645 ha và 530 ha. Số tiền bảo hiểm được xác định theo chi phí sản xuất, từ 25 đến 28 triệu đồng/ha; phí bảo hiểm bằng 3,8% số tiền bảo hiểm.

Tại HTX Nông nghiệp Thạnh Lợi (xã Bình Thạnh, huyện Thủ Thừa), 100% thành viên (86 hộ) đã tham gia bảo hiểm với 215 ha lúa. Giám đốc HTX Nguyễn Văn Tư cho biết, đợt mưa lớn cuối tháng 8 làm ngập 48 ha lúa sắp thu hoạch. Các hộ đã được bồi thường gần 620 triệu đồng, bù đắp khoảng 60% chi phí đầu tư. "Nhờ có bảo hiểm, bà con không phải vay nợ để xuống giống vụ Thu Đông", ông Tư nói. HTX nằm ven Quốc lộ 62, cách trung tâm huyện 12 km.

Theo Sở Nông nghiệp và PTNT, năm 2025, tỉnh phấn đấu có 6.000 ha lúa tham gia bảo hiểm; dự kiến kinh phí ngân sách hỗ trợ khoảng 4,2 tỷ đồng. Sở cũng kiến nghị Bộ Tài chính mở rộng đối tượng được hỗ trợ phí cho cây thanh long và cây ăn trái.

NGỌC MẪN
"""

M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
AUG = P("cuối tháng 8", "2024-08-01", "2024-08-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TT = "Thủ Thừa"
LIST = "diện tích lúa tham gia bảo hiểm vụ Hè Thu"

FIGS = [
    F("Hơn 3.500 ha", "3.500", 3500, "measure", "ha", approx="over",
      subject="diện tích lúa được bảo hiểm", period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 3.528 ha", "3.528", 3528, "measure", "ha", percent=70.6,
      change=C("increase", 1146, "ha", "cùng kỳ năm 2023"),
      subject="diện tích lúa được bảo hiểm", period=M9),
    F("là 2.107 hộ", "2.107", 2107, "count", "hộ",
      subject="hộ tham gia bảo hiểm lúa", period=I(M9)),
    F("1.385 hộ", "1.385", 1385, "count", "hộ", total=2107,
      subject="hộ sản xuất theo mô hình cánh đồng lớn", period=I(M9)),
    F("lần lượt 812 ha", "812", 812, "measure", "ha", subject=LIST, location="Tân Hưng"),
    F("645 ha", "645", 645, "measure", "ha", subject=LIST, location="Vĩnh Hưng"),
    F("530 ha", "530", 530, "measure", "ha", subject=LIST, location="Mộc Hóa"),
    F("từ 25 đến 28 triệu", "25", 25e6, "money", "đồng/ha", value_max=28e6,
      subject="số tiền bảo hiểm"),
    F("bằng 3,8%", "3,8", 3.8, "percent", "%", subject="phí bảo hiểm"),
    F("100% thành viên", "100", 100, "percent", "%",
      subject="tỷ lệ thành viên HTX Nông nghiệp Thạnh Lợi tham gia bảo hiểm", location=TT),
    F("(86 hộ)", "86", 86, "count", "hộ",
      subject="thành viên HTX tham gia bảo hiểm", location=TT),
    F("với 215 ha", "215", 215, "measure", "ha",
      subject="diện tích lúa của HTX tham gia bảo hiểm", location=TT),
    F("ngập 48 ha", "48", 48, "measure", "ha",
      subject="diện tích lúa sắp thu hoạch bị ngập", period=AUG, location=TT),
    F("gần 620 triệu", "620", 620e6, "money", "đồng", approx="nearly",
      subject="tiền bồi thường cho các hộ", location=TT),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ lệ chi phí đầu tư được bù đắp", location=TT),
    F("cách trung tâm huyện 12 km", "12", 12, "measure", "km", optional=True,
      subject="khoảng cách từ HTX đến trung tâm huyện", location=TT),
    F("có 6.000 ha", "6.000", 6000, "measure", "ha", status="target",
      subject="diện tích lúa tham gia bảo hiểm", period=Y25),
    F("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí ngân sách hỗ trợ", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Long An): headline figure, 'Cập nhật lúc 16:45, Thứ Sáu, 27/09/2024', tag '(BLA) -', byline at the end.",
    "Distractors: time 16:45, Quyết định số 13/2022/QĐ-TTg, 'Quốc lộ 62', the tag. '9 tháng đầu năm' takes 2024 from the dateline.",
    "3.528 ha: 'đạt 70,6% kế hoạch năm' → percent; 'tăng 1.146 ha so với cùng kỳ năm 2023' → change in ha. 1.385 hộ part of 2.107 (trong đó).",
    "'lần lượt 812 ha, 645 ha và 530 ha' for three districts: list items located in their districts; period 'Vụ lúa Hè Thu' has no dates: none.",
    "HTX passage in huyện Thủ Thừa: '100% thành viên (86 hộ)' → a percent and a count; 'bù đắp khoảng 60%' is a percent figure of its own.",
    "'cuối tháng 8' → August 2024; the 620 triệu paid later gets no period. '12 km' (a distance on the map) is optional.",
]

if __name__ == "__main__":
    write("p1202-8", TEXT, NOTES, FIGS, published="2024-09-27", location="Long An")
