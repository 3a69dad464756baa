"""p627-2: Krông Bông district portal, measles-rubella catch-up campaign 2024."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Trang chủ » Tin tức » Văn hóa - Xã hội
Thứ Năm, 12/09/2024 - 15:40

Krông Bông: Tiêm bù vắc xin sởi - rubella cho hơn 1.900 trẻ

Từ ngày 19/8 đến ngày 8/9/2024, Trung tâm Y tế huyện phối hợp với UBND 14 xã, thị trấn tổ chức chiến dịch tiêm bù vắc xin sởi - rubella (MR) cho trẻ từ 1 đến 5 tuổi chưa tiêm hoặc chưa tiêm đủ 2 mũi.

Theo kết quả rà soát, toàn huyện có 2.046 trẻ thuộc diện tiêm bù; đến ngày 8/9 đã tiêm cho 1.938 trẻ, đạt 94,7%. Trong đó, trẻ em người đồng bào dân tộc thiểu số là 1.215 trẻ, chiếm 62,7%. Có 74 trẻ hoãn tiêm do đang ốm, sốt và 34 trẻ đi làm ăn xa cùng gia đình.

Chiến dịch được tổ chức tại 16 điểm tiêm, gồm 14 điểm tại trạm y tế và 2 điểm tiêm lưu động tại buôn Cư Drăm (xã Cư Drăm) và thôn 6 (xã Yang Mao). Sau tiêm, ghi nhận 27 trường hợp phản ứng thông thường như sốt nhẹ, sưng đau tại chỗ tiêm, chiếm 1,4% số trẻ được tiêm; không có trường hợp tai biến nặng.

Tổng kinh phí thực hiện chiến dịch khoảng 186,5 triệu đồng, trong đó ngân sách huyện hỗ trợ 120 triệu đồng, còn lại từ nguồn Chương trình mục tiêu y tế - dân số.

Từ đầu năm đến nay, trên địa bàn huyện ghi nhận 9 ca sốt phát ban nghi sởi, trong đó 3 ca có kết quả xét nghiệm dương tính, tập trung ở xã Cư Pui và xã Hòa Phong.

Theo kế hoạch, từ ngày 23/9 đến 30/9/2024, Trung tâm Y tế huyện dự kiến tổ chức tiêm vét cho khoảng 100 trẻ còn lại tại 5 xã vùng sâu.

Mọi thắc mắc xin liên hệ Trung tâm Y tế huyện, số 226 đường Nơ Trang Lơng, thị trấn Krông Kmar, điện thoại 0262.3731.115.

Hoàng Lan (TTVH-TT huyện)
"""

CAMP = P("Từ ngày 19/8 đến ngày 8/9/2024", "2024-08-19", "2024-09-08")
ASOF = P("đến ngày 8/9", None, "2024-09-08")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")
NEXT = P("từ ngày 23/9 đến 30/9/2024", "2024-09-23", "2024-09-30")

FIGS = [
    F("cho hơn 1.900 trẻ", "1.900", 1900, "count", "trẻ", "trẻ được tiêm bù vắc xin sởi - rubella", I(CAMP),
      approx="over"),
    F("UBND 14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn tổ chức chiến dịch tiêm bù vắc xin sởi - rubella",
      CAMP),
    AGE("trẻ từ 1 đến 5 tuổi", "1", 1, value_max=5),
    AGE("đủ 2 mũi", "2", 2, "mũi", kind="count"),
    F("có 2.046 trẻ", "2.046", 2046, "count", "trẻ", "trẻ thuộc diện tiêm bù", I(CAMP)),
    F("cho 1.938 trẻ", "1.938", 1938, "count", "trẻ", "trẻ đã được tiêm bù", ASOF, percent=94.7),
    F("là 1.215 trẻ", "1.215", 1215, "count", "trẻ", "trẻ em người đồng bào dân tộc thiểu số được tiêm bù", I(CAMP),
      total=1938, percent=62.7),
    F("Có 74 trẻ", "74", 74, "count", "trẻ", "trẻ hoãn tiêm do đang ốm, sốt", I(CAMP)),
    F("và 34 trẻ", "34", 34, "count", "trẻ", "trẻ đi làm ăn xa cùng gia đình", I(CAMP)),
    F("tại 16 điểm tiêm", "16", 16, "count", "điểm tiêm", "điểm tiêm của chiến dịch", I(CAMP)),
    F("gồm 14 điểm", "14", 14, "count", "điểm", "điểm tiêm tại trạm y tế", I(CAMP), total=16),
    F("và 2 điểm tiêm lưu động", "2", 2, "count", "điểm tiêm", "điểm tiêm lưu động", I(CAMP), total=16),
    F("ghi nhận 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp phản ứng thông thường sau tiêm", I(CAMP),
      percent=1.4),
    F("khoảng 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tổng kinh phí thực hiện chiến dịch",
      approx="about"),
    F("hỗ trợ 120 triệu đồng", "120", 120000000, "money", "đồng", "ngân sách huyện hỗ trợ", total=186500000),
    F("ghi nhận 9 ca", "9", 9, "count", "ca", "ca sốt phát ban nghi sởi", YTD),
    F("trong đó 3 ca", "3", 3, "count", "ca", "ca có kết quả xét nghiệm dương tính với sởi", YTD, total=9),
    F("khoảng 100 trẻ", "100", 100, "count", "trẻ", "trẻ còn lại được tiêm vét", NEXT, approx="about",
      status="forecast"),
    F("tại 5 xã", "5", 5, "count", "xã", "xã vùng sâu tổ chức tiêm vét", NEXT, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Krông Bông (Đắk Lắk), district portal, 'Thứ Năm, 12/09/2024 - 15:40', byline at the end.",
    "Location is the district for every figure. 2.046 → 1.938 has no part-of cue, so no total (1.938 carries 'đạt 94,7%').",
    "'Trong đó … 1.215 trẻ, chiếm 62,7%' after the sentence break: total 1.938. 74 + 34 = 2.046 − 1.938 but no cue: no total.",
    "'gồm 14 điểm … và 2 điểm' parts of 16 điểm tiêm. 'trong đó ngân sách huyện 120 triệu' part of 186,5 triệu (which has no period).",
    "'dự kiến' → forecast for 100 trẻ and 5 xã. Ages 'từ 1 đến 5 tuổi' and the dose count in 'chưa tiêm đủ 2 mũi' optional.",
    "Not figures: 'thôn 6', 'số 226 đường Nơ Trang Lơng', phone, dates, 'xã Cư Drăm'. 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    emit("p627-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Krông Bông")
