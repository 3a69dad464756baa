from lib import write, F, P

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Tin tức - Sự kiện > Hoạt động của Bộ

Hội nghị trực tuyến toàn quốc về công tác y tế trường học

Ngày 26/9/2024, tại Hà Nội, Bộ Giáo dục và Đào tạo phối hợp với Bộ Y tế tổ chức hội nghị trực tuyến về công tác y tế trường học, kết nối với 63 điểm cầu các tỉnh, thành phố.

Báo cáo tại hội nghị cho biết, cả nước hiện có hơn 53.000 cơ sở giáo dục mầm non và phổ thông với khoảng 23,5 triệu trẻ em, học sinh. Tuy nhiên, mới có 38.912 cơ sở (chiếm 73,4%) bố trí được nhân viên y tế trường học; trong số nhân viên này chỉ 41,6% là viên chức chuyên trách, còn lại là hợp đồng hoặc kiêm nhiệm.

Trong 9 tháng năm 2024, các địa phương đã tổ chức khám sức khỏe đầu năm cho 21,8 triệu học sinh, đạt 92,8%. Tỷ lệ học sinh mắc tật khúc xạ khoảng 20-40% tùy địa bàn, cao nhất ở các đô thị lớn; riêng học sinh THPT khu vực thành thị có tỷ lệ cận thị từ 50% đến 60%.

Về bảo hiểm y tế, năm học 2023-2024 tỷ lệ học sinh, sinh viên tham gia đạt 96,8%, tăng 1,2% so với năm học trước; có 32/63 tỉnh, thành phố đạt trên 98%, trong đó 9 địa phương đạt 100%. Số tiền trích để lại cho cơ sở giáo dục từ quỹ BHYT khoảng 1,1 nghìn tỷ đồng/năm.

Phát biểu kết luận, Thứ trưởng đề nghị đến năm 2025 có 100% cơ sở giáo dục bố trí nhân viên y tế hoặc hợp đồng với trạm y tế xã; phấn đấu kiểm soát tỷ lệ cận thị ở học sinh không tăng quá 0,5% mỗi năm. Trong quý IV/2024, Bộ sẽ phối hợp sửa đổi Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT và Nghị định số 146/2018/NĐ-CP.

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4983.
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
SY = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu các tỉnh, thành phố", optional=True),
    F("hơn 53.000 cơ sở", "53.000", 53000, "count", "cơ sở giáo dục", "cơ sở giáo dục mầm non và phổ thông", approx="over"),
    F("khoảng 23,5 triệu", "23,5", 23.5e6, "count", "trẻ em, học sinh", "trẻ em, học sinh", approx="about"),
    F("có 38.912 cơ sở", "38.912", 38912, "count", "cơ sở", "cơ sở bố trí được nhân viên y tế trường học", percent=73.4),
    F("chỉ 41,6%", "41,6", 41.6, "percent", "%", "nhân viên y tế trường học là viên chức chuyên trách"),
    F("cho 21,8 triệu", "21,8", 21.8e6, "count", "học sinh", "học sinh được khám sức khỏe đầu năm", percent=92.8, period=M9),
    F("khoảng 20-40%", "20", 20, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", value_max=40, approx="about",
      period=M9_I),
    F("từ 50% đến 60%", "50", 50, "percent", "%", "tỷ lệ cận thị học sinh THPT khu vực thành thị", value_max=60,
      period=M9_I),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế",
      change={"direction": "increase", "value": 1.2, "unit": "%", "baseline": "năm học trước"}, period=SY),
    F("có 32/63 tỉnh", "32", 32, "count", "tỉnh, thành phố", "tỉnh, thành phố có tỷ lệ học sinh tham gia BHYT trên 98%",
      total=63, period=SY),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ học sinh tham gia BHYT", approx="over", optional=True),
    F("trong đó 9 địa phương", "9", 9, "count", "địa phương", "địa phương có tỷ lệ học sinh tham gia BHYT 100%",
      total=32, period=SY),
    F("đạt 100%.", "100", 100, "percent", "%", "tỷ lệ học sinh tham gia BHYT", optional=True),
    F("khoảng 1,1 nghìn tỷ", "1,1", 1.1e12, "money", "đồng/năm", "số tiền trích để lại cho cơ sở giáo dục từ quỹ BHYT",
      approx="about"),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục bố trí nhân viên y tế", status="target", period=T25),
    F("quá 0,5%", "0,5", 0.5, "percent", "%", "mức tăng tỷ lệ cận thị ở học sinh mỗi năm", approx="at_most",
      status="target", period=T25),
]

write("p377-7", TEXT, FIGS, [
    "Ministry site (Bộ GD&ĐT): national conference on school health — facilities with school health staff, exams, myopia, BHYT coverage, targets.",
    "No dateline: 'Ngày 26/9/2024, tại Hà Nội' dates the event, not the page (no published). Location Việt Nam throughout.",
    "Distractors: 'Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT', 'Nghị định số 146/2018/NĐ-CP', 'quý IV/2024' (a time, no figure), address '35 Đại Cồ Việt', phone.",
    "'38.912 cơ sở (chiếm 73,4%)' → percent 73,4; no 'trong số' cue to 53.000, so no total. '41,6%' is a share of staff: its own percent figure.",
    "'32/63 tỉnh … trong đó 9 địa phương' → totals 63 and 32. Thresholds 'trên 98%', 'đạt 100%' optional; '63 điểm cầu' optional (structure).",
    "'không tăng quá 0,5% mỗi năm' under 'phấn đấu' is a target growth rate (percent, at_most). Ranges: 'khoảng 20-40%', 'từ 50% đến 60%'.",
], location="Việt Nam")
