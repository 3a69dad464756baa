from lib import F, P, build

T = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÓC SƠN
Trang chủ / Kinh tế - Xã hội

Cảng hàng không quốc tế Nội Bài: Sản lượng hàng hóa tăng mạnh

Tính đến hết ngày 30/9, sản lượng hàng hóa thông qua Cảng hàng không quốc tế Nội Bài đạt hơn 757.000 tấn, tăng 35,2% so với cùng kỳ năm 2023, chiếm khoảng 46% tổng sản lượng hàng hóa qua các cảng hàng không toàn quốc. Trong đó, hàng quốc tế đạt 651.400 tấn; hàng nội địa khoảng 106.000 tấn.

Về hành khách, 9 tháng qua Nội Bài phục vụ 22,6 triệu lượt khách, tăng 9,1%; trong đó khách quốc tế 8,7 triệu lượt (tăng 24,5%), khách nội địa 13,9 triệu lượt (giảm 1,6%). Số lượt cất hạ cánh bình quân đạt 610 lượt/ngày, cao điểm lên tới 720 lượt/ngày.

Trên địa bàn huyện hiện có 3 nhà ga hàng hóa với tổng công suất khoảng 1,2 triệu tấn/năm. Theo quy hoạch, đến năm 2030 Nội Bài đạt công suất 60 triệu hành khách/năm và 1,5 triệu tấn hàng hóa/năm. Nhà ga T2 mở rộng về phía Nam có tổng vốn đầu tư 4.990 tỷ đồng, dự kiến hoàn thành trong năm 2025.

Khu vực sân bay hiện có gần 18.000 lao động, trong đó khoảng 4.200 người là lao động địa phương của huyện, chiếm 23,3%. Năm 2023, các doanh nghiệp hàng không trên địa bàn nộp ngân sách hơn 1,1 nghìn tỷ đồng, đứng thứ hai trong các ngành kinh tế của huyện.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Địa chỉ: Số 1 đường Núi Đôi, thị trấn Sóc Sơn, Hà Nội. Điện thoại: 024.3884.3203
"""

Q = P("Tính đến hết ngày 30/9", None, "2024-09-30")
Qi = P("Tính đến hết ngày 30/9", None, "2024-09-30", inherited=True)
M9 = P("9 tháng qua", "2024-01-01", "2024-09-30")
M9i = P("9 tháng qua", "2024-01-01", "2024-09-30", inherited=True)
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("hơn 757.000 tấn", "757.000", 757000, "measure", "tấn", "sản lượng hàng hóa thông qua Cảng hàng không quốc tế Nội Bài",
      approx="over", percent=46,
      change={"direction": "increase", "value": 35.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=Q),
    F("đạt 651.400 tấn", "651.400", 651400, "measure", "tấn", "hàng quốc tế", total=757000, period=Qi),
    F("khoảng 106.000 tấn", "106.000", 106000, "measure", "tấn", "hàng nội địa", approx="about", total=757000, period=Qi),
    F("phục vụ 22,6 triệu lượt khách", "22,6", 22600000, "count", "lượt khách", "hành khách Nội Bài phục vụ",
      change={"direction": "increase", "value": 9.1, "unit": "%"}, period=M9),
    F("quốc tế 8,7 triệu lượt", "8,7", 8700000, "count", "lượt khách", "khách quốc tế", total=22600000,
      change={"direction": "increase", "value": 24.5, "unit": "%"}, period=M9),
    F("nội địa 13,9 triệu lượt", "13,9", 13900000, "count", "lượt khách", "khách nội địa", total=22600000,
      change={"direction": "decrease", "value": 1.6, "unit": "%"}, period=M9),
    F("đạt 610 lượt/ngày", "610", 610, "measure", "lượt/ngày", "số lượt cất hạ cánh bình quân", period=M9i),
    F("lên tới 720 lượt/ngày", "720", 720, "measure", "lượt/ngày", "số lượt cất hạ cánh cao điểm", period=M9i),
    F("có 3 nhà ga", "3", 3, "count", "nhà ga hàng hóa", "nhà ga hàng hóa trên địa bàn huyện"),
    F("khoảng 1,2 triệu tấn/năm", "1,2", 1200000, "measure", "tấn/năm", "tổng công suất nhà ga hàng hóa", approx="about"),
    F("công suất 60 triệu hành khách/năm", "60", 60000000, "measure", "hành khách/năm", "công suất Nội Bài",
      status="target", period=T30),
    F("và 1,5 triệu tấn hàng hóa/năm", "1,5", 1500000, "measure", "tấn/năm", "công suất hàng hóa Nội Bài",
      status="target", period=T30),
    F("đầu tư 4.990 tỷ đồng", "4.990", 4990000000000, "money", "đồng", "tổng vốn đầu tư nhà ga T2 mở rộng về phía Nam"),
    F("gần 18.000 lao động", "18.000", 18000, "count", "lao động", "lao động khu vực sân bay", approx="nearly"),
    F("khoảng 4.200 người", "4.200", 4200, "count", "người", "lao động địa phương của huyện", approx="about",
      total=18000, percent=23.3),
    F("hơn 1,1 nghìn tỷ đồng", "1,1", 1100000000000, "money", "đồng", "nộp ngân sách của các doanh nghiệp hàng không",
      approx="over", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "nộp ngân sách trong các ngành kinh tế của huyện",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
]

build("p287-8", T, figs, [
    "Cổng TTĐT huyện Sóc Sơn (district portal, Hà Nội): Nội Bài cargo and passengers. No dateline at all (published null);",
    "byline and office at the end, address and phone in the footer.",
    "'Tính đến hết ngày 30/9' has no year: the year comes from the baseline 'so với cùng kỳ năm 2023' (→ 2024): as-of 2024-09-30.",
    "'9 tháng qua' takes the same year: 2024-01-01..2024-09-30.",
    "Location: the district (Nội Bài lies in Sóc Sơn and the portal is the district's, cf. p205-7 'Can Lộc').",
    "'chiếm khoảng 46% tổng sản lượng … toàn quốc' is the share of 757.000 tấn (its percent); its 'khoảng' is not recorded.",
    "'Trong đó' after a sentence break gives totals to the cargo parts; bracketed '(tăng 24,5%)' are the parts' changes.",
    "Unit of '1,5 triệu tấn hàng hóa/năm' is 'tấn/năm' (shortest unit; 'hàng hóa' is the subject, as in '1,2 triệu tấn/năm'). Revised after",
    "the first run: was 'tấn hàng hóa/năm'.",
    "Capacities and movements per day are rates (measure, '…/năm', '…/ngày'); 'lên tới' is not an approx cue.",
    "'dự kiến hoàn thành trong năm 2025' follows the investment figure and governs its own clause: the 4.990 tỷ đồng is actual.",
    "'khoảng 4.200 người …, chiếm 23,3%' is a part of 18.000 with its share. 'đứng thứ hai' rank 2.",
    "Distractors: 'ngày 30/9', 'năm 2030' as a period, 'T2' (terminal name), 'Số 1 đường Núi Đôi', phone 024.3884.3203.",
], published=None, location="Sóc Sơn")
