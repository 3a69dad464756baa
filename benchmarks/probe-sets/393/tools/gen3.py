from lib import *

A = """SỞ Y TẾ TỈNH ĐỒNG NAI
Trang thông tin điện tử
Ngày đăng: 12/11/2024 | Lượt xem: 876

Đồng Nai mở rộng điều trị dự phòng trước phơi nhiễm HIV (PrEP)

Theo Trung tâm Kiểm soát bệnh tật (CDC) Đồng Nai, từ đầu năm đến nay, toàn tỉnh có 2.168 khách hàng được điều trị PrEP, tăng 31,4% so với cùng kỳ năm 2023, đạt 108,4% chỉ tiêu năm được giao (2.000 người). Trong đó, khách hàng mới bắt đầu điều trị là 947 người; nhóm nam quan hệ tình dục đồng giới (MSM) chiếm 78,6%, người chuyển giới nữ chiếm 6,2%.

Hiện dịch vụ PrEP được cung cấp tại 14 cơ sở, gồm 9 cơ sở y tế công lập, 3 phòng khám tư nhân và 2 phòng khám do cộng đồng dẫn dắt. Số khách hàng tập trung nhiều nhất tại TP Biên Hòa với 1.025 người (chiếm 47,3%), tiếp đến là huyện Trảng Bom 312 người, TP Long Khánh 186 người và huyện Nhơn Trạch 154 người.

Qua theo dõi, tỷ lệ khách hàng duy trì điều trị PrEP sau 3 tháng đạt 72,5%, cao hơn 4,3 điểm phần trăm so với năm 2023; chỉ ghi nhận 2 trường hợp nhiễm HIV trong quá trình sử dụng PrEP do không tuân thủ điều trị. Tổng kinh phí dự án PEPFAR hỗ trợ thuốc PrEP cho tỉnh năm 2024 khoảng 1,85 tỷ đồng.

Năm 2025, CDC Đồng Nai dự kiến mở thêm 4 điểm cung cấp PrEP, nâng tổng số khách hàng lên khoảng 2.600 người; phấn đấu 100% huyện, thành phố trong tỉnh có điểm cung cấp dịch vụ PrEP.

Khách hàng có nhu cầu sử dụng PrEP theo hướng dẫn tại Quyết định số 5968/QĐ-BYT của Bộ Y tế có thể liên hệ CDC Đồng Nai, số 26 Phan Đình Phùng, phường Quang Vinh, TP Biên Hòa, điện thoại 0251.3822.504 (giờ hành chính, từ 7 giờ 30 đến 16 giờ 30).
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-12")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-11-12", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "khách hàng điều trị PrEP"

figs = [
    F("có 2.168 khách hàng", "2.168", 2168, "count", "khách hàng", "khách hàng được điều trị PrEP", YTD,
      percent=108.4, target=T(2000, "người"), change=C("increase", 31.4, baseline="cùng kỳ năm 2023")),
    F("là 947 người", "947", 947, "count", "người", "khách hàng mới bắt đầu điều trị PrEP", YTDi, total=2168),
    F("chiếm 78,6%", "78,6", 78.6, "percent", "%", "khách hàng PrEP nhóm nam quan hệ tình dục đồng giới (MSM)", YTDi),
    F("chiếm 6,2%", "6,2", 6.2, "percent", "%", "khách hàng PrEP người chuyển giới nữ", YTDi),
    F("tại 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở cung cấp dịch vụ PrEP"),
    F("gồm 9 cơ sở", "9", 9, "count", "cơ sở y tế công lập", "cơ sở y tế công lập cung cấp PrEP", total=14),
    F("3 phòng khám tư nhân", "3", 3, "count", "phòng khám tư nhân", "phòng khám tư nhân cung cấp PrEP", total=14),
    F("và 2 phòng khám", "2", 2, "count", "phòng khám", "phòng khám do cộng đồng dẫn dắt cung cấp PrEP", total=14),
    F("với 1.025 người", "1.025", 1025, "count", "người", SUBJ, YTDi, percent=47.3, location="Biên Hòa"),
    F("Trảng Bom 312 người", "312", 312, "count", "người", SUBJ, YTDi, location="Trảng Bom"),
    F("Long Khánh 186 người", "186", 186, "count", "người", SUBJ, YTDi, location="Long Khánh"),
    F("Nhơn Trạch 154 người", "154", 154, "count", "người", SUBJ, YTDi, location="Nhơn Trạch"),
    F("sau 3 tháng", "3", 3, "measure", "tháng", "thời gian duy trì điều trị PrEP", optional=True),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ khách hàng duy trì điều trị PrEP sau 3 tháng", YTDi,
      change=C("increase", 4.3, "điểm phần trăm", "năm 2023")),
    F("nhận 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp nhiễm HIV trong quá trình sử dụng PrEP", YTDi),
    F("khoảng 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "kinh phí dự án PEPFAR hỗ trợ thuốc PrEP", Y24,
      approx="about"),
    F("thêm 4 điểm", "4", 4, "count", "điểm cung cấp PrEP", "điểm cung cấp PrEP mở thêm", Y25, status="forecast"),
    F("khoảng 2.600 người", "2.600", 2600, "count", "người", "tổng số khách hàng PrEP", Y25, approx="about",
      status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "huyện, thành phố trong tỉnh có điểm cung cấp dịch vụ PrEP", Y25,
      status="target"),
]

write(3, A, figs, [
    "Department site (Sở Y tế Đồng Nai), 'Ngày đăng: 12/11/2024 | Lượt xem: 876'. PrEP from the start of the year to the dateline.",
    "'từ đầu năm đến nay' = 2024-01-01 .. published date. 2.168: change +31,4% vs cùng kỳ, percent 108,4 (đạt ... chỉ tiêu), target 2.000 (bracket).",
    "'Trong đó ... 947 người' total 2.168; the shares 78,6%/6,2% are percent figures (no total). '14 cơ sở, gồm 9, 3, 2' totals 14.",
    "District list: location = district/city, subject = the list's indicator; 1.025 carries percent 47,3.",
    "'sau 3 tháng' defines the retention indicator: optional. 72,5% has change +4,3 điểm phần trăm vs năm 2023 (baseline, not its period).",
    "'dự kiến' governs 4 điểm and khoảng 2.600 (forecast); 'phấn đấu 100%' target. Distractors: QĐ 5968/QĐ-BYT, address, phone, office hours.",
], published="2024-11-12", location="Đồng Nai")
