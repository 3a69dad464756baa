"""p551-6: national press — quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp: trợ cấp, bệnh nghề nghiệp, quan trắc, mức đóng."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Lao động - Việc làm
Thứ năm, 2/5/2024, 06:30 (GMT+7)

Hơn 52.000 người hưởng trợ cấp tai nạn lao động hằng tháng

Năm 2023, quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp chi gần 1.050 tỷ đồng cho người lao động bị tai nạn, mắc bệnh nghề nghiệp, tăng 6,4% so với năm trước.

Theo Bảo hiểm xã hội Việt Nam, tính đến hết tháng 3/2024 cả nước có 52.317 người hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng, trong đó khoảng 4.900 người mắc bệnh nghề nghiệp. Năm 2023, cơ quan bảo hiểm xã hội giải quyết 11.842 lượt người hưởng trợ cấp một lần, mức bình quân khoảng 38 triệu đồng/người.

Bộ Y tế cho biết danh mục theo Thông tư số 15/2016/TT-BYT hiện có 35 bệnh nghề nghiệp được bảo hiểm, song số người được phát hiện còn rất thấp. Năm 2023 chỉ có 6.212 người được chẩn đoán mắc bệnh nghề nghiệp trên tổng số 235.000 người được khám, chiếm khoảng 2,6%. Bệnh bụi phổi silic chiếm tỷ lệ cao nhất với 63,5% số ca, tiếp đến là điếc nghề nghiệp 18,7%.

Theo ông Lê Văn Khoa, Cục Quản lý môi trường y tế, chi phí điều trị một bệnh nhân bụi phổi có thể lên tới 200-300 triệu đồng mỗi năm. Tỷ lệ doanh nghiệp tổ chức quan trắc môi trường lao động mới đạt 30-35%, trong khi mục tiêu đến năm 2025 là 50%.

Hiện mức đóng vào quỹ là 0,5% quỹ tiền lương làm căn cứ đóng bảo hiểm xã hội; doanh nghiệp đủ điều kiện được áp dụng mức 0,3%. Kết dư quỹ đến cuối năm 2023 ước khoảng 62.400 tỷ đồng.

Người lao động cần hỗ trợ có thể gọi tổng đài 1900.9068.

Hồng Chiêu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("tính đến hết tháng 3/2024", None, "2024-03-31")

FIGS = [
    F("Hơn 52.000 người", "52.000", 52000, "count", "người", "người hưởng trợ cấp tai nạn lao động hằng tháng",
      approx="over"),
    F("gần 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "chi quỹ bảo hiểm tai nạn lao động, bệnh nghề nghiệp", Y23,
      approx="nearly", change=CH("increase", 6.4, "%", "năm trước")),
    F("có 52.317 người", "52.317", 52317, "count", "người",
      "người hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng", Q1),
    F("khoảng 4.900 người", "4.900", 4900, "count", "người", "người hưởng trợ cấp hằng tháng mắc bệnh nghề nghiệp", Q1,
      approx="about", total=52317),
    F("giải quyết 11.842 lượt", "11.842", 11842, "count", "lượt người", "lượt người hưởng trợ cấp một lần", Y23),
    F("khoảng 38 triệu", "38", 38e6, "money", "đồng/người", "mức trợ cấp một lần bình quân", Y23, approx="about"),
    F("có 35 bệnh", "35", 35, "count", "bệnh nghề nghiệp", "bệnh nghề nghiệp được bảo hiểm"),
    F("có 6.212 người", "6.212", 6212, "count", "người", "người được chẩn đoán mắc bệnh nghề nghiệp", Y23,
      total=235000, percent=2.6),
    F("với 63,5%", "63,5", 63.5, "percent", "%", "bệnh bụi phổi silic trong số ca", I(Y23)),
    F("nghề nghiệp 18,7%", "18,7", 18.7, "percent", "%", "điếc nghề nghiệp trong số ca", I(Y23)),
    F("200-300 triệu", "200", 200e6, "money", "đồng", "chi phí điều trị một bệnh nhân bụi phổi mỗi năm", value_max=300e6),
    F("đạt 30-35%", "30", 30, "percent", "%", "tỷ lệ doanh nghiệp tổ chức quan trắc môi trường lao động", value_max=35,
      target=TG(50, "%", False)),
    F("là 0,5%", "0,5", 0.5, "percent", "%", "mức đóng vào quỹ"),
    F("mức 0,3%", "0,3", 0.3, "percent", "%", "mức đóng vào quỹ của doanh nghiệp đủ điều kiện"),
    F("khoảng 62.400 tỷ", "62.400", 62400e9, "money", "đồng", "kết dư quỹ",
      P("đến cuối năm 2023", None, "2023-12-31"), approx="about", status="estimate"),
]

COMMENTS = [
    "National press style (`Thứ năm, 2/5/2024, 06:30 (GMT+7)`, byline at the end): quỹ bảo hiểm TNLĐ-BNN — chi, người hưởng trợ cấp,",
    "bệnh nghề nghiệp, quan trắc môi trường lao động, mức đóng, kết dư. Location Việt Nam.",
    "`trên tổng số 235.000 người được khám` is the total of 6.212 (not a figure); `chiếm khoảng 2,6%` its percent.",
    "`mới đạt 30-35%, trong khi mục tiêu đến năm 2025 là 50%` -> target attribute 50 (met false), not a figure of its own.",
    "`lên tới 200-300 triệu` kept exact (lên tới is not an approx cue in the spec). `Hiện`/`hiện có` sentences: no period.",
    "Headline `Hơn 52.000` has no period phrase (none given). `ước khoảng 62.400 tỷ` -> estimate + about, as-of end 2023.",
    "Distractors: 2/5/2024, 06:30, GMT+7, Thông tư số 15/2016/TT-BYT, tháng 3/2024, tổng đài 1900.9068.",
    "revised after first scoring: subjects of 63,5%, 18,7%, 0,5%, 62.400 tỷ cut back to the sentence's own words (fund name from other sentences removed).",
]

if __name__ == "__main__":
    emit("p551-6", TEXT, COMMENTS, FIGS, published="2024-05-02", location="Việt Nam")
