"""p1368-8: radio/TV site (Đài PT-TH Nghệ An): free dental check-ups for preschoolers in TP Vinh; province half-year figures."""
from lib import F, period, inherit, change, target, write

TEXT = """NGHỆ AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Xã hội | Sức khỏe | Video

Khám răng miễn phí cho hơn 1.200 trẻ mầm non tại TP Vinh

15:42 | 02/06/2024

NTV - Nhân Ngày Quốc tế Thiếu nhi 1/6, Hội Răng Hàm Mặt tỉnh phối hợp với Phòng khám Nha khoa Hồng Lam tổ chức khám, tư vấn răng miệng miễn phí cho 1.236 trẻ tại 7 trường mầm non ở TP Vinh.

Qua khám, 58% trẻ có răng sữa bị sâu, trong đó gần 30% số trẻ có từ 3 răng sâu trở lên. Các bác sĩ đã bôi vecni fluor phòng sâu răng cho 940 trẻ; mỗi trẻ được tặng bộ bàn chải trị giá 45.000 đồng.

Theo Sở Y tế Nghệ An, 6 tháng đầu năm 2024, toàn tỉnh khám răng miệng cho 86.500 trẻ mầm non và học sinh tiểu học, bằng 52% kế hoạch năm, tăng 11,3% so với cùng kỳ. Riêng tháng 5, các trạm y tế xã đã khám cho 14.200 em. Nghệ An hiện có 21 huyện, thành phố, thị xã triển khai chương trình nha học đường; tỷ lệ sâu răng ở học sinh tiểu học khoảng 75-80%.

Trong 6 tháng cuối năm, ngành y tế phấn đấu khám thêm ít nhất 80.000 em, nâng tổng số cả năm lên hơn 166.000 em. Chương trình "Nụ cười Xứ Nghệ 2024" dự kiến trao 3.000 suất quà cho học sinh nghèo các huyện miền núi như Kỳ Sơn, Tương Dương, Quế Phong.

Minh Quân - Ngọc Lan / NTV
Lượt xem: 734
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M5 = period("tháng 5", "2024-05-01", "2024-05-31")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
VINH = "Vinh"

FIGS = [
    F("hơn 1.200 trẻ", "1.200", 1200, "count", "trẻ mầm non", approx="over",
      subject="trẻ mầm non được khám răng miễn phí", location=VINH),
    F("cho 1.236 trẻ", "1.236", 1236, "count", "trẻ", subject="trẻ được khám, tư vấn răng miệng miễn phí",
      location=VINH),
    F("tại 7 trường", "7", 7, "count", "trường mầm non", subject="trường mầm non có trẻ được khám",
      location=VINH),
    F("58%", "58", 58, "percent", "%", subject="trẻ có răng sữa bị sâu", location=VINH),
    F("gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="số trẻ có từ 3 răng sâu trở lên", location=VINH),
    F("từ 3 răng", "3", 3, "count", "răng sâu", approx="at_least", optional=True),
    F("cho 940 trẻ", "940", 940, "count", "trẻ", subject="trẻ được bôi vecni fluor phòng sâu răng",
      location=VINH),
    F("45.000 đồng", "45.000", 45000, "money", "đồng", subject="trị giá bộ bàn chải tặng mỗi trẻ",
      location=VINH),
    F("cho 86.500 trẻ", "86.500", 86500, "count", "trẻ", percent=52,
      change=change("increase", 11.3, "%", "cùng kỳ"),
      subject="trẻ mầm non và học sinh tiểu học được khám răng miệng", per=H1),
    F("cho 14.200 em", "14.200", 14200, "count", "em", subject="em được các trạm y tế xã khám", per=M5),
    F("có 21 huyện", "21", 21, "count", "huyện, thành phố, thị xã",
      subject="huyện, thành phố, thị xã triển khai chương trình nha học đường"),
    F("khoảng 75-80%", "75", 75, "percent", "%", value_max=80, approx="about",
      subject="tỷ lệ sâu răng ở học sinh tiểu học"),
    F("ít nhất 80.000 em", "80.000", 80000, "count", "em", approx="at_least", status="target",
      subject="em được khám thêm", per=H2),
    F("hơn 166.000 em", "166.000", 166000, "count", "em", approx="over", status="target",
      subject="tổng số em được khám cả năm", per=YEAR),
    F("trao 3.000 suất", "3.000", 3000, "count", "suất quà", status="forecast",
      subject="suất quà trao cho học sinh nghèo"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): channel banner, menu, '15:42 | 02/06/2024', 'NTV -' tag, byline, 'Lượt xem: 734'.",
    "Distractors: 'Ngày Quốc tế Thiếu nhi 1/6', 15:42, 'Nụ cười Xứ Nghệ 2024' (a programme name), the view counter.",
    "The TP Vinh event (headline, first two paragraphs) is located in Vinh; the Sở Y tế figures in Nghệ An.",
    "'58% trẻ ..., trong đó gần 30% số trẻ' → a percent after a percent is a figure of its own. 'từ 3 răng sâu trở lên' defines",
    "the group (threshold): optional. 'mỗi trẻ được tặng bộ bàn chải trị giá 45.000 đồng' is the value of one set: unit đồng.",
    "'bằng 52% kế hoạch năm, tăng 11,3% so với cùng kỳ' → percent and change of 86.500. 'Riêng tháng 5' → no total; year 2024.",
    "'phấn đấu' governs both clauses of the 6-month sentence (target); 'cả năm' is 2024. 'dự kiến trao 3.000 suất' → forecast.",
    "'khoảng 75-80%' → range with approx about; 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1368-8", TEXT, NOTES, FIGS, published="2024-06-02", location="Nghệ An")
