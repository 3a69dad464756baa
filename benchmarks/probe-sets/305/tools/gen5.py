from lib import F, P, CH, emit

TEXT = """BÁO HẢI DƯƠNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hải Dương
Xã hội

Hơn 318 tỷ đồng nợ bảo hiểm, người lao động thiệt thòi
THANH HƯƠNG 07:45, 24/10/2024

(BHD) - Tính đến ngày 30/9/2024, toàn tỉnh Hải Dương có 1.248 đơn vị nợ bảo hiểm xã hội (BHXH), bảo hiểm thất nghiệp (BHTN), bảo hiểm y tế (BHYT) với tổng số tiền 318,6 tỷ đồng, chiếm 4,12% số phải thu. Trong đó, số nợ chậm đóng từ 3 tháng trở lên là 196,4 tỷ đồng, tăng 11,3% so với cùng kỳ năm 2023.

Đáng chú ý, có 86 doanh nghiệp nợ kéo dài trên 12 tháng, ảnh hưởng đến quyền lợi của gần 4.700 người lao động; nhiều doanh nghiệp đã ngừng hoạt động, chủ bỏ trốn nên khó thu hồi.

Về tiền lương, qua rà soát của Liên đoàn Lao động tỉnh, 9 tháng năm 2024 có 17 doanh nghiệp chậm trả lương với tổng số tiền khoảng 23 tỷ đồng, tập trung tại TP. Hải Dương (6 doanh nghiệp), thị xã Kinh Môn (4 doanh nghiệp), huyện Cẩm Giàng (3 doanh nghiệp) và huyện Bình Giang (2 doanh nghiệp).

Từ đầu năm đến nay, BHXH tỉnh đã phối hợp thanh tra, kiểm tra 214 đơn vị, đôn đốc thu hồi nợ 41,7 tỷ đồng; chuyển 5 hồ sơ đề nghị cơ quan công an điều tra hành vi trốn đóng BHXH theo Điều 216 Bộ luật Hình sự.

Năm 2024, BHXH tỉnh phấn đấu giảm tỷ lệ nợ xuống dưới 2,5% số phải thu; số người tham gia BHXH đạt khoảng 402 nghìn người, bằng 40,5% lực lượng lao động trong độ tuổi.

Người lao động phát hiện doanh nghiệp nợ đóng bảo hiểm có thể phản ánh qua đường dây nóng 0220.3890.115 hoặc trực tiếp tại số 12 đường Hồng Quang, TP. Hải Dương.
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-24")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "doanh nghiệp chậm trả lương"

FIGS = [
    F("Hơn 318 tỷ đồng", "318", 318000000000, "money", "đồng", "nợ bảo hiểm", approx="over", optional=True),
    F("có 1.248 đơn vị", "1.248", 1248, "count", "đơn vị", "đơn vị nợ bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế", AS),
    F("tổng số tiền 318,6 tỷ đồng", "318,6", 318600000000, "money", "đồng", "tổng số tiền nợ bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế", AS,
      percent=4.12),
    F("từ 3 tháng trở lên", "3", 3, "measure", "tháng", "thời gian nợ chậm đóng", ASi, optional=True),
    F("là 196,4 tỷ đồng", "196,4", 196400000000, "money", "đồng", "số nợ chậm đóng từ 3 tháng trở lên", ASi,
      total=318600000000, change=CH("increase", 11.3, "%", "cùng kỳ năm 2023")),
    F("có 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp", "doanh nghiệp nợ kéo dài trên 12 tháng", ASi),
    F("trên 12 tháng", "12", 12, "measure", "tháng", "thời gian nợ kéo dài", ASi, approx="over", optional=True),
    F("gần 4.700 người lao động", "4.700", 4700, "count", "người lao động",
      "người lao động bị ảnh hưởng quyền lợi", ASi, approx="nearly"),
    F("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", LIST, N9),
    F("khoảng 23 tỷ đồng", "23", 23000000000, "money", "đồng", "tổng số tiền chậm trả lương", N9, approx="about"),
    F("Hải Dương (6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp", LIST, N9, location="Hải Dương"),
    F("Kinh Môn (4 doanh nghiệp)", "4", 4, "count", "doanh nghiệp", LIST, N9, location="Kinh Môn"),
    F("Cẩm Giàng (3 doanh nghiệp)", "3", 3, "count", "doanh nghiệp", LIST, N9, location="Cẩm Giàng"),
    F("Bình Giang (2 doanh nghiệp)", "2", 2, "count", "doanh nghiệp", LIST, N9, location="Bình Giang"),
    F("kiểm tra 214 đơn vị", "214", 214, "count", "đơn vị", "đơn vị được thanh tra, kiểm tra", TD),
    F("thu hồi nợ 41,7 tỷ đồng", "41,7", 41700000000, "money", "đồng", "nợ đôn đốc thu hồi", TD),
    F("chuyển 5 hồ sơ", "5", 5, "count", "hồ sơ", "hồ sơ đề nghị cơ quan công an điều tra hành vi trốn đóng BHXH", TD),
    F("dưới 2,5% số phải thu", "2,5", 2.5, "percent", "%", "tỷ lệ nợ", Y24, approx="under", status="target"),
    F("khoảng 402 nghìn người", "402", 402000, "count", "người", "số người tham gia BHXH", Y24,
      approx="about", status="target", percent=40.5),
]

COMMENTS = [
    "Party newspaper (Báo Hải Dương, tag BHD): nợ BHXH/BHTN/BHYT tính đến 30/9/2024, doanh nghiệp chậm trả lương 9 tháng, thu hồi nợ, mục tiêu năm 2024.",
    "Byline + time + date 'THANH HƯƠNG 07:45, 24/10/2024' is the dateline. 'Hơn 318 tỷ' in the headline restates 318,6 tỷ (optional).",
    "'Trong đó, số nợ … là 196,4 tỷ đồng' is part of 318,6 tỷ (total). Durations 'từ 3 tháng trở lên', 'trên 12 tháng' are thresholds (optional).",
    "The bracketed district counts (6+4+3+2 = 15) do not add up to 17, so no total; districts go to location ('TP. Hải Dương' = city Hải Dương).",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'phấn đấu' governs both target clauses; 'bằng 40,5%' is the share of 402 nghìn.",
    "revised: the two lead subjects use the sentence's own words (full insurance names) instead of my abbreviations BHXH, BHTN, BHYT.",
    "Not figures: Điều 216, phone number, 'số 12 đường Hồng Quang'.",
]

emit("p305-5", TEXT, COMMENTS, FIGS, published="2024-10-24", location="Hải Dương")
