"""p706-4: ministry site (Bộ LĐ-TB&XH) — national elderly population, social assistance, care facilities."""
from lib import F, P, inh, CH, AGE, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ | Tin tức - Sự kiện | Bảo trợ xã hội

Cả nước có hơn 16,1 triệu người cao tuổi

Ngày đăng: 01/10/2024 | Lượt xem: 3.562

Nhân Ngày Quốc tế Người cao tuổi 1/10, Cục Bảo trợ xã hội cho biết, tính đến tháng 6/2024, cả nước có khoảng 16,1 triệu người cao tuổi, chiếm 16,2% dân số; trong đó khoảng 2,3 triệu người từ 80 tuổi trở lên. Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á về tốc độ già hóa dân số. Dự báo đến năm 2036, tỷ lệ người cao tuổi sẽ chiếm trên 20% dân số.

Các địa phương có tỷ lệ người cao tuổi cao nhất là Thái Bình (19,7%), Nam Định (19,1%), Hà Nam (18,4%) và Hà Tĩnh (17,9%).

Hiện có hơn 1,9 triệu người cao tuổi hưởng trợ cấp xã hội hằng tháng, chiếm 59% tổng số đối tượng bảo trợ xã hội; khoảng 3,1 triệu người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng. Năm 2023, kinh phí chi trả trợ cấp xã hội cho người cao tuổi là 9.846 tỷ đồng, tăng 4,7% so với năm 2022.

Cả nước có 425 cơ sở trợ giúp xã hội (194 cơ sở công lập, 231 cơ sở ngoài công lập), trong đó 78 cơ sở chuyên chăm sóc người cao tuổi, đang nuôi dưỡng khoảng 10.500 người. Hơn 3.300 câu lạc bộ liên thế hệ tự giúp nhau đã được thành lập tại 63/63 tỉnh, thành phố.

Theo Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021-2030 ban hành kèm theo Quyết định số 1579/QĐ-TTg, đến năm 2025 phấn đấu 95% người cao tuổi có thẻ bảo hiểm y tế và có 5.000 câu lạc bộ liên thế hệ; đến năm 2030, 100% người cao tuổi có thẻ bảo hiểm y tế.

Cục Bảo trợ xã hội - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ người cao tuổi"

FIGS = [
    F("hơn 16,1 triệu người", "16,1", 16.1e6, "count", "người cao tuổi", "người cao tuổi", approx="over"),
    F("khoảng 16,1 triệu người", "16,1", 16.1e6, "count", "người cao tuổi", "người cao tuổi", ASOF,
      approx="about", percent=16.2),
    F("khoảng 2,3 triệu người", "2,3", 2.3e6, "count", "người", "người từ 80 tuổi trở lên", ASOF,
      approx="about", total=16.1e6),
    AGE("người từ 80 tuổi", "80", approx="at_least"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tốc độ già hóa dân số khu vực Đông Nam Á"),
    F("trên 20% dân số", "20", 20, "percent", "%", "tỷ lệ người cao tuổi trong dân số",
      P("đến năm 2036", None, "2036-12-31"), approx="over", status="forecast"),
    F("Thái Bình (19,7%)", "19,7", 19.7, "percent", "%", RATE, location="Thái Bình"),
    F("Nam Định (19,1%)", "19,1", 19.1, "percent", "%", RATE, location="Nam Định"),
    F("Hà Nam (18,4%)", "18,4", 18.4, "percent", "%", RATE, location="Hà Nam"),
    F("Hà Tĩnh (17,9%)", "17,9", 17.9, "percent", "%", RATE, location="Hà Tĩnh"),
    F("hơn 1,9 triệu người", "1,9", 1.9e6, "count", "người cao tuổi",
      "người cao tuổi hưởng trợ cấp xã hội hằng tháng", approx="over", percent=59),
    F("khoảng 3,1 triệu người", "3,1", 3.1e6, "count", "người",
      "người cao tuổi hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", approx="about"),
    F("là 9.846 tỷ đồng", "9.846", 9846e9, "money", "đồng",
      "kinh phí chi trả trợ cấp xã hội cho người cao tuổi", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 4.7, baseline="năm 2022")),
    F("có 425 cơ sở", "425", 425, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("(194 cơ sở", "194", 194, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=425),
    F("231 cơ sở", "231", 231, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=425),
    F("đó 78 cơ sở", "78", 78, "count", "cơ sở", "cơ sở chuyên chăm sóc người cao tuổi", total=425),
    F("khoảng 10.500 người", "10.500", 10500, "count", "người",
      "người được nuôi dưỡng tại cơ sở chuyên chăm sóc người cao tuổi", approx="about"),
    F("Hơn 3.300 câu lạc bộ", "3.300", 3300, "count", "câu lạc bộ",
      "câu lạc bộ liên thế hệ tự giúp nhau đã được thành lập", approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố thành lập câu lạc bộ liên thế hệ tự giúp nhau", total=63),
    F("phấn đấu 95%", "95", 95, "percent", "%", "người cao tuổi có thẻ bảo hiểm y tế", T25, status="target"),
    F("có 5.000 câu lạc bộ", "5.000", 5000, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ", T25,
      status="target"),
    F("2030, 100% người", "100", 100, "percent", "%", "người cao tuổi có thẻ bảo hiểm y tế", T30,
      status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): national elderly population, social assistance and care facilities; 'Ngày đăng: 01/10/2024 | Lượt xem: 3.562'.",
    "National figures: location Việt Nam; provinces in the list of rates go to location (subject = the list's indicator).",
    "'425 cơ sở (194 …, 231 …), trong đó 78 …': the bracket adds up to 425; 'trong đó' follows the bracket, whose host (425) is the whole.",
    "'Dự báo đến năm 2036 … trên 20%' is a forecast figure; targets 'đến năm 2025/2030' end that year (start null).",
    "Not figures: Ngày Quốc tế Người cao tuổi 1/10, giai đoạn 2021-2030, Quyết định số 1579/QĐ-TTg, Số 12 Ngô Quyền, Lượt xem: 3.562.",
]

if __name__ == "__main__":
    emit("p706-4", TEXT, COMMENTS, FIGS, published="2024-10-01", location="Việt Nam")
