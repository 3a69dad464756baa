"""p560-6: national press — tuition 2024-2025 at universities in TP Hồ Chí Minh, national ceilings."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """Giáo dục › Tuyển sinh
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Học phí nhiều trường đại học tăng 8-15%

Nhiều trường đại học ở TP Hồ Chí Minh công bố học phí năm học 2024-2025 tăng từ 8 đến 15% so với năm trước, cao nhất gần 80 triệu đồng một năm.

Theo Nghị định 97/2023/NĐ-CP, mức trần học phí năm học 2024-2025 với trường chưa tự chủ dao động từ 1,41 đến 2,49 triệu đồng một tháng, tùy khối ngành; trường tự chủ chi thường xuyên được thu gấp 2 lần mức trần, trường tự chủ toàn diện được thu gấp 2,5 lần.

Trường Đại học Kinh tế TP Hồ Chí Minh dự kiến thu khoảng 1,1 triệu đồng một tín chỉ với chương trình chuẩn, tăng 10% so với năm học trước, tương đương 35-40 triệu đồng một năm. Trường Đại học Công nghiệp TP Hồ Chí Minh thu từ 28 đến 34 triệu đồng một năm. Học phí chương trình tiên tiến của Trường Đại học Bách khoa (Đại học Quốc gia TP Hồ Chí Minh) là 80 triệu đồng, tăng hơn 6 triệu đồng so với năm 2023.

Ở khối ngành sức khỏe, học phí ngành Y khoa của Trường Đại học Y khoa Phạm Ngọc Thạch là 55,2 triệu đồng một năm với sinh viên có hộ khẩu thành phố và 60,5 triệu đồng với sinh viên ngoài thành phố.

Theo thống kê của Bộ Giáo dục và Đào tạo, năm 2023 cả nước có 23 trường đại học công lập tự chủ toàn diện; học phí chiếm khoảng 70% tổng nguồn thu của các trường này. Tỷ lệ sinh viên được vay vốn từ Ngân hàng Chính sách xã hội mới đạt 3%.

Lệ Nguyễn
"""

HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"
Y23 = YEAR(2023)

FIGS = [
    F("tăng 8-15%", "8", 8, "percent", "%",
      "học phí nhiều trường đại học", value_max=15, location=HCM),
    F("từ 8 đến 15%", "8", 8, "percent", "%",
      "học phí năm học 2024-2025 của nhiều trường đại học", value_max=15, location=HCM),
    F("gần 80 triệu đồng", "80", 80000000, "money", "đồng/năm",
      "học phí cao nhất", approx="nearly", location=HCM),
    F("từ 1,41 đến 2,49 triệu đồng", "1,41", 1410000, "money", "đồng/tháng",
      "mức trần học phí năm học 2024-2025 với trường chưa tự chủ", value_max=2490000, location=VN),
    F("gấp 2 lần", "2", 2, "multiple", "lần",
      "mức thu học phí của trường tự chủ chi thường xuyên so với mức trần", location=VN),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "mức thu học phí của trường tự chủ toàn diện so với mức trần", location=VN),
    F("khoảng 1,1 triệu đồng", "1,1", 1100000, "money", "đồng/tín chỉ",
      "học phí chương trình chuẩn của Trường Đại học Kinh tế TP Hồ Chí Minh",
      approx="about", change=CH("increase", 10, baseline="năm học trước"), status="forecast", location=HCM),
    F("tương đương 35-40 triệu đồng", "35", 35000000, "money", "đồng/năm",
      "học phí chương trình chuẩn của Trường Đại học Kinh tế TP Hồ Chí Minh một năm",
      value_max=40000000, status="forecast", location=HCM),
    F("từ 28 đến 34 triệu đồng", "28", 28000000, "money", "đồng/năm",
      "học phí Trường Đại học Công nghiệp TP Hồ Chí Minh", value_max=34000000, location=HCM),
    F("là 80 triệu đồng", "80", 80000000, "money", "đồng",
      "học phí chương trình tiên tiến của Trường Đại học Bách khoa",
      change=CH("increase", 6000000, unit="đồng", baseline="năm 2023", approx="over"), location=HCM),
    F("là 55,2 triệu đồng", "55,2", 55200000, "money", "đồng/năm",
      "học phí ngành Y khoa của Trường Đại học Y khoa Phạm Ngọc Thạch với sinh viên có hộ khẩu thành phố", location=HCM),
    F("và 60,5 triệu đồng", "60,5", 60500000, "money", "đồng",
      "học phí ngành Y khoa của Trường Đại học Y khoa Phạm Ngọc Thạch với sinh viên ngoài thành phố", location=HCM),
    F("có 23 trường", "23", 23, "count", "trường",
      "trường đại học công lập tự chủ toàn diện", Y23, location=VN),
    F("khoảng 70%", "70", 70, "percent", "%",
      "học phí trong tổng nguồn thu của các trường tự chủ toàn diện", Y23, approx="about", location=VN),
    F("đạt 3%", "3", 3, "percent", "%",
      "tỷ lệ sinh viên được vay vốn từ Ngân hàng Chính sách xã hội", location=VN),
]

COMMENTS = [
    "Probe 560: national press ('Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end) — tuition 2024-2025 at TP Hồ Chí Minh universities.",
    "Location: TP Hồ Chí Minh for the city's universities (the lead names the city; the headline takes it too); Việt Nam for the decree's",
    "national ceilings and multiples and for the ministry's national statistics. Tuition per year/month/credit keeps the rate in the unit.",
    "Growth rates that are the claim ('tăng 8-15%', 'tăng từ 8 đến 15%') are percent figures with value_max, no change.",
    "'gấp 2 lần mức trần' / 'gấp 2,5 lần' stand as claims: multiple. 'tăng 10%' belongs to the 1,1 triệu/tín chỉ before it; the equivalent",
    "'tương đương 35-40 triệu đồng một năm' is its own money figure (forecast, continuing 'dự kiến'). 'năm học 2024-2025' gives no period.",
    "Not figures: Nghị định 97/2023/NĐ-CP, dateline, '07:00', 'GMT+7', names (Phạm Ngọc Thạch).",
]

if __name__ == "__main__":
    emit("p560-6", TEXT, COMMENTS, FIGS, published="2024-06-03")
