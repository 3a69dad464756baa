"""p534-5: Party newspaper (Báo Đà Nẵng style), start-up ecosystem, byline and date at the end."""
from lib import F, P, INH, CH, emit

TEXT = """Đà Nẵng: Startup gọi vốn thành công hơn 30 triệu USD trong 5 năm

Theo Sở Khoa học và Công nghệ, tính đến tháng 6/2024, toàn thành phố có khoảng 620 dự án khởi nghiệp đổi mới sáng tạo, trong đó 145 dự án đã thành lập doanh nghiệp. Hệ sinh thái có 27 tổ chức hỗ trợ khởi nghiệp, gồm 9 vườn ươm, 11 không gian làm việc chung và 7 quỹ đầu tư.

Giai đoạn 2019-2023, các dự án khởi nghiệp của thành phố đã huy động được hơn 30 triệu USD; riêng năm 2023 đạt 8,2 triệu USD, giảm 24% so với năm 2022 do thị trường vốn mạo hiểm khó khăn. Từ năm 2019 đến nay, ngân sách thành phố bố trí 12,5 tỷ đồng hỗ trợ 84 dự án, bình quân gần 150 triệu đồng/dự án.

Tại Techfest Việt Nam 2023, Đà Nẵng có 3 dự án vào vòng chung kết. Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2023 của thành phố đạt 51,72 điểm, xếp thứ 5 cả nước. Thành phố hiện có 2.150 người làm nghiên cứu khoa học, đạt tỷ lệ 17,8 người/vạn dân.

Trung tâm Hỗ trợ khởi nghiệp sáng tạo (số 31 đường 2 Tháng 9, quận Hải Châu) đang ươm tạo 42 nhóm dự án; Khu công viên phần mềm số 2 dự kiến đưa vào sử dụng năm 2025 với khoảng 5.000 chỗ làm việc.

Theo Đề án phát triển hệ sinh thái khởi nghiệp đến năm 2030, thành phố phấn đấu có 1.000 dự án khởi nghiệp, trong đó ít nhất 300 dự án gọi vốn thành công, tổng giá trị gọi vốn đạt 100 triệu USD.

MAI QUẾ
12/07/2024
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-07-12")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("thành công hơn 30 triệu USD", "30", 30e6, "money", "USD", "vốn startup gọi thành công", approx="over"),
    F("khoảng 620 dự án", "620", 620, "count", "dự án", "dự án khởi nghiệp đổi mới sáng tạo", ASOF, approx="about"),
    F("trong đó 145 dự án", "145", 145, "count", "dự án", "dự án khởi nghiệp đã thành lập doanh nghiệp", ASOF, total=620),
    F("có 27 tổ chức", "27", 27, "count", "tổ chức", "tổ chức hỗ trợ khởi nghiệp", INH(ASOF)),
    F("gồm 9 vườn ươm", "9", 9, "count", "vườn ươm", "vườn ươm", INH(ASOF), total=27),
    F("11 không gian", "11", 11, "count", "không gian làm việc chung", "không gian làm việc chung", INH(ASOF), total=27),
    F("7 quỹ đầu tư", "7", 7, "count", "quỹ đầu tư", "quỹ đầu tư", INH(ASOF), total=27),
    F("huy động được hơn 30 triệu USD", "30", 30e6, "money", "USD", "vốn các dự án khởi nghiệp huy động được",
      P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31"), approx="over"),
    F("đạt 8,2 triệu USD", "8,2", 8.2e6, "money", "USD", "vốn các dự án khởi nghiệp huy động được", Y23,
      change=CH("decrease", 24, "%", "năm 2022")),
    F("bố trí 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "ngân sách thành phố hỗ trợ dự án khởi nghiệp", SINCE),
    F("hỗ trợ 84 dự án", "84", 84, "count", "dự án", "dự án khởi nghiệp được ngân sách hỗ trợ", SINCE),
    F("gần 150 triệu đồng/dự án", "150", 150e6, "money", "đồng/dự án", "mức hỗ trợ bình quân", SINCE, approx="nearly"),
    F("có 3 dự án", "3", 3, "count", "dự án", "dự án vào vòng chung kết Techfest Việt Nam 2023"),
    F("đạt 51,72 điểm", "51,72", 51.72, "measure", "điểm", "Chỉ số đổi mới sáng tạo cấp địa phương (PII)", Y23),
    F("xếp thứ 5 cả nước", "5", 5, "rank", "hạng", "Chỉ số đổi mới sáng tạo cấp địa phương (PII)", Y23),
    F("có 2.150 người", "2.150", 2150, "count", "người", "người làm nghiên cứu khoa học"),
    F("tỷ lệ 17,8 người/vạn dân", "17,8", 17.8, "measure", "người/vạn dân", "người làm nghiên cứu khoa học trên vạn dân"),
    F("ươm tạo 42 nhóm", "42", 42, "count", "nhóm dự án", "nhóm dự án đang ươm tạo tại Trung tâm Hỗ trợ khởi nghiệp sáng tạo"),
    F("khoảng 5.000 chỗ", "5.000", 5000, "count", "chỗ làm việc", "chỗ làm việc của Khu công viên phần mềm số 2",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("có 1.000 dự án", "1.000", 1000, "count", "dự án", "dự án khởi nghiệp", TO30, status="target"),
    F("ít nhất 300 dự án", "300", 300, "count", "dự án", "dự án gọi vốn thành công", TO30,
      approx="at_least", total=1000, status="target"),
    F("đạt 100 triệu USD", "100", 100e6, "money", "USD", "tổng giá trị gọi vốn", TO30, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Đà Nẵng style, invented): hệ sinh thái khởi nghiệp đổi mới sáng tạo; byline 'MAI QUẾ' and bare date 12/07/2024 at the end.",
    "Not figures: 'trong 5 năm' (a duration in the headline), 'Giai đoạn 2019-2023', 'Techfest Việt Nam 2023' (event name),",
    "address 'số 31 đường 2 Tháng 9, quận Hải Châu', 'Khu công viên phần mềm số 2' (name). The incubator in an address in Hải Châu stays",
    "a city figure (the district is only its address). 9+11+7 = 27 (gồm). 'riêng năm 2023 đạt 8,2 triệu USD' is not a part of the",
    "2019-2023 total (another period), so no total. '17,8 người/vạn dân' is a rate figure of its own (cf. h06 'đạt tỷ lệ 0,717 doanh nghiệp/1.000 dân').",
    "'Hiện có'/'đang' sentences get no period. The 2030 plan's 'trong đó ít nhất 300' takes the 1.000 target as total.",
]

if __name__ == "__main__":
    emit("p534-5", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đà Nẵng")
