from lib import F, P, Y, build

TEXT = """Thái Bình: Hơn 1.200 lượt doanh nghiệp nhỏ và vừa được hỗ trợ trong 9 tháng năm 2024
Cập nhật: 08/10/2024 15:42
Lượt xem: 2.315

Theo báo cáo của Sở Kế hoạch và Đầu tư, 9 tháng năm 2024, các sở, ngành và địa phương trong tỉnh đã triển khai hỗ trợ cho 1.246 lượt doanh nghiệp nhỏ và vừa theo Nghị định số 80/2021/NĐ-CP của Chính phủ, tăng 18,6% so với cùng kỳ năm 2023; tổng kinh phí hỗ trợ ước đạt 4,85 tỷ đồng, bằng 64,7% kế hoạch năm.

Về hỗ trợ pháp lý, Sở Tư pháp đã tư vấn 312 vụ việc cho doanh nghiệp, trong đó 187 vụ việc liên quan đến hợp đồng và lao động; tổ chức 14 hội nghị phổ biến pháp luật với gần 1.500 lượt người tham dự. Mạng lưới tư vấn viên pháp luật của tỉnh hiện có 35 luật sư, chuyên gia.

Về đào tạo, tỉnh đã mở 26 lớp bồi dưỡng về khởi sự và quản trị doanh nghiệp, trong đó có 9 lớp chuyên sâu về chuyển đổi số, thu hút 1.080 học viên, đạt 90% kế hoạch.

Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh đã cấp bảo lãnh cho 11 dự án với tổng số tiền bảo lãnh 38,5 tỷ đồng, giúp doanh nghiệp tiếp cận khoảng 64 tỷ đồng vốn vay ngân hàng. Tính đến ngày 30/9/2024, dư nợ bảo lãnh của Quỹ đạt 112,4 tỷ đồng, giảm 3,2% so với đầu năm.

Tỉnh phấn đấu cả năm 2024 hỗ trợ trên 1.600 lượt doanh nghiệp, trong đó ít nhất 30% là doanh nghiệp do phụ nữ làm chủ. Toàn tỉnh hiện có 4.890 doanh nghiệp đang hoạt động, trong đó doanh nghiệp nhỏ và vừa chiếm khoảng 97%.

Mọi chi tiết xin liên hệ Phòng Doanh nghiệp, kinh tế tập thể và tư nhân, Sở Kế hoạch và Đầu tư, số 12 đường Lê Lợi, TP Thái Bình; điện thoại 0227.3831.548.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("Hơn 1.200 lượt", "1.200", 1200, "count", "lượt doanh nghiệp", "doanh nghiệp nhỏ và vừa được hỗ trợ",
      approx="over", period=N9),
    F("cho 1.246 lượt", "1.246", 1246, "count", "lượt doanh nghiệp", "lượt doanh nghiệp nhỏ và vừa được hỗ trợ",
      change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=N9),
    F("ước đạt 4,85 tỷ", "4,85", 4.85e9, "money", "đồng", "tổng kinh phí hỗ trợ",
      percent=64.7, status="estimate", period=N9),
    F("tư vấn 312 vụ việc", "312", 312, "count", "vụ việc", "vụ việc tư vấn cho doanh nghiệp", period=N9i),
    F("trong đó 187 vụ việc", "187", 187, "count", "vụ việc", "vụ việc liên quan đến hợp đồng và lao động",
      total=312, period=N9i),
    F("tổ chức 14 hội nghị", "14", 14, "count", "hội nghị", "hội nghị phổ biến pháp luật", period=N9i),
    F("gần 1.500 lượt", "1.500", 1500, "count", "lượt người", "lượt người tham dự hội nghị phổ biến pháp luật",
      approx="nearly", period=N9i),
    F("có 35 luật sư", "35", 35, "count", "luật sư, chuyên gia", "luật sư, chuyên gia trong mạng lưới tư vấn viên pháp luật"),
    F("mở 26 lớp", "26", 26, "count", "lớp", "lớp bồi dưỡng về khởi sự và quản trị doanh nghiệp", period=N9i),
    F("có 9 lớp", "9", 9, "count", "lớp", "lớp chuyên sâu về chuyển đổi số", total=26, period=N9i),
    F("thu hút 1.080 học viên", "1.080", 1080, "count", "học viên", "học viên lớp bồi dưỡng về khởi sự và quản trị doanh nghiệp",
      percent=90, period=N9i),
    F("cho 11 dự án", "11", 11, "count", "dự án", "dự án được cấp bảo lãnh", period=N9i),
    F("bảo lãnh 38,5 tỷ", "38,5", 38.5e9, "money", "đồng", "tổng số tiền bảo lãnh", period=N9i),
    F("khoảng 64 tỷ", "64", 64e9, "money", "đồng", "vốn vay ngân hàng doanh nghiệp tiếp cận",
      approx="about", period=N9i),
    F("đạt 112,4 tỷ", "112,4", 112.4e9, "money", "đồng", "dư nợ bảo lãnh của Quỹ",
      change={"direction": "decrease", "value": 3.2, "unit": "%", "baseline": "đầu năm"},
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("trên 1.600 lượt", "1.600", 1600, "count", "lượt doanh nghiệp", "lượt doanh nghiệp được hỗ trợ",
      approx="over", status="target", period=Y(2024, "cả năm 2024")),
    F("ít nhất 30%", "30", 30, "percent", "%", "doanh nghiệp do phụ nữ làm chủ",
      approx="at_least", status="target", period=Y(2024, "cả năm 2024")),
    F("có 4.890 doanh nghiệp", "4.890", 4890, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động"),
    F("khoảng 97%", "97", 97, "percent", "%", "doanh nghiệp nhỏ và vừa", approx="about"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): SME support in 9 months 2024 (legal advice, training, credit guarantee fund).",
    "Dateline 'Cập nhật: 08/10/2024 15:42'. Distractors: 'Lượt xem: 2.315', 'Nghị định số 80/2021/NĐ-CP', 'ngày 30/9/2024' (as-of phrase),",
    "'số 12 đường Lê Lợi' (address), phone 0227.3831.548.",
    "'bằng 64,7% kế hoạch năm' and 'đạt 90% kế hoạch' are the percent attributes of their figures (FIGURES.md: share after đạt/bằng).",
    "'trong đó có 9 lớp' follows '26 lớp' (same thing, same period): total 26. Paragraphs 2-4 take '9 tháng năm 2024' from paragraph 1 (inherited).",
    "'hiện có 35 luật sư' and 'hiện có 4.890 doanh nghiệp': no period stated (null, not scored). 'khoảng 97%' is a share without a base count: percent figure, no total.",
    "'phấn đấu cả năm 2024 …, trong đó ít nhất 30%': both target; the 30% is a percent figure (a percent has no whole in doanh nghiệp).",
    "revised after the first run: subject of '1.080 học viên' now names the course as the sentence does (consistency with p388-7).",
]

if __name__ == "__main__":
    build("p388-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thái Bình")
