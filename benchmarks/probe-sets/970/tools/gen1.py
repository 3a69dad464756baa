"""p970-1: Nghệ An province portal, H1/2024 grassroots mediation results."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Pháp luật - Tư pháp
Nghệ An: Tỷ lệ hòa giải thành 6 tháng đầu năm đạt 83,6%
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Tư pháp, 6 tháng đầu năm 2024, các tổ hòa giải ở cơ sở trên địa bàn tỉnh Nghệ An đã tiếp nhận 2.846 vụ việc, tăng 7,2% so với cùng kỳ năm 2023; trong đó tranh chấp đất đai 1.124 vụ việc (chiếm 39,5%), mâu thuẫn hôn nhân và gia đình 687 vụ việc (chiếm 24,1%), tranh chấp dân sự 612 vụ việc, còn lại là vi phạm pháp luật nhỏ và các lĩnh vực khác.

Kết quả, các tổ đã hòa giải thành 2.379 vụ việc, đạt tỷ lệ 83,6%; hòa giải không thành 351 vụ việc; 116 vụ việc đang tiếp tục hòa giải. Điển hình như tổ hòa giải khối 5, phường Hưng Bình (TP Vinh) đã hòa giải thành 14/15 vụ việc được tiếp nhận. Ước cả năm 2024, các tổ hòa giải tiếp nhận khoảng 5.600 vụ việc.

Toàn tỉnh hiện có 3.718 tổ hòa giải với 26.905 hòa giải viên, bình quân hơn 7 hòa giải viên/tổ. Trong số hòa giải viên, nữ chiếm 31,2%, người dân tộc thiểu số chiếm 18,7%. Từ đầu năm đến nay, Sở Tư pháp đã phối hợp tổ chức 21 lớp tập huấn kỹ năng hòa giải cho khoảng 2.400 lượt hòa giải viên với kinh phí gần 640 triệu đồng.

Thực hiện Luật Hòa giải ở cơ sở năm 2013 và Nghị định số 15/2014/NĐ-CP, mức chi thù lao cho hòa giải viên trên địa bàn tỉnh là 300.000 đồng/vụ việc. Năm 2024, tỉnh phấn đấu tỷ lệ hòa giải thành đạt trên 85%; 100% tổ hòa giải được kiện toàn theo quy định; mỗi huyện, thành phố, thị xã xây dựng ít nhất 2 mô hình tổ hòa giải điểm.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành 6 tháng đầu năm đạt 83,6%", "83,6", 83.6, "percent", "%", "tỷ lệ hòa giải thành",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 2.846 vụ việc", "2.846", 2846, "count", "vụ việc",
      "vụ việc các tổ hòa giải ở cơ sở tiếp nhận", H1,
      change=C("increase", 7.2, "%", "cùng kỳ năm 2023")),
    F("đất đai 1.124 vụ việc", "1.124", 1124, "count", "vụ việc", "vụ việc tranh chấp đất đai", H1,
      total=2846, percent=39.5),
    F("gia đình 687 vụ việc", "687", 687, "count", "vụ việc", "vụ việc mâu thuẫn hôn nhân và gia đình", H1,
      total=2846, percent=24.1),
    F("dân sự 612 vụ việc", "612", 612, "count", "vụ việc", "vụ việc tranh chấp dân sự", H1, total=2846),
    F("thành 2.379 vụ việc", "2.379", 2379, "count", "vụ việc", "vụ việc hòa giải thành", I(H1), percent=83.6),
    F("không thành 351 vụ việc", "351", 351, "count", "vụ việc", "vụ việc hòa giải không thành", I(H1)),
    F("116 vụ việc đang", "116", 116, "count", "vụ việc", "vụ việc đang tiếp tục hòa giải", I(H1)),
    F("thành 14/15 vụ việc", "14", 14, "count", "vụ việc",
      "vụ việc tổ hòa giải khối 5, phường Hưng Bình hòa giải thành", I(H1), total=15, location="Vinh"),
    F("khoảng 5.600 vụ việc", "5.600", 5600, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("có 3.718 tổ hòa giải", "3.718", 3718, "count", "tổ hòa giải", "tổ hòa giải"),
    F("với 26.905 hòa giải viên", "26.905", 26905, "count", "hòa giải viên", "hòa giải viên"),
    F("hơn 7 hòa giải viên/tổ", "7", 7, "measure", "hòa giải viên/tổ", "hòa giải viên bình quân mỗi tổ",
      approx="over"),
    F("nữ chiếm 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ hòa giải viên nữ"),
    F("thiểu số chiếm 18,7%", "18,7", 18.7, "percent", "%", "tỷ lệ hòa giải viên người dân tộc thiểu số"),
    F("tổ chức 21 lớp", "21", 21, "count", "lớp", "lớp tập huấn kỹ năng hòa giải", YTD),
    F("khoảng 2.400 lượt", "2.400", 2400, "count", "lượt hòa giải viên", "lượt hòa giải viên được tập huấn", YTD,
      approx="about"),
    F("gần 640 triệu đồng", "640", 640e6, "money", "đồng", "kinh phí tập huấn kỹ năng hòa giải", YTD,
      approx="nearly"),
    F("là 300.000 đồng/vụ việc", "300.000", 300000, "money", "đồng/vụ việc", "mức chi thù lao cho hòa giải viên"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ hòa giải thành", Y24, approx="over", status="target"),
    F("100% tổ hòa giải được kiện toàn", "100", 100, "percent", "%", "tổ hòa giải được kiện toàn theo quy định",
      Y24, status="target"),
    F("ít nhất 2 mô hình", "2", 2, "count", "mô hình", "mô hình tổ hòa giải điểm mỗi huyện, thành phố, thị xã",
      Y24, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: kết quả hòa giải ở cơ sở 6 tháng đầu năm 2024.",
    "Headline '6 tháng đầu năm' has no year: takes 2024 from the dateline (nothing dated stands before it).",
    "Parts after 'trong đó' take the whole 2.846; results (thành / không thành / đang) have no part-of cue, so no total.",
    "14/15: the example team in khối 5, phường Hưng Bình, TP Vinh -> location Vinh, total 15.",
    "'Lượt xem: 2.317', 'khối 5', 'Nghị định số 15/2014/NĐ-CP', 'năm 2013' are not figures.",
]

write_set(1, TEXT, FIGS, NOTES, published="2024-07-18", location="Nghệ An")
