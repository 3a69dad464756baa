"""p684-2: Sìn Hồ district portal — spending on pupil support policies 2023 (boarding pupils, lunch, tuition)."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÌN HỒ - TỈNH LAI CHÂU
Trang chủ / Tin tức / Giáo dục

Sìn Hồ chi hơn 27 tỷ đồng thực hiện chính sách hỗ trợ học sinh

Ngày đăng: 26/12/2023 08:15

Năm 2023, huyện Sìn Hồ đã giải ngân 27,4 tỷ đồng thực hiện các chính sách hỗ trợ học sinh, tăng 11,4% so với cùng kỳ, đạt 96,2% dự toán giao đầu năm. Trong đó, kinh phí hỗ trợ học sinh bán trú theo Nghị định số 116/2016/NĐ-CP là 18,9 tỷ đồng; hỗ trợ ăn trưa cho trẻ mẫu giáo 3,1 tỷ đồng; miễn, giảm học phí và hỗ trợ chi phí học tập 5,4 tỷ đồng.

Toàn huyện hiện có 6.842 học sinh bán trú tại 31 trường phổ thông dân tộc bán trú và trường phổ thông có học sinh bán trú. Mỗi em được hỗ trợ tiền ăn hằng tháng bằng 40% mức lương cơ sở, tương đương 720.000 đồng, cùng 15 kg gạo/tháng; trường có từ 30 học sinh bán trú trở lên được hỗ trợ kinh phí thuê người nấu ăn.

Đối với trẻ mẫu giáo ở xã, thôn bản đặc biệt khó khăn, huyện hỗ trợ tiền ăn trưa 160.000 đồng/trẻ/tháng cho 2.156 trẻ. Về học phí, 100% trẻ mầm non, học sinh THCS người dân tộc thiểu số trên địa bàn được miễn học phí; 1.037 học sinh THPT thuộc hộ nghèo được hỗ trợ chi phí học tập 150.000 đồng/tháng.

Năm 2024, huyện dự kiến bố trí 29,8 tỷ đồng cho các chính sách này, tăng 8,8% so với năm 2023; phấn đấu 100% học sinh thuộc đối tượng được hưởng chính sách đúng, đủ, kịp thời.

Phòng Giáo dục và Đào tạo huyện Sìn Hồ
Địa chỉ: Khu 3, thị trấn Sìn Hồ; ĐT: 0213.3870.225
"""

Y23 = Y("Năm 2023", 2023)

FIGS = [
    F("hơn 27 tỷ đồng", "27", 27000000000, "money", "đồng",
      "kinh phí thực hiện chính sách hỗ trợ học sinh", I(Y23), approx="over"),
    F("giải ngân 27,4 tỷ đồng", "27,4", 27400000000, "money", "đồng",
      "kinh phí giải ngân thực hiện các chính sách hỗ trợ học sinh", Y23,
      percent=96.2, change=CH("increase", 11.4, "%", "cùng kỳ")),
    F("là 18,9 tỷ đồng", "18,9", 18900000000, "money", "đồng",
      "kinh phí hỗ trợ học sinh bán trú", I(Y23), total=27400000000),
    F("mẫu giáo 3,1 tỷ đồng", "3,1", 3100000000, "money", "đồng",
      "kinh phí hỗ trợ ăn trưa cho trẻ mẫu giáo", I(Y23), total=27400000000),
    F("học tập 5,4 tỷ đồng", "5,4", 5400000000, "money", "đồng",
      "kinh phí miễn, giảm học phí và hỗ trợ chi phí học tập", I(Y23), total=27400000000),
    F("có 6.842 học sinh", "6.842", 6842, "count", "học sinh", "học sinh bán trú"),
    F("tại 31 trường", "31", 31, "count", "trường",
      "trường phổ thông dân tộc bán trú và trường phổ thông có học sinh bán trú"),
    F("bằng 40% mức lương", "40", 40, "percent", "%",
      "tiền ăn hỗ trợ hằng tháng mỗi học sinh bán trú so với mức lương cơ sở"),
    F("tương đương 720.000 đồng", "720.000", 720000, "money", "đồng",
      "tiền ăn hỗ trợ hằng tháng mỗi học sinh bán trú"),
    F("cùng 15 kg gạo/tháng", "15", 15, "measure", "kg/tháng", "gạo hỗ trợ mỗi học sinh bán trú"),
    F("từ 30 học sinh bán trú trở lên", "30", 30, "count", "học sinh bán trú",
      "học sinh bán trú của trường được hỗ trợ kinh phí thuê người nấu ăn", approx="at_least", optional=True),
    F("trưa 160.000 đồng/trẻ/tháng", "160.000", 160000, "money", "đồng/trẻ/tháng",
      "tiền ăn trưa hỗ trợ trẻ mẫu giáo ở xã, thôn bản đặc biệt khó khăn"),
    F("cho 2.156 trẻ", "2.156", 2156, "count", "trẻ", "trẻ mẫu giáo được hỗ trợ tiền ăn trưa"),
    F("100% trẻ mầm non", "100", 100, "percent", "%",
      "trẻ mầm non, học sinh THCS người dân tộc thiểu số được miễn học phí"),
    F("1.037 học sinh THPT", "1.037", 1037, "count", "học sinh",
      "học sinh THPT thuộc hộ nghèo được hỗ trợ chi phí học tập"),
    F("tập 150.000 đồng/tháng", "150.000", 150000, "money", "đồng/tháng",
      "mức hỗ trợ chi phí học tập học sinh THPT thuộc hộ nghèo"),
    F("bố trí 29,8 tỷ đồng", "29,8", 29800000000, "money", "đồng",
      "kinh phí bố trí cho các chính sách hỗ trợ học sinh", Y("Năm 2024", 2024),
      status="forecast", change=CH("increase", 8.8, "%", "năm 2023")),
    F("phấn đấu 100% học sinh", "100", 100, "percent", "%",
      "học sinh thuộc đối tượng được hưởng chính sách đúng, đủ, kịp thời", Y("Năm 2024", 2024),
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Sìn Hồ (Lai Châu): kinh phí chính sách hỗ trợ học sinh năm 2023 (district portal, 'Ngày đăng:' line).",
    "18,9 + 3,1 + 5,4 = 27,4 tỷ after 'Trong đó' (total 27,4 tỷ). 'tăng 11,4% so với cùng kỳ' is the change, 'đạt 96,2% dự toán' the share.",
    "'bằng 40% mức lương cơ sở' stands alone (no amount before it): its own percent; 'tương đương 720.000 đồng' is an equivalent amount: its own money figure.",
    "'từ 30 học sinh … trở lên' is an eligibility threshold: optional. 'phấn đấu 100%' shares the sentence's 'Năm 2024'.",
    "revised: unit of '15 kg gạo/tháng' was 'kg gạo/tháng'; now 'kg/tháng' (shortest noun phrase; gạo is the subject).",
    "Distractors: NĐ 116/2016/NĐ-CP, Khu 3, phone 0213.3870.225, dateline.",
]

if __name__ == "__main__":
    emit("p684-2", TEXT, COMMENTS, FIGS, published="2023-12-26", location="Sìn Hồ")
