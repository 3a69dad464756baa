"""p1206-5: Party newspaper (Báo Nghệ An): a prosthetics workshop in TP Vinh and provincial figures."""
from lib import F, P, I, C, T, write

TEXT = """Xã hội

Những đôi chân mới cho người khuyết tật xứ Nghệ

Mỗi năm, xưởng chỉnh hình của Bệnh viện Phục hồi chức năng Nghệ An ở TP Vinh lắp mới, thay thế khoảng 650 chân tay giả, nẹp chỉnh hình cho người khuyết tật trong và ngoài tỉnh.

Xưởng rộng chừng 400 m2, có 9 kỹ thuật viên, trong đó 3 người là người khuyết tật. Anh Hồ Văn Lợi, kỹ thuật viên chính, bị cụt chân phải năm 14 tuổi và đã gắn bó với nghề làm chân giả hơn 20 năm. Theo anh Lợi, một chiếc chân giả dưới gối có giá từ 4 đến 6 triệu đồng, chân giả trên gối từ 8 đến 15 triệu đồng; mỗi chiếc dùng được khoảng 3-5 năm. "Đo, đổ khuôn, lắp thử rồi chỉnh dáng đi, làm xong một chiếc chân mất cả tuần", anh Lợi nói.

Theo Sở Lao động - Thương binh và Xã hội, Nghệ An hiện có trên 95.000 người khuyết tật, đứng thứ hai cả nước sau Thanh Hóa. Năm 2023, tỉnh đã hỗ trợ 3.760 phương tiện trợ giúp cho người khuyết tật, tăng 9,4% so với năm 2022; trong đó có 420 chân tay giả. Các huyện miền núi Tương Dương, Kỳ Sơn và Con Cuông có tỷ lệ người khuyết tật được tiếp cận phương tiện trợ giúp thấp nhất tỉnh, lần lượt 41,2%, 38,5% và 44,7%.

Năm nay, bệnh viện dự kiến lắp mới khoảng 700 chân tay giả, dụng cụ chỉnh hình; riêng đợt khám sàng lọc tại các huyện miền Tây trong tháng 7 dự kiến tiếp nhận 150 người. Tỉnh phấn đấu đến năm 2025 có 70% người khuyết tật có nhu cầu được hỗ trợ phương tiện trợ giúp phù hợp.

Bài và ảnh: KHÁNH LY
18/06/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
M7 = P("tháng 7", "2024-07-01", "2024-07-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "tỷ lệ người khuyết tật được tiếp cận phương tiện trợ giúp"

FIGS = [
    F("khoảng 650 chân", "650", 650, "count", "chân tay giả, nẹp chỉnh hình", approx="about",
      subject="chân tay giả, nẹp chỉnh hình lắp mới, thay thế mỗi năm tại xưởng chỉnh hình", location="Vinh"),
    F("chừng 400 m2", "400", 400, "measure", "m2", approx="about", subject="diện tích xưởng chỉnh hình",
      location="Vinh"),
    F("có 9 kỹ thuật viên", "9", 9, "count", "kỹ thuật viên", subject="kỹ thuật viên của xưởng chỉnh hình",
      location="Vinh"),
    F("3 người là", "3", 3, "count", "người", total=9,
      subject="kỹ thuật viên là người khuyết tật", location="Vinh"),
    F("năm 14 tuổi", "14", 14, "measure", "tuổi", optional=True, subject="tuổi khi bị cụt chân", location="Vinh"),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True,
      subject="thời gian gắn bó với nghề làm chân giả", location="Vinh"),
    F("từ 4 đến 6 triệu", "4", 4000000, "money", "đồng", value_max=6000000,
      subject="giá một chiếc chân giả dưới gối", location="Vinh"),
    F("từ 8 đến 15 triệu", "8", 8000000, "money", "đồng", value_max=15000000,
      subject="giá chân giả trên gối", location="Vinh"),
    F("khoảng 3-5 năm", "3", 3, "measure", "năm", value_max=5, approx="about",
      subject="thời gian sử dụng mỗi chiếc chân giả", location="Vinh"),
    F("trên 95.000 người", "95.000", 95000, "count", "người khuyết tật", approx="over",
      subject="người khuyết tật"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số người khuyết tật so với cả nước"),
    F("hỗ trợ 3.760 phương tiện", "3.760", 3760, "count", "phương tiện trợ giúp",
      change=C("increase", 9.4, "%", "năm 2022"),
      subject="phương tiện trợ giúp hỗ trợ cho người khuyết tật", period=Y23),
    F("có 420 chân", "420", 420, "count", "chân tay giả", total=3760,
      subject="chân tay giả hỗ trợ cho người khuyết tật", period=Y23),
    F("lần lượt 41,2%", "41,2", 41.2, "percent", "%", subject=LIST, location="Tương Dương"),
    F("38,5% và", "38,5", 38.5, "percent", "%", subject=LIST, location="Kỳ Sơn"),
    F("44,7%.", "44,7", 44.7, "percent", "%", subject=LIST, location="Con Cuông"),
    F("khoảng 700 chân", "700", 700, "count", "chân tay giả, dụng cụ chỉnh hình", approx="about",
      status="forecast", subject="chân tay giả, dụng cụ chỉnh hình bệnh viện lắp mới", period=Y24, location="Vinh"),
    F("tiếp nhận 150 người", "150", 150, "count", "người", status="forecast",
      subject="người được tiếp nhận trong đợt khám sàng lọc tại các huyện miền Tây", period=M7),
    F("có 70% người", "70", 70, "percent", "%", status="target",
      subject="tỷ lệ người khuyết tật có nhu cầu được hỗ trợ phương tiện trợ giúp phù hợp", period=T25),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): section label, headline, byline 'Bài và ảnh: KHÁNH LY' and bare date '18/06/2024' at the end (published).",
    "Workshop passage: the orthopaedic workshop of the provincial rehabilitation hospital stands in TP Vinh -> location Vinh for",
    "its figures, also in the following sentences about it and in 'bệnh viện dự kiến'; province figures -> Nghệ An.",
    "Distractors: 'Những đôi chân' (classifier, no number), 'một chiếc chân giả' / 'một chiếc chân' (article 'a'), 'cả tuần'.",
    "'năm 14 tuổi' and 'hơn 20 năm' (a person's age and career) optional. 'đứng thứ hai cả nước' -> rank 2 (number word).",
    "'Năm nay' -> 2024 (published); 'tháng 7' takes that year. 'mỗi năm' is no period. The district list gets no period (none stated).",
]

if __name__ == "__main__":
    write("p1206-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Nghệ An")
