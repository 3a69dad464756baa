"""p961-8: provincial newspaper online (Báo Bắc Giang điện tử), headline figure, (BGĐT) tag, quý I/2025."""
from lib import F, P, I, C, T, build

TEXT = """Báo Bắc Giang điện tử
Kinh tế > Doanh nghiệp
Hơn 300 doanh nghiệp quay trở lại hoạt động trong quý I
Cập nhật lúc 07:30, Thứ Sáu, 11/04/2025

(BGĐT) - Quý I/2025, toàn tỉnh có 312 doanh nghiệp quay trở lại hoạt động, tăng 26,3% so với cùng kỳ năm 2024; đây là mức cao nhất trong 3 năm gần đây.

Theo Sở Kế hoạch và Đầu tư, trong quý I, có 540 doanh nghiệp thành lập mới, đạt 27% kế hoạch năm, với tổng vốn đăng ký 4.180 tỷ đồng, tăng 15,8% so với cùng kỳ; vốn đăng ký bình quân đạt 7,7 tỷ đồng/doanh nghiệp.

Tuy nhiên, số doanh nghiệp tạm ngừng kinh doanh vẫn ở mức cao với 438 doanh nghiệp, tăng 4,5%; 157 doanh nghiệp ngừng hoạt động chờ giải thể và 62 doanh nghiệp hoàn tất thủ tục giải thể, giảm 11 doanh nghiệp so với cùng kỳ.

Các địa phương có nhiều doanh nghiệp quay trở lại hoạt động là TP Bắc Giang, thị xã Việt Yên và huyện Yên Dũng với lần lượt 96, 58 và 37 doanh nghiệp. Số doanh nghiệp quay lại hoạt động đã tạo việc làm cho khoảng 3.500 lao động.

Dự kiến trong quý II, khoảng 350 doanh nghiệp sẽ quay trở lại hoạt động khi các khu công nghiệp Quang Châu, Vân Trung, Hòa Phú thu hút thêm dự án mới. Năm 2025, tỉnh phấn đấu có 2.000 doanh nghiệp thành lập mới, 1.000 doanh nghiệp quay trở lại hoạt động; thời gian giải quyết thủ tục đăng ký tạm ngừng, giải thể không quá 2 ngày làm việc.

Thu Hương
Đường dây nóng: 0204.3854.462
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1b = P("trong quý I", "2025-01-01", "2025-03-31")
Y = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", P("trong quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Q1, change=C("increase", 26.3, baseline="cùng kỳ năm 2024")),
    F("có 540 doanh nghiệp", "540", 540, "count", "doanh nghiệp",
      "doanh nghiệp thành lập mới", Q1b, percent=27),
    F("vốn đăng ký 4.180 tỷ đồng", "4.180", 4180e9, "money", "đồng",
      "tổng vốn đăng ký của doanh nghiệp thành lập mới", Q1b, change=C("increase", 15.8, baseline="cùng kỳ")),
    F("đạt 7,7 tỷ đồng/doanh nghiệp", "7,7", 7.7e9, "money", "đồng/doanh nghiệp",
      "vốn đăng ký bình quân", Q1b),
    F("với 438 doanh nghiệp", "438", 438, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh", I(Q1b), change=C("increase", 4.5)),
    F("157 doanh nghiệp", "157", 157, "count", "doanh nghiệp",
      "doanh nghiệp ngừng hoạt động chờ giải thể", I(Q1b)),
    F("62 doanh nghiệp", "62", 62, "count", "doanh nghiệp",
      "doanh nghiệp hoàn tất thủ tục giải thể", I(Q1b),
      change=C("decrease", 11, "doanh nghiệp", baseline="cùng kỳ")),
    F("lần lượt 96,", "96", 96, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(Q1b), location="Bắc Giang"),
    F(", 58 và", "58", 58, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(Q1b), location="Việt Yên"),
    F("và 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(Q1b), location="Yên Dũng"),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động",
      "lao động được tạo việc làm", I(Q1b), approx="about"),
    F("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", P("trong quý II", "2025-04-01", "2025-06-30"),
      approx="about", status="forecast"),
    F("có 2.000 doanh nghiệp", "2.000", 2000, "count", "doanh nghiệp",
      "doanh nghiệp thành lập mới", Y, status="target"),
    F("1.000 doanh nghiệp", "1.000", 1000, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", Y, status="target"),
    F("không quá 2 ngày", "2", 2, "measure", "ngày làm việc",
      "thời gian giải quyết thủ tục đăng ký tạm ngừng, giải thể", Y, approx="at_most", status="target"),
]

NOTES = [
    "Báo Bắc Giang điện tử style (invented): headline figure 'Hơn 300', tag (BGĐT) implies Bắc Giang; 'Cập nhật lúc 07:30, Thứ Sáu, 11/04/2025'.",
    "Headline 'trong quý I' without a year takes 2025 (published). '540 ..., đạt 27% kế hoạch năm' -> percent 27 (the plan 2.000 is its own target figure later).",
    "'giảm 11 doanh nghiệp so với cùng kỳ' is the change of 62 (the figure just before). '438 ..., tăng 4,5%' change without baseline.",
    "'với lần lượt 96, 58 và 37 doanh nghiệp' -> three figures sharing the list's indicator; TP Bắc Giang, Việt Yên, Yên Dũng are their locations.",
    "Status: 'Dự kiến trong quý II' -> forecast; 'phấn đấu' governs 2.000, 1.000 and 'không quá 2 ngày làm việc' (target, at_most).",
    "Distractors: 07:30, Thứ Sáu, 11/04/2025, 'trong 3 năm gần đây' (a period), KCN names, hotline 0204.3854.462.",
]

if __name__ == "__main__":
    build("p961-8", TEXT, FIGS, NOTES, published="2025-04-11", location="Bắc Giang")
