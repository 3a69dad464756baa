"""p1103-4: Bộ Y tế (ministry site) — national school myopia figures, World Sight Day 2024."""
from lib import F, period, inherit, change, write_set

TEXT = """Cổng Thông tin điện tử Bộ Y tế
Trang chủ / Tin tức / Hoạt động của Bộ
Tỷ lệ cận thị ở học sinh có xu hướng gia tăng, trẻ hóa
Ngày đăng: 09/10/2024 15:32

Nhân Ngày Thị giác thế giới (10/10), Bộ Y tế cho biết cả nước hiện có khoảng 3 triệu trẻ em mắc tật khúc xạ cần được chỉnh kính, trong đó cận thị chiếm gần 90%. Tỷ lệ tật khúc xạ ở học sinh khu vực thành thị dao động từ 30 đến 40%, khu vực nông thôn từ 10 đến 15%.

Kết quả khảo sát năm 2023 tại 63 tỉnh, thành phố với hơn 1,2 triệu học sinh tham gia cho thấy tỷ lệ cận thị tăng theo cấp học: tiểu học 14,6%, THCS 28,9% và THPT 40,3%. Hà Nội và TP Hồ Chí Minh là hai địa phương có tỷ lệ cao nhất, lần lượt là 48,2% và 45,7%.

Giai đoạn 2021-2023, Chương trình chăm sóc mắt học đường đã khám sàng lọc cho hơn 4,5 triệu lượt học sinh, cấp miễn phí trên 215.000 kính, tập huấn cho 3.600 cán bộ y tế trường học về phát hiện sớm giảm thị lực. Tổng kinh phí huy động đạt 182 tỷ đồng, gấp 1,6 lần giai đoạn 2018-2020. Ước cả năm 2024, cả nước khám sàng lọc cho khoảng 1,7 triệu học sinh.

Theo Kế hoạch hành động quốc gia về chăm sóc mắt giai đoạn 2022-2030 ban hành kèm Quyết định số 1247/QĐ-BYT, mục tiêu đến năm 2025 có ít nhất 60% học sinh phổ thông được khám sàng lọc thị lực hằng năm, đến năm 2030 đạt 80%. Cũng đến năm 2025, 100% trường học có góc truyền thông về phòng, chống tật khúc xạ. Bộ Y tế dự kiến trong năm 2025 sẽ tập huấn thêm 2.000 cán bộ y tế trường học.

Bộ Y tế khuyến cáo học sinh không nên sử dụng thiết bị điện tử quá 2 giờ mỗi ngày, dành ít nhất 2 giờ hoạt động ngoài trời và tuân thủ quy tắc 20-20-20 khi học tập, đọc sách.

Cổng Thông tin điện tử Bộ Y tế - Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23I = inherit(Y23)
GD = period("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
C25 = period("Cũng đến năm 2025", None, "2025-12-31")
N25 = period("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 3 triệu trẻ em", "3", 3e6, "count", "trẻ em", "trẻ em mắc tật khúc xạ cần được chỉnh kính",
      approx="about"),
    F("chiếm gần 90%", "90", 90, "percent", "%", "cận thị trong số trẻ em mắc tật khúc xạ", approx="nearly"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ tật khúc xạ ở học sinh khu vực thành thị", value_max=40),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "tỷ lệ tật khúc xạ ở học sinh khu vực nông thôn", value_max=15),
    F("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố tham gia khảo sát", Y23),
    F("hơn 1,2 triệu học sinh", "1,2", 1.2e6, "count", "học sinh", "học sinh tham gia khảo sát", Y23,
      approx="over"),
    F("tiểu học 14,6%", "14,6", 14.6, "percent", "%", "tỷ lệ cận thị học sinh tiểu học", Y23),
    F("THCS 28,9%", "28,9", 28.9, "percent", "%", "tỷ lệ cận thị học sinh THCS", Y23),
    F("THPT 40,3%", "40,3", 40.3, "percent", "%", "tỷ lệ cận thị học sinh THPT", Y23),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có tỷ lệ cận thị cao nhất", Y23I,
      optional=True),
    F("lần lượt là 48,2%", "48,2", 48.2, "percent", "%", "tỷ lệ cận thị", Y23I, location="Hà Nội"),
    F("và 45,7%", "45,7", 45.7, "percent", "%", "tỷ lệ cận thị", Y23I, location="TP Hồ Chí Minh"),
    F("hơn 4,5 triệu lượt", "4,5", 4.5e6, "count", "lượt học sinh", "lượt học sinh được khám sàng lọc", GD,
      approx="over"),
    F("trên 215.000 kính", "215.000", 215000, "count", "kính", "kính cấp miễn phí", GD, approx="over"),
    F("cho 3.600 cán bộ", "3.600", 3600, "count", "cán bộ y tế trường học",
      "cán bộ y tế trường học được tập huấn về phát hiện sớm giảm thị lực", GD),
    F("đạt 182 tỷ đồng", "182", 182e9, "money", "đồng", "tổng kinh phí huy động", inherit(GD),
      change=change("increase", 1.6, "lần", "giai đoạn 2018-2020")),
    F("khoảng 1,7 triệu học sinh", "1,7", 1.7e6, "count", "học sinh", "học sinh được khám sàng lọc", Y24,
      approx="about", status="estimate"),
    F("ít nhất 60%", "60", 60, "percent", "%", "học sinh phổ thông được khám sàng lọc thị lực hằng năm", T25,
      approx="at_least", status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "học sinh phổ thông được khám sàng lọc thị lực hằng năm", T30,
      status="target"),
    F("100% trường học", "100", 100, "percent", "%", "trường học có góc truyền thông về phòng, chống tật khúc xạ",
      C25, status="target"),
    F("thêm 2.000 cán bộ", "2.000", 2000, "count", "cán bộ y tế trường học", "cán bộ y tế trường học được tập huấn",
      N25, status="forecast"),
    F("quá 2 giờ mỗi ngày", "2", 2, "measure", "giờ", approx="at_most", optional=True),
    F("ít nhất 2 giờ", "2", 2, "measure", "giờ", approx="at_least", optional=True),
]

NOTES = [
    "Bộ Y tế portal, 'Ngày đăng: 09/10/2024 15:32'; national figures, location Việt Nam (Hà Nội / TP HCM list items).",
    "Not figures: '(10/10)' (a date), Quyết định số 1247/QĐ-BYT, giai đoạn 2022-2030, 'quy tắc 20-20-20' (a rule's name),",
    "the address 138A Giảng Võ. 'gấp 1,6 lần giai đoạn 2018-2020' after 182 tỷ is its change (unit lần).",
    "'trong đó cận thị chiếm gần 90%' is a share of a part with no count: a percent figure of its own.",
    "revised: 'hai địa phương' (a number word restating the two listed places) added as optional.",
    "Recommendations 'quá 2 giờ mỗi ngày', 'ít nhất 2 giờ' are norms, optional.",
]

write_set("p1103-4", TEXT, FIGS, NOTES, published="2024-10-09", location="Việt Nam")
