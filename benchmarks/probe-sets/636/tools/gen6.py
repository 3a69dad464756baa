from lib import *

TEXT = """Giáo dục › Tuyển sinh
Thứ năm, 10/10/2024, 06:30 (GMT+7)

Gần 1.000 chương trình đại học đạt kiểm định quốc tế

Số chương trình đào tạo đại học được tổ chức nước ngoài công nhận đã tăng gấp 3 lần sau 5 năm, song tập trung ở một số ít trường.

Theo Cục Quản lý chất lượng (Bộ Giáo dục và Đào tạo), tính đến tháng 9/2024, cả nước có 982 chương trình đào tạo đạt kiểm định theo tiêu chuẩn quốc tế, chiếm khoảng 27% tổng số chương trình đã được kiểm định. Con số này năm 2019 chỉ là 318 chương trình.

Đại học Quốc gia TP HCM dẫn đầu với 186 chương trình, tiếp đến là Đại học Quốc gia Hà Nội 112 chương trình, Đại học Bách khoa Hà Nội 63 chương trình và Trường Đại học Cần Thơ 41 chương trình. Riêng tiêu chuẩn AUN-QA chiếm hơn 80% số chương trình đạt kiểm định quốc tế. Việt Nam hiện đứng thứ 4 Đông Nam Á về số chương trình đạt chuẩn AUN-QA, sau Thái Lan, Indonesia và Philippines.

Ở chiều ngược lại, 43 trường đại học có giấy chứng nhận kiểm định cơ sở giáo dục đã hết hạn nhưng chưa đánh giá lại, trong đó 9 trường quá hạn hơn một năm. Theo Luật số 34/2018/QH14, cơ sở giáo dục đại học phải được kiểm định định kỳ.

Chi phí kiểm định quốc tế cho mỗi chương trình dao động từ 1,2 đến 2 tỷ đồng, cao gấp 4 lần so với kiểm định trong nước. Năm 2023, các trường chi tổng cộng khoảng 186,5 tỷ đồng cho hoạt động này, tăng 22% so với năm 2022.

Bộ Giáo dục và Đào tạo đặt mục tiêu đến năm 2030 có ít nhất 1.500 chương trình đạt kiểm định quốc tế, đồng thời 100% cơ sở giáo dục đại học duy trì chứng nhận còn hiệu lực.

Lệ Nguyễn
"""

AS = ASOF("tính đến tháng 9/2024", "2024-09-30")
T30 = ASOF("đến năm 2030", "2030-12-31")
SUBJ = "chương trình đạt kiểm định quốc tế"

FIGS = [
    F("Gần 1.000 chương trình", "1.000", 1000, "count", "chương trình", "chương trình đại học đạt kiểm định quốc tế",
      I(AS), approx="nearly"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "chương trình đào tạo đại học được tổ chức nước ngoài công nhận"),
    F("sau 5 năm", "5", 5, "measure", "năm", optional=True),
    F("có 982 chương trình", "982", 982, "count", "chương trình",
      "chương trình đào tạo đạt kiểm định theo tiêu chuẩn quốc tế", AS, percent=27),
    F("318 chương trình", "318", 318, "count", "chương trình",
      "chương trình đào tạo đạt kiểm định theo tiêu chuẩn quốc tế", Y("năm 2019", 2019)),
    F("với 186 chương trình", "186", 186, "count", "chương trình", SUBJ + " của Đại học Quốc gia TP HCM", I(AS),
      location="TP Hồ Chí Minh"),
    F("112 chương trình", "112", 112, "count", "chương trình", SUBJ + " của Đại học Quốc gia Hà Nội", I(AS),
      location="Hà Nội"),
    F("63 chương trình", "63", 63, "count", "chương trình", SUBJ + " của Đại học Bách khoa Hà Nội", I(AS),
      location="Hà Nội"),
    F("41 chương trình", "41", 41, "count", "chương trình", SUBJ + " của Trường Đại học Cần Thơ", I(AS),
      location="Cần Thơ"),
    F("hơn 80%", "80", 80, "percent", "%", "tỷ trọng tiêu chuẩn AUN-QA trong số chương trình đạt kiểm định quốc tế",
      I(AS), approx="over"),
    F("thứ 4 Đông Nam Á", "4", 4, "rank", "hạng", "số chương trình đạt chuẩn AUN-QA"),
    F("43 trường", "43", 43, "count", "trường đại học", "trường đại học có giấy chứng nhận kiểm định đã hết hạn chưa đánh giá lại"),
    F("9 trường", "9", 9, "count", "trường", "trường quá hạn hơn một năm", total=43),
    F("hơn một năm", "một", 1, "measure", "năm", approx="over", optional=True),
    F("từ 1,2 đến 2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "Chi phí kiểm định quốc tế cho mỗi chương trình",
      value_max=2e9, change=CH("increase", 4, "lần", "kiểm định trong nước")),
    F("khoảng 186,5 tỷ đồng", "186,5", 186.5e9, "money", "đồng", "chi phí các trường chi cho kiểm định quốc tế",
      Y("Năm 2023", 2023), approx="about", change=CH("increase", 22, "%", "năm 2022")),
    F("ít nhất 1.500 chương trình", "1.500", 1500, "count", "chương trình", "chương trình đạt kiểm định quốc tế", T30,
      approx="at_least", status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục đại học duy trì chứng nhận còn hiệu lực", T30,
      status="target"),
]

COMMENTS = [
    "National press (invented, VnExpress style 'Thứ năm, 10/10/2024, 06:30 (GMT+7)'): internationally accredited university",
    "programmes to 9/2024, leading universities, expired institutional certificates, cost, 2030 target. National -> Việt Nam.",
    "Not figures: '(GMT+7)', 'Luật số 34/2018/QH14', 'năm 2019'/'năm 2022' as periods/baselines, byline.",
    "Optional: 'sau 5 năm' (the span of the tripling), 'hơn một năm' (overdue threshold).",
    "'tăng gấp 3 lần' in the sapo has no base amount -> a multiple figure of its own (cf. FIGURES.md 'gấp 3 lần standing alone').",
    "'chiếm khoảng 27% tổng số chương trình' -> percent attribute of 982. The university list: subject names the university",
    "(as in shared h21), location its city. 'Riêng AUN-QA chiếm hơn 80%' -> own percent figure (no base amount).",
    "'từ 1,2 đến 2 tỷ đồng, cao gấp 4 lần so với kiểm định trong nước' -> range money with change increase 4 lần.",
    "Headline 'Gần 1.000' and list items take the lead's as-of date (inherited); rank and expiry sentences have no period phrase.",
    "'đặt mục tiêu đến năm 2030 ... đồng thời 100% ...' -> target for both.",
]

if __name__ == "__main__":
    emit("p636-6", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Việt Nam")
