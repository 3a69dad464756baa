"""p707-8: commune portal (xã Ninh Vân, huyện Hoa Lư) — silicosis screening in a stone-carving village, 9/2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ NINH VÂN - HUYỆN HOA LƯ
Trang chủ > Tin tức - Sự kiện > Y tế
Đăng ngày: 18/09/2023 | Lượt xem: 347

Khám sàng lọc bụi phổi silic cho 624 lao động làng nghề đá

Từ ngày 12 đến 15/9/2023, Trạm Y tế xã phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình tổ chức khám sàng lọc bệnh bụi phổi silic cho 624 lao động làm nghề chế tác đá mỹ nghệ. Trong đó, nam giới là 517 người, nữ giới 107 người; có 148 người dưới 30 tuổi.

Kết quả, 53 người có dấu hiệu nghi mắc bụi phổi silic, chiếm 8,5% số người được khám (đợt khám năm 2021 là 7,3%). Ngoài ra, có 97 người mắc viêm mũi họng mạn tính, 41 người giảm thính lực. Các trường hợp nghi mắc tập trung ở thôn Xuân Vũ (21 người) và thôn Hệ (18 người).

Toàn xã hiện có 126 cơ sở chế tác đá với khoảng 1.850 lao động, trong đó gần 70% chưa từng được khám sức khỏe định kỳ. Tỷ lệ mắc bệnh hô hấp tại xã là 312 người/vạn dân, cao hơn nhiều so với bình quân của tỉnh.

Kinh phí đợt khám là 187,2 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 150 triệu đồng, còn lại do các chủ cơ sở đóng góp. Những người nghi mắc sẽ được chuyển lên Bệnh viện Phổi tỉnh để chụp phim, đo chức năng hô hấp.

Năm 2024, xã dự kiến tổ chức khám cho khoảng 700 lao động và vận động 100% cơ sở trang bị khẩu trang chống bụi cho người lao động.

Mọi chi tiết xin liên hệ Trạm Y tế xã Ninh Vân, điện thoại 0229.3622.118.
"""

R = P("Từ ngày 12 đến 15/9/2023", "2023-09-12", "2023-09-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 624 lao động làng nghề", "624", 624, "count", "lao động",
      "lao động làng nghề đá được khám sàng lọc bụi phổi silic", I(R)),
    F("cho 624 lao động làm nghề", "624", 624, "count", "lao động",
      "lao động làm nghề chế tác đá mỹ nghệ được khám sàng lọc bệnh bụi phổi silic", R),
    F("là 517 người", "517", 517, "count", "người",
      "lao động nam giới được khám sàng lọc", I(R), total=624),
    F("nữ giới 107 người", "107", 107, "count", "người",
      "lao động nữ giới được khám sàng lọc", I(R), total=624),
    F("có 148 người", "148", 148, "count", "người",
      "lao động dưới 30 tuổi được khám sàng lọc", I(R), total=624),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", optional=True),
    F("Kết quả, 53 người", "53", 53, "count", "người",
      "người có dấu hiệu nghi mắc bụi phổi silic", I(R), percent=8.5),
    F("là 7,3%", "7,3", 7.3, "percent", "%",
      "tỷ lệ nghi mắc bụi phổi silic đợt khám năm 2021", P("năm 2021", "2021-01-01", "2021-12-31")),
    F("có 97 người", "97", 97, "count", "người",
      "người mắc viêm mũi họng mạn tính", I(R)),
    F("41 người", "41", 41, "count", "người",
      "người giảm thính lực", I(R)),
    F("Xuân Vũ (21 người)", "21", 21, "count", "người",
      "trường hợp nghi mắc bụi phổi silic ở thôn Xuân Vũ", I(R)),
    F("Hệ (18 người)", "18", 18, "count", "người",
      "trường hợp nghi mắc bụi phổi silic ở thôn Hệ", I(R)),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở",
      "cơ sở chế tác đá"),
    F("khoảng 1.850 lao động", "1.850", 1850, "count", "lao động",
      "lao động tại các cơ sở chế tác đá", approx="about"),
    F("gần 70%", "70", 70, "percent", "%",
      "lao động chưa từng được khám sức khỏe định kỳ", approx="nearly"),
    F("là 312 người/vạn dân", "312", 312, "measure", "người/vạn dân",
      "tỷ lệ mắc bệnh hô hấp"),
    F("là 187,2 triệu đồng", "187,2", 187200000, "money", "đồng",
      "kinh phí đợt khám", I(R)),
    F("hỗ trợ 150 triệu đồng", "150", 150000000, "money", "đồng",
      "ngân sách tỉnh hỗ trợ kinh phí đợt khám", I(R), total=187200000),
    F("khoảng 700 lao động", "700", 700, "count", "lao động",
      "lao động được khám", Y24, approx="about", status="forecast"),
    F("vận động 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở trang bị khẩu trang chống bụi cho người lao động", Y24, status="forecast"),
]

COMMENTS = [
    "Commune portal of xã Ninh Vân (huyện Hoa Lư, Ninh Bình): silicosis screening in the stone-carving craft village, 12–15/9/2023.",
    "'Đăng ngày: 18/09/2023 | Lượt xem: 347' = published + counter. Location = the district (Hoa Lư), the smallest place FIGURES.md names;",
    "villages ('thôn Xuân Vũ', 'thôn Hệ') are not provinces/cities/districts, so they stay in the subject and the location stays Hoa Lư.",
    "'Từ ngày 12 đến 15/9/2023' is the period of the screening (2023-09-12 … 2023-09-15). The headline's 624 is a second mention (own figure).",
    "Parts after 'Trong đó' (also the one after ';') get total 624; 'dưới 30 tuổi' threshold optional. The bracket '(đợt khám năm 2021 là 7,3%)'",
    "has its own verb: a percent figure of its own (year 2021). 'gần 70%' after 'khoảng 1.850 lao động, trong đó' describes a part: own percent figure.",
    "'trong đó ngân sách tỉnh hỗ trợ 150 triệu đồng' = total 187,2 triệu. 'dự kiến' governs both figures of the last sentence (forecast).",
]

if __name__ == "__main__":
    emit("p707-8", TEXT, COMMENTS, FIGS, published="2023-09-18", location="Hoa Lư")
