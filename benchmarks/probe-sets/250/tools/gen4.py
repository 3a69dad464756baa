from lib import F, P, I, C, T, build

TEXT = """ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC
Cổng thông tin điện tử
Ngày đăng: 03/10/2024 | Lượt xem: 684

Tòa án nhân dân huyện xét xử lưu động vụ án tàng trữ trái phép chất ma túy

Sáng 2/10, tại hội trường UBND xã Ea Phê, Tòa án nhân dân huyện Krông Pắc phối hợp với Viện Kiểm sát nhân dân huyện tổ chức phiên tòa hình sự sơ thẩm xét xử lưu động vụ án "Tàng trữ trái phép chất ma túy", thu hút khoảng 350 cán bộ, nhân dân đến dự.

Theo cáo trạng, khoảng 21 giờ ngày 14/5/2024, bị cáo Y B. (SN 1996, trú tại buôn Ea Kmat) bị Công an xã bắt quả tang đang cất giấu 1,86 gam Methamphetamine. Căn cứ khoản 1 Điều 249 Bộ luật Hình sự năm 2015, Hội đồng xét xử tuyên phạt bị cáo 2 năm 6 tháng tù.

Từ đầu năm 2024 đến nay, TAND huyện đã tổ chức 18 phiên tòa xét xử lưu động (kế hoạch năm là 10 phiên), trong đó 11 phiên xét xử các vụ án về ma túy, 4 phiên về trộm cắp tài sản. Mỗi phiên tòa thu hút từ 150 đến 400 người dân đến theo dõi.

Tính đến ngày 30/9/2024, TAND huyện đã thụ lý 712 vụ, việc các loại, trong đó án hình sự 163 vụ/247 bị cáo; đã giải quyết 648 vụ, việc, đạt 91%. Riêng án hình sự đã xét xử 155 vụ, đạt 95,1%, với 231 bị cáo; không có bản án nào bị hủy do lỗi chủ quan của Thẩm phán. Các vụ, việc dân sự, hôn nhân và gia đình chiếm gần 72% tổng số thụ lý, chủ yếu là tranh chấp đất đai và ly hôn.

Theo Chánh án TAND huyện, thời gian tới đơn vị tiếp tục nâng cao chất lượng tranh tụng, phấn đấu tỷ lệ giải quyết án hình sự cả năm 2024 đạt 100%, án dân sự đạt trên 85%.

Mọi thông tin xin liên hệ: Tòa án nhân dân huyện Krông Pắc, số 120 đường Giải Phóng, thị trấn Phước An; điện thoại 0262.3521.178.
"""

YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-10-03")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    F("khoảng 350 cán bộ", "350", 350, "count", "cán bộ, nhân dân", "cán bộ, nhân dân đến dự phiên tòa lưu động",
      approx="about"),
    F("giấu 1,86 gam", "1,86", 1.86, "measure", "gam", "Methamphetamine cất giấu"),
    F("bị cáo 2 năm", "2", 2, "measure", "năm", "mức án tù", optional=True),
    F("6 tháng tù", "6", 6, "measure", "tháng", "mức án tù", optional=True),
    F("tổ chức 18 phiên", "18", 18, "count", "phiên tòa", "phiên tòa xét xử lưu động", target=T(10, "phiên", True),
      period=YTD),
    F("trong đó 11 phiên", "11", 11, "count", "phiên", "phiên tòa lưu động xét xử các vụ án về ma túy", total=18,
      period=YTD),
    F("4 phiên về", "4", 4, "count", "phiên", "phiên tòa lưu động xét xử về trộm cắp tài sản", total=18, period=YTD),
    F("từ 150 đến 400", "150", 150, "count", "người dân", "người dân theo dõi mỗi phiên tòa", value_max=400,
      period=I(YTD)),
    F("thụ lý 712 vụ", "712", 712, "count", "vụ, việc", "vụ, việc các loại thụ lý", period=AS),
    F("hình sự 163 vụ", "163", 163, "count", "vụ", "án hình sự thụ lý", total=712, period=AS),
    F("vụ/247 bị cáo", "247", 247, "count", "bị cáo", "bị cáo trong án hình sự thụ lý", period=AS),
    F("giải quyết 648 vụ", "648", 648, "count", "vụ, việc", "vụ, việc đã giải quyết", percent=91, period=AS),
    F("xét xử 155 vụ", "155", 155, "count", "vụ", "án hình sự đã xét xử", percent=95.1, period=I(AS)),
    F("với 231 bị cáo", "231", 231, "count", "bị cáo", "bị cáo đã xét xử", period=I(AS)),
    F("gần 72%", "72", 72, "percent", "%", "tỷ lệ vụ, việc dân sự, hôn nhân và gia đình trong tổng số thụ lý",
      approx="nearly", period=I(AS)),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ giải quyết án hình sự", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ giải quyết án dân sự", approx="over", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "District portal (UBND huyện Krông Pắc, Đắk Lắk): mobile trial of a drug case + the district court's results. 'Ngày đăng: 03/10/2024 | Lượt xem: 684'.",
    "Distractors: view counter, 'Sáng 2/10', 'khoảng 21 giờ ngày 14/5/2024' (time), 'SN 1996', 'khoản 1 Điều 249 Bộ luật Hình sự năm 2015', address 'số 120 đường Giải Phóng', phone.",
    "The prison term '2 năm 6 tháng tù' is optional (a sentence, arguably a measure). '1,86 gam' is a measured quantity.",
    "'18 phiên ... (kế hoạch năm là 10 phiên), trong đó 11 phiên ..., 4 phiên ...' -> target 10, parts with total 18. 'từ 150 đến 400' -> value_max.",
    "'thụ lý 712 vụ, việc ..., trong đó án hình sự 163 vụ/247 bị cáo' -> 163 total 712 (247 bị cáo has no whole). 'Tính đến ngày 30/9/2024' = as-of (start null).",
    "'Từ đầu năm 2024 đến nay' ends at the dateline (2024-10-03). 'cả năm 2024' targets (same sentence). 'gần 72%' stands alone (no base count): percent figure.",
]

if __name__ == "__main__":
    build("p250-4", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Krông Pắc")
