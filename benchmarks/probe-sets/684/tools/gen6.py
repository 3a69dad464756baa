"""p684-6: national press (VnExpress style) — university tuition rises for 2024-2025."""
from lib import *

TEXT = """Giáo dục › Tuyển sinh

Thứ năm, 14/3/2024, 06:00 (GMT+7)

Học phí đại học tăng 10-25%

Nhiều trường đại học công bố học phí năm học 2024-2025 tăng trung bình khoảng 15% so với năm trước, có ngành thu gần 100 triệu đồng một năm.

Theo đề án tuyển sinh, Đại học Kinh tế Quốc dân thu học phí chương trình chuẩn từ 16 đến 25 triệu đồng/năm, tăng khoảng 1-2 triệu đồng so với năm học 2023-2024. Các chương trình tiên tiến, chất lượng cao có mức 45-70 triệu đồng/năm.

Trường Đại học Bách khoa Hà Nội dự kiến thu 28-35 triệu đồng/năm với chương trình chuẩn, chương trình đặc biệt 40-45 triệu đồng. Học phí các chương trình quốc tế của trường khoảng 60-80 triệu đồng/năm.

Khối ngành sức khỏe có mức tăng cao nhất. Trường Đại học Y Dược Thành phố Hồ Chí Minh thu 55,2-84,7 triệu đồng/năm; ngành Răng Hàm Mặt cao nhất với 99,2 triệu đồng, tăng 24,9% so với năm ngoái. Như vậy, học phí ngành này gấp hơn 3 lần mức trần của trường công lập chưa tự chủ.

Theo Nghị định 97/2023 của Chính phủ, học phí đại học công lập chưa tự chủ năm học 2024-2025 từ 1,41 đến 3,05 triệu đồng/tháng, trường tự chủ được thu gấp 2-2,5 lần. Thống kê của Bộ Giáo dục và Đào tạo cho thấy học phí chiếm khoảng 65% nguồn thu của các trường đại học công lập tự chủ.

Sinh viên có thể tra cứu học phí từng ngành trên website của trường hoặc gọi tổng đài 1900.6655.

Lệ Nguyễn
"""

NH24 = NH("năm học 2024-2025", 2024)
HN, HCM = "Hà Nội", "Hồ Chí Minh"

FIGS = [
    F("tăng 10-25%", "10", 10, "percent", "%", "học phí đại học tăng", I(NH24), value_max=25),
    F("khoảng 15%", "15", 15, "percent", "%",
      "học phí năm học 2024-2025 của nhiều trường đại học tăng trung bình", NH24, approx="about"),
    F("gần 100 triệu đồng một năm", "100", 100000000, "money", "đồng/năm",
      "học phí ngành cao nhất", NH24, approx="nearly"),
    F("từ 16 đến 25 triệu", "16", 16000000, "money", "đồng/năm",
      "học phí chương trình chuẩn Đại học Kinh tế Quốc dân", I(NH24), value_max=25000000,
      change=CH("increase", 1000000, "đồng", "năm học 2023-2024", approx="about")),
    F("mức 45-70 triệu", "45", 45000000, "money", "đồng/năm",
      "học phí chương trình tiên tiến, chất lượng cao Đại học Kinh tế Quốc dân", I(NH24), value_max=70000000),
    F("thu 28-35 triệu", "28", 28000000, "money", "đồng/năm",
      "học phí chương trình chuẩn Trường Đại học Bách khoa Hà Nội", I(NH24), value_max=35000000,
      status="forecast", location=HN),
    F("đặc biệt 40-45 triệu", "40", 40000000, "money", "đồng",
      "học phí chương trình đặc biệt Trường Đại học Bách khoa Hà Nội", I(NH24), value_max=45000000,
      status="forecast", location=HN),
    F("khoảng 60-80 triệu", "60", 60000000, "money", "đồng/năm",
      "học phí các chương trình quốc tế Trường Đại học Bách khoa Hà Nội", I(NH24), value_max=80000000,
      approx="about", location=HN),
    F("thu 55,2-84,7 triệu", "55,2", 55200000, "money", "đồng/năm",
      "học phí Trường Đại học Y Dược Thành phố Hồ Chí Minh", I(NH24), value_max=84700000, location=HCM),
    F("với 99,2 triệu đồng", "99,2", 99200000, "money", "đồng",
      "học phí ngành Răng Hàm Mặt Trường Đại học Y Dược Thành phố Hồ Chí Minh", I(NH24),
      change=CH("increase", 24.9, "%", "năm ngoái"), location=HCM),
    F("gấp hơn 3 lần", "3", 3, "multiple", "lần",
      "học phí ngành Răng Hàm Mặt so với mức trần của trường công lập chưa tự chủ", approx="over", location=HCM),
    F("từ 1,41 đến 3,05", "1,41", 1410000, "money", "đồng/tháng",
      "học phí đại học công lập chưa tự chủ", NH24, value_max=3050000),
    F("gấp 2-2,5 lần", "2", 2, "multiple", "lần",
      "học phí trường tự chủ so với trường chưa tự chủ", I(NH24), value_max=2.5),
    F("khoảng 65%", "65", 65, "percent", "%",
      "học phí trong nguồn thu của các trường đại học công lập tự chủ", approx="about"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ năm, 14/3/2024, 06:00 (GMT+7)', byline at the end): university tuition for 2024-2025.",
    "Ranges '10-25%', '45-70 triệu', '55,2-84,7 triệu', '1,41 đến 3,05 triệu', 'gấp 2-2,5 lần' give value/value_max.",
    "'tăng khoảng 1-2 triệu đồng so với năm học 2023-2024' is the change of the 16-25 triệu range (value 1 triệu, about).",
    "'dự kiến' governs both ranges of its sentence; the next sentence ('khoảng 60-80 triệu') is actual. A university named after a city",
    "takes that city as location (as shared h21 does: 'Đại học Quốc gia Hà Nội' → Hà Nội); others stay Việt Nam.",
    "'gấp hơn 3 lần' standing alone is a multiple (over). Distractors: NĐ 97/2023, tổng đài 1900.6655, dateline, (GMT+7).",
]

if __name__ == "__main__":
    emit("p684-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
