"""p1205-4: ministry site (Bộ NN&PTNT, Cục Quản lý đê điều và PCTT) - national lightning/storm casualties 2023, lightning network."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Quản lý đê điều và Phòng, chống thiên tai

Tin hoạt động | Ngày đăng: 14/03/2024 | Lượt xem: 1.032

Năm 2023: Giông, lốc, sét làm 58 người chết

Theo số liệu tổng hợp của Văn phòng thường trực Ban Chỉ đạo quốc gia về Phòng, chống thiên tai, năm 2023 cả nước xảy ra 156 trận giông, lốc, sét, mưa đá tại 41 tỉnh, thành phố, làm 58 người chết và 47 người bị thương; trong đó riêng sét đánh làm 41 người chết. Số người chết do giông, lốc, sét chiếm khoảng 35,8% tổng số người chết, mất tích do thiên tai trong năm.

Các địa phương có nhiều người chết do sét nhất lần lượt là Thanh Hóa (6 người), Nghệ An (5 người) và Gia Lai (4 người). Thiệt hại về tài sản gồm hơn 11.200 ngôi nhà bị hư hỏng, tốc mái, giảm 18,4% so với năm 2022; gần 9.800 ha lúa, hoa màu bị ảnh hưởng. Tổng thiệt hại kinh tế ước tính 1.450 tỷ đồng.

Hệ thống định vị sét quốc gia hiện có 16 trạm, trong năm 2023 ghi nhận khoảng 2,3 triệu lần phóng điện sét, cao hơn 12% so với trung bình nhiều năm. Mùa sét tập trung từ tháng 4 đến tháng 9, chiếm trên 85% số lần phóng điện cả năm.

Giai đoạn 2024-2026, Bộ dự kiến đầu tư thêm 10 trạm định vị sét với tổng kinh phí khoảng 65 tỷ đồng, nâng thời gian cảnh báo sớm lên 30 phút. Mục tiêu đến năm 2030 giảm ít nhất 30% số người chết do sét so với giai đoạn 2016-2020, theo Quyết định số 379/QĐ-TTg của Thủ tướng Chính phủ.

Cục Quản lý đê điều và Phòng, chống thiên tai - Số 2 Ngọc Hà, Ba Đình, Hà Nội - ĐT: 024.3733.5693
"""

Y23H = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("trong năm", "2023-01-01", "2023-12-31")
Y23B = P("trong năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
BY30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("sét làm 58 người", "58", 58, "count", "người", subject="người chết do giông, lốc, sét", period=Y23H),
    F("xảy ra 156 trận", "156", 156, "count", "trận", subject="trận giông, lốc, sét, mưa đá", period=Y23),
    F("tại 41 tỉnh", "41", 41, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố xảy ra giông, lốc, sét, mưa đá", period=Y23),
    F("làm 58 người chết và", "58", 58, "count", "người",
      subject="người chết do giông, lốc, sét, mưa đá", period=Y23),
    F("47 người bị thương", "47", 47, "count", "người",
      subject="người bị thương do giông, lốc, sét, mưa đá", period=Y23),
    F("làm 41 người chết", "41", 41, "count", "người", total=58,
      subject="người chết do sét đánh", period=Y23),
    F("khoảng 35,8%", "35,8", 35.8, "percent", "%", approx="about",
      subject="tỷ lệ số người chết do giông, lốc, sét trong tổng số người chết, mất tích do thiên tai",
      period=INYEAR),
    F("Thanh Hóa (6 người)", "6", 6, "count", "người", location="Thanh Hóa",
      subject="người chết do sét", period=I(Y23)),
    F("Nghệ An (5 người)", "5", 5, "count", "người", location="Nghệ An",
      subject="người chết do sét", period=I(Y23)),
    F("Gia Lai (4 người)", "4", 4, "count", "người", location="Gia Lai",
      subject="người chết do sét", period=I(Y23)),
    F("hơn 11.200 ngôi nhà", "11.200", 11200, "count", "ngôi nhà", approx="over",
      change=C("decrease", 18.4, "%", "năm 2022"),
      subject="ngôi nhà bị hư hỏng, tốc mái", period=I(Y23)),
    F("gần 9.800 ha", "9.800", 9800, "measure", "ha", approx="nearly",
      subject="diện tích lúa, hoa màu bị ảnh hưởng", period=I(Y23)),
    F("1.450 tỷ", "1.450", 1450000000000, "money", "đồng", status="estimate",
      subject="tổng thiệt hại kinh tế", period=I(Y23)),
    F("hiện có 16 trạm", "16", 16, "count", "trạm", subject="trạm của hệ thống định vị sét quốc gia"),
    F("khoảng 2,3 triệu lần", "2,3", 2300000, "count", "lần phóng điện sét", approx="about",
      change=C("increase", 12, "%", "trung bình nhiều năm"),
      subject="lần phóng điện sét ghi nhận", period=Y23B),
    F("trên 85%", "85", 85, "percent", "%", approx="over",
      subject="tỷ lệ số lần phóng điện của mùa sét trong số lần phóng điện cả năm"),
    F("thêm 10 trạm", "10", 10, "count", "trạm", status="forecast",
      subject="trạm định vị sét đầu tư thêm", period=G),
    F("khoảng 65 tỷ", "65", 65000000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí đầu tư trạm định vị sét", period=G),
    F("lên 30 phút", "30", 30, "measure", "phút", status="forecast",
      subject="thời gian cảnh báo sớm", period=G),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="mức giảm số người chết do sét so với giai đoạn 2016-2020", period=BY30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục QLĐĐ&PCTT): 'Ngày đăng: 14/03/2024 | Lượt xem: 1.032', footer address and phone. National figures: Việt Nam.",
    "Distractors: view counter, 'từ tháng 4 đến tháng 9' (months), 'giai đoạn 2016-2020' (a baseline period), Quyết định số 379/QĐ-TTg, 'Số 2 Ngọc Hà', phone.",
    "'riêng sét đánh làm 41 người chết' after 'trong đó' is a part of 58 người chết. Provinces in the 'lần lượt' list are locations, not subjects.",
    "35,8% and 85% stand as their own claims (percent figures). 'giảm ít nhất 30% ... so với giai đoạn 2016-2020' is a target rate, no change object.",
    "'trong năm' (35,8%) takes 2023 from the same passage. 'Bộ dự kiến' governs the 10 stations, their cost and 'nâng ... lên 30 phút': forecast.",
]

if __name__ == "__main__":
    write("p1205-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
