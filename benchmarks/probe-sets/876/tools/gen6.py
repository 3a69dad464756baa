"""p876-6: national newspaper, divorce cases in TP Hồ Chí Minh in 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Pháp luật

Thứ hai, 13/1/2025, 06:00 (GMT+7)

Mỗi ngày TP HCM có hơn 80 vụ ly hôn

Năm 2024, Tòa án hai cấp TP HCM thụ lý 31.850 vụ việc hôn nhân và gia đình, tăng khoảng 6% so với năm trước, trong đó có 29.720 vụ ly hôn. Khoảng 70% đơn ly hôn do người vợ đứng tên.

Theo TAND TP HCM, số vụ ly hôn của các cặp vợ chồng trên 50 tuổi chiếm 12,5%, cao hơn 3,2 điểm phần trăm so với năm 2020. Các địa phương có nhiều vụ ly hôn nhất là quận Bình Tân (2.416 vụ), TP Thủ Đức (2.208 vụ) và huyện Bình Chánh (1.935 vụ).

Năm qua, các Trung tâm hòa giải, đối thoại tại Tòa án trên địa bàn đã hòa giải thành 9.874 vụ việc hôn nhân và gia đình, đạt tỷ lệ 58,3%; hơn 1.100 cặp vợ chồng rút đơn, đoàn tụ.

Luật sư Trần Văn Mười (Đoàn Luật sư TP HCM) cho biết phần lớn các vụ có tranh chấp nuôi con, chia tài sản; nhiều vụ tranh chấp nhà đất kéo dài 2-3 năm, qua cả phúc thẩm. Theo quy định, án phí ly hôn sơ thẩm không có giá ngạch là 300.000 đồng; nếu có tranh chấp tài sản, án phí tính theo giá trị tài sản. Mức cấp dưỡng nuôi con được Tòa án tuyên phổ biến 3-5 triệu đồng mỗi tháng.

Theo kế hoạch, năm 2025 TAND TP HCM phấn đấu tỷ lệ hòa giải thành các vụ việc hôn nhân và gia đình đạt ít nhất 60%. Tòa cũng dự kiến bổ sung khoảng 40 hòa giải viên, nâng tổng số lên 215 người.

Từ ngày 1/7/2025, khi các Tòa án nhân dân khu vực đi vào hoạt động, việc thụ lý đơn ly hôn sẽ do TAND khu vực nơi bị đơn cư trú thực hiện, ông Mười nói.

Hải Duyên
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NQ = P("Năm qua", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("có hơn 80 vụ", "80", 80, "measure", "vụ/ngày", "vụ ly hôn mỗi ngày", I(Y24), approx="over"),
    F("thụ lý 31.850 vụ việc", "31.850", 31850, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý", Y24,
      change=C("increase", 6, approx="about", baseline="năm trước")),
    F("có 29.720 vụ ly hôn", "29.720", 29720, "count", "vụ", "vụ ly hôn", Y24, total=31850),
    F("Khoảng 70% đơn", "70", 70, "percent", "%", "đơn ly hôn do người vợ đứng tên", I(Y24), approx="about"),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", "độ tuổi vợ chồng ly hôn", approx="over", optional=True),
    F("chiếm 12,5%", "12,5", 12.5, "percent", "%", "vụ ly hôn của các cặp vợ chồng trên 50 tuổi", I(Y24),
      change=C("increase", 3.2, "điểm phần trăm", baseline="năm 2020")),
    F("Bình Tân (2.416 vụ)", "2.416", 2416, "count", "vụ", "vụ ly hôn", I(Y24), location="Bình Tân"),
    F("Thủ Đức (2.208 vụ)", "2.208", 2208, "count", "vụ", "vụ ly hôn", I(Y24), location="Thủ Đức"),
    F("Bình Chánh (1.935 vụ)", "1.935", 1935, "count", "vụ", "vụ ly hôn", I(Y24), location="Bình Chánh"),
    F("thành 9.874 vụ việc", "9.874", 9874, "count", "vụ việc", "vụ việc hôn nhân và gia đình hòa giải thành",
      NQ, percent=58.3),
    F("hơn 1.100 cặp", "1.100", 1100, "count", "cặp", "cặp vợ chồng rút đơn, đoàn tụ", NQ, approx="over"),
    F("kéo dài 2-3 năm", "2", 2, "measure", "năm", "thời gian giải quyết vụ tranh chấp nhà đất", value_max=3),
    F("là 300.000 đồng", "300.000", 300000, "money", "đồng", "án phí ly hôn sơ thẩm không có giá ngạch"),
    F("phổ biến 3-5 triệu", "3", 3e6, "money", "đồng/tháng", "mức cấp dưỡng nuôi con", value_max=5e6),
    F("ít nhất 60%", "60", 60, "percent", "%", "tỷ lệ hòa giải thành các vụ việc hôn nhân và gia đình", Y25,
      approx="at_least", status="target"),
    F("khoảng 40 hòa giải viên", "40", 40, "count", "hòa giải viên", "hòa giải viên bổ sung", approx="about",
      status="forecast"),
    F("lên 215 người", "215", 215, "count", "người", "tổng số hòa giải viên", status="forecast"),
]

NOTES = [
    "National newspaper style: section path, 'Thứ hai, 13/1/2025, 06:00 (GMT+7)', byline at the end. Location TP Hồ Chí Minh.",
    "Headline 'Mỗi ngày ... hơn 80 vụ ly hôn' is a rate: measure, unit vụ/ngày (the denominator stays in the unit).",
    "'cao hơn 3,2 điểm phần trăm so với năm 2020' is the change of 12,5%. 'trên 50 tuổi' is a category (optional).",
    "Lawyer named Trần Văn Mười, 1/7/2025, 'TAND khu vực' are not figures. 'Năm qua' (same sentence) = 2024, the year before the dateline.",
    "Status: 'phấn đấu' -> target (ít nhất 60%, period năm 2025); 'dự kiến bổ sung khoảng 40 ..., nâng tổng số lên 215' -> forecast.",
]

if __name__ == "__main__":
    write("p876-6", TEXT, FIGS, NOTES, published="2025-01-13", location=HCM)
