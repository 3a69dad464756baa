"""p1284-8: radio/TV site (Đài PT-TH Điện Biên): fog on Pha Đin pass, schools closed for cold, livestock (23/01/2024)."""
from lib import F, period, inherited, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐIỆN BIÊN
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình | Podcast

Sương mù dày đặc, hơn 12 nghìn học sinh nghỉ học vì rét

Thứ Ba, 23/01/2024 - 18:05 | Lượt xem: 845

(ĐTV) - Sáng 23/1, sương mù dày đặc bao phủ nhiều tuyến đường trên địa bàn tỉnh; trên đèo Pha Đin, tầm nhìn xa chỉ còn 10-20 m. Nhiệt độ thấp nhất tại huyện Tủa Chùa 2,8 độ C, huyện Mường Chà 4,5 độ C, TP Điện Biên Phủ 8 độ C.

Do nhiệt độ xuống dưới 7 độ C, ngày 23/1, Sở Giáo dục và Đào tạo cho 12.560 học sinh mầm non, tiểu học của 64 trường thuộc các huyện Tủa Chùa, Mường Nhé, Nậm Pồ nghỉ học. Học sinh trung học cơ sở vẫn đến trường nhưng lùi giờ vào học đến 8h.

Từ đầu tháng 12/2023 đến nay, toàn tỉnh có 52 con trâu, bò chết do rét, giảm 65% so với cùng kỳ. Đàn gia súc của tỉnh hiện có trên 340.000 con; ngành nông nghiệp đã cấp 2.000 lít hóa chất sát trùng, vượt 25% kế hoạch; hướng dẫn các hộ đốt lửa sưởi ấm, cho trâu, bò ăn thêm cám, muối.

Theo Đài Khí tượng Thủy văn tỉnh, số ngày có sương mù dày tại huyện Tuần Giáo từ đầu tháng 1 đến nay gấp 2 lần cùng kỳ năm 2023. Dự báo rét đậm còn kéo dài đến hết tuần, vùng cao có nơi dưới 3 độ C.

Phóng viên: Quàng Hưng - Lò Thu
Thời lượng: 02:45

Tin cùng chuyên mục:
- Bản tin Thời sự 19h ngày 22/01/2024
- Điện Biên: Khai mạc Lễ hội Hoa Ban lần thứ XIII

Giấy phép số 12/GP-BTTTT | Địa chỉ: Số 876, đường Võ Nguyên Giáp, TP Điện Biên Phủ
"""

DAY23 = period("Sáng 23/1", "2024-01-23", "2024-01-23")
DAY23b = period("ngày 23/1", "2024-01-23", "2024-01-23")
WINTER = period("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-23")
JAN = period("từ đầu tháng 1 đến nay", "2024-01-01", "2024-01-23")
T = "nhiệt độ thấp nhất"

FIGS = [
    F("hơn 12 nghìn", "12", 12000, "count", "học sinh", approx="over", subject="học sinh nghỉ học vì rét"),
    F("còn 10-20 m", "10", 10, "measure", "m", value_max=20, subject="tầm nhìn xa trên đèo Pha Đin",
      period=DAY23),
    F("Tủa Chùa 2,8 độ C", "2,8", 2.8, "measure", "độ C", subject=T, period=inherited(DAY23),
      location="Tủa Chùa"),
    F("Mường Chà 4,5 độ C", "4,5", 4.5, "measure", "độ C", subject=T, period=inherited(DAY23),
      location="Mường Chà"),
    F("Phủ 8 độ C", "8", 8, "measure", "độ C", subject=T, period=inherited(DAY23), location="Điện Biên Phủ"),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", approx="under", subject="nhiệt độ", period=DAY23b),
    F("cho 12.560", "12.560", 12560, "count", "học sinh", subject="học sinh mầm non, tiểu học nghỉ học",
      period=DAY23b),
    F("của 64 trường", "64", 64, "count", "trường", subject="trường có học sinh nghỉ học", period=DAY23b),
    F("có 52 con", "52", 52, "count", "con", change=change("decrease", 65, "%", "cùng kỳ"),
      subject="trâu, bò chết do rét", period=WINTER),
    F("trên 340.000 con", "340.000", 340000, "count", "con", approx="over", subject="đàn gia súc của tỉnh"),
    F("cấp 2.000 lít", "2.000", 2000, "measure", "lít", change=change("increase", 25, "%", "kế hoạch"),
      subject="hóa chất sát trùng ngành nông nghiệp đã cấp"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", subject="số ngày có sương mù dày", period=JAN,
      location="Tuần Giáo"),
    F("dưới 3 độ C", "3", 3, "measure", "độ C", approx="under", status="forecast",
      subject="nhiệt độ vùng cao có nơi"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Điện Biên): menu, 'Thứ Ba, 23/01/2024 - 18:05 | Lượt xem: 845', tag '(ĐTV) -', reporters, 'Thời lượng: 02:45', licence, address.",
    "Distractors: 18:05, Lượt xem 845, '8h' (time of day), 02:45, '19h ngày 22/01/2024', 'lần thứ XIII', 'Giấy phép số 12/GP-BTTTT', 'Số 876'.",
    "Pha Đin pass: the text names no district → province default (Điện Biên). 'Sáng 23/1' → one day; the temperature list in the next sentence inherits it.",
    "'Do nhiệt độ xuống dưới 7 độ C' states a fact (the temperature fell below 7): a figure, under. 12.560 học sinh and 64 trường in three districts → Điện Biên.",
    "'Từ đầu tháng 12/2023 đến nay' runs to the dateline; 'giảm 65% so với cùng kỳ' is the change of 52 con.",
    "'gấp 2 lần cùng kỳ năm 2023' stands alone (no amount of days): multiple; period 'từ đầu tháng 1 đến nay' = 2024-01-01..2024-01-23 (not 2023, the baseline).",
    "'vượt 25% kế hoạch' after 2.000 lít: a gap to plan → change (increase 25%, baseline kế hoạch).",
    "'Dự báo ... vùng cao có nơi dưới 3 độ C' → forecast, under.",
]

if __name__ == "__main__":
    write("p1284-8", TEXT, NOTES, FIGS, published="2024-01-23", location="Điện Biên")
