"""p1277-8: radio/TV site (Đài PT-TH TP Cần Thơ, tag '(THCT) -'): e-cigarette use among pupils, school smoke-free programme."""
from lib import F, P, I, CH, TG, write

TEXT = """CẦN THƠ TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Xã hội | Sức khỏe | Video | Phát thanh

Báo động tình trạng học sinh hút thuốc lá điện tử

Cập nhật lúc 19:05, Thứ Tư, 15/01/2025

(THCT) - Khảo sát của Trung tâm Kiểm soát bệnh tật TP Cần Thơ tại 12 trường trung học cơ sở và trung học phổ thông trong quý IV/2024 cho thấy, trong gần 2.500 học sinh được hỏi có 6,8% từng sử dụng thuốc lá điện tử, cao gấp hơn 2 lần so với khảo sát năm 2021. Đáng chú ý, khoảng 40% số học sinh này dùng loại tinh dầu có nồng độ nicotine cao.

Bác sĩ Huỳnh Thanh Phong, Phó Giám đốc CDC Cần Thơ cho biết, nồng độ nicotine trong tinh dầu loại phổ biến có thể lên tới 50 mg/ml; giá bán trên mạng xã hội chỉ từ 50.000 đến 150.000 đồng/sản phẩm nên học sinh dễ tiếp cận.

Năm 2024, thành phố tổ chức 9 đợt kiểm tra, xử phạt 27 cơ sở kinh doanh thuốc lá điện tử, tịch thu hơn 3.000 sản phẩm, tăng 35% so với năm 2023.

Theo Sở Y tế, Cần Thơ hiện xếp thứ 2 khu vực Đồng bằng sông Cửu Long về tỷ lệ trường học đạt chuẩn không khói thuốc, với 94,2%.

Năm nay, ngành y tế dự kiến mở rộng chương trình "Trường học nói không với thuốc lá điện tử" tới 85 trường, phấn đấu đến cuối năm 2025 giảm tỷ lệ học sinh sử dụng thuốc lá điện tử xuống dưới 5%. Dự kiến trong quý I, CDC tập huấn cho ba chục tuyên truyền viên nòng cốt của 9 quận, huyện.

Phóng viên: Minh Thư - Quốc Huy

Đường dây nóng: 0292.3821.117
Giấy phép số 45/GP-BTTTT. Bản quyền thuộc Đài PT&TH TP Cần Thơ.
"""

Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NN = P("Năm nay", "2025-01-01", "2025-12-31")
T25 = P("đến cuối năm 2025", None, "2025-12-31")
Q1 = P("quý I", "2025-01-01", "2025-03-31")

FIGS = [
    F("tại 12 trường", "12", 12, "count", "trường", subject="trường trung học cơ sở và trung học phổ thông được khảo sát",
      period=Q4),
    F("gần 2.500", "2.500", 2500, "count", "học sinh", approx="nearly", subject="học sinh được hỏi", period=Q4),
    F("có 6,8%", "6,8", 6.8, "percent", "%", change=CH("increase", 2, "lần", "khảo sát năm 2021", approx="over"),
      subject="học sinh từng sử dụng thuốc lá điện tử", period=Q4),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="học sinh dùng loại tinh dầu có nồng độ nicotine cao", period=I(Q4)),
    F("tới 50 mg/ml", "50", 50, "measure", "mg/ml", subject="nồng độ nicotine trong tinh dầu loại phổ biến"),
    F("từ 50.000 đến", "50.000", 50000, "money", "đồng/sản phẩm", value_max=150000,
      subject="giá bán trên mạng xã hội"),
    F("chức 9 đợt", "9", 9, "count", "đợt", subject="đợt kiểm tra", period=Y24),
    F("phạt 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở kinh doanh thuốc lá điện tử bị xử phạt",
      period=Y24),
    F("hơn 3.000", "3.000", 3000, "count", "sản phẩm", approx="over",
      change=CH("increase", 35, "%", "năm 2023"), subject="sản phẩm bị tịch thu", period=Y24),
    F("thứ 2", "2", 2, "rank", "hạng", subject="tỷ lệ trường học đạt chuẩn không khói thuốc"),
    F("với 94,2%", "94,2", 94.2, "percent", "%", subject="tỷ lệ trường học đạt chuẩn không khói thuốc"),
    F("tới 85 trường", "85", 85, "count", "trường", status="forecast",
      subject="trường được mở rộng chương trình Trường học nói không với thuốc lá điện tử", period=NN),
    F("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
      subject="tỷ lệ học sinh sử dụng thuốc lá điện tử", period=T25),
    F("cho ba chục", "ba chục", 30, "count", "tuyên truyền viên", status="forecast",
      subject="tuyên truyền viên nòng cốt được tập huấn", period=Q1),
    F("của 9 quận", "9", 9, "count", "quận, huyện", status="forecast",
      subject="quận, huyện có tuyên truyền viên được tập huấn", period=Q1),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): banner and menu, 'Cập nhật lúc 19:05, Thứ Tư, 15/01/2025', tag '(THCT) -', reporters, hotline, licence.",
    "Distractors: 19:05, 'năm 2021' as a baseline, hotline 0292.3821.117, 'Giấy phép số 45/GP-BTTTT', 'Đài PT&TH'.",
    "'quý IV/2024' governs the whole survey sentence (12 trường, gần 2.500, 6,8%); the next sentence's 40% inherits it.",
    "'cao gấp hơn 2 lần so với khảo sát năm 2021' is the change of 6,8% (unit lần, approx over).",
    "'có thể lên tới 50 mg/ml' → measure, exact (a stated ceiling, no approx cue of the spec). Price range → money, unit đồng/sản phẩm.",
    "'tịch thu hơn 3.000 sản phẩm, tăng 35% so với năm 2023' → change of 3.000. Rank 2 and 'với 94,2%': two figures (the percent is the ranked value).",
    "'Năm nay' = 2025 (published). 'dự kiến' → forecast; ', phấn đấu đến cuối năm 2025 ...' → target, start null.",
    "'Dự kiến trong quý I, CDC tập huấn ...' → forecast for both counts; year-less 'quý I' → 2025 (nearest earlier year, 'cuối năm 2025').",
]

if __name__ == "__main__":
    write("p1277-8", TEXT, NOTES, FIGS, published="2025-01-15", location="Cần Thơ")
