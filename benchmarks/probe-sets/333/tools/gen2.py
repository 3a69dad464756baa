from lib import *

text = """Yên Thành hoàn thành khám tuyển nghĩa vụ quân sự năm 2025
Thứ Tư, 11/12/2024 - 16:45

Từ ngày 2/12 đến ngày 10/12/2024, tại Trung tâm Y tế huyện (khối 2, thị trấn Yên Thành), Hội đồng nghĩa vụ quân sự huyện đã tổ chức khám sức khỏe tuyển chọn công dân nhập ngũ năm 2025 theo tiêu chuẩn tại Thông tư số 105/2023/TT-BQP.

Năm 2025, huyện được giao chỉ tiêu 300 công dân (270 nhập ngũ Quân đội, 30 thực hiện nghĩa vụ tham gia Công an). Qua sơ tuyển ở 38 xã, thị trấn, có 1.642 công dân được gọi khám, thực tế có mặt 1.587 công dân, đạt 96,7%.

Kết quả, 774 công dân đủ điều kiện sức khỏe loại 1, 2, 3, chiếm 48,8%, tăng 2,4% so với năm trước; 813 công dân không đủ sức khỏe hoặc thuộc diện tạm hoãn, trong đó 96 trường hợp bị loại do cận thị, 41 trường hợp có hình xăm phản cảm.

Đáng chú ý, số công dân đủ sức khỏe có trình độ cao đẳng, đại học là 118 người, gấp 1,5 lần năm 2024; có 21 đảng viên, 9 công dân là người dân tộc thiểu số. Căn cứ kết quả khám, Hội đồng nghĩa vụ quân sự huyện đã lập danh sách 452 công dân đủ điều kiện gọi nhập ngũ; lễ giao nhận quân dự kiến tổ chức vào ngày 13/2/2025 tại sân vận động huyện.

Ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng nghĩa vụ quân sự huyện cho biết: năm 2024, Yên Thành xếp thứ 2/21 huyện, thành, thị trong tỉnh về kết quả tuyển quân; năm 2025 huyện phấn đấu giao quân đạt 100% chỉ tiêu, trong đó tỷ lệ đảng viên không dưới 3%.

Mọi thắc mắc về tiêu chuẩn sức khỏe, công dân liên hệ Ban Chỉ huy quân sự huyện, điện thoại 0238.3864.115 (giờ hành chính từ 7 giờ 30 đến 17 giờ).

Thanh Tâm (Ban CHQS huyện)
"""

Y25i = Y("năm 2025", 2025, True)
Ki = P("Từ ngày 2/12 đến ngày 10/12/2024", "2024-12-02", "2024-12-10", True)
figs = [
    F("chỉ tiêu 300 công dân", "300", 300, "count", "công dân", "chỉ tiêu giao quân",
      status="target", period=Y("Năm 2025", 2025)),
    F("(270 nhập ngũ", "270", 270, "count", "công dân", "chỉ tiêu nhập ngũ Quân đội",
      total=300, status="target", period=Y("Năm 2025", 2025)),
    F("30 thực hiện nghĩa vụ", "30", 30, "count", "công dân", "chỉ tiêu thực hiện nghĩa vụ tham gia Công an",
      total=300, status="target", period=Y("Năm 2025", 2025)),
    F("ở 38 xã, thị trấn", "38", 38, "count", "xã, thị trấn", "xã, thị trấn sơ tuyển", period=Ki, optional=True),
    F("có 1.642 công dân", "1.642", 1642, "count", "công dân", "công dân được gọi khám", period=Ki),
    F("có mặt 1.587 công dân", "1.587", 1587, "count", "công dân", "công dân có mặt khám sức khỏe",
      percent=96.7, period=Ki),
    F("774 công dân đủ", "774", 774, "count", "công dân", "công dân đủ điều kiện sức khỏe",
      percent=48.8, change=CH("increase", 2.4, "%", "năm trước"), period=Ki),
    F("813 công dân không", "813", 813, "count", "công dân",
      "công dân không đủ sức khỏe hoặc thuộc diện tạm hoãn", period=Ki),
    F("96 trường hợp", "96", 96, "count", "trường hợp", "trường hợp bị loại do cận thị", total=813, period=Ki),
    F("41 trường hợp", "41", 41, "count", "trường hợp", "trường hợp có hình xăm phản cảm", total=813, period=Ki),
    F("là 118 người", "118", 118, "count", "người",
      "công dân đủ sức khỏe có trình độ cao đẳng, đại học",
      change=CH("increase", 1.5, "lần", "năm 2024"), period=Ki),
    F("có 21 đảng viên", "21", 21, "count", "đảng viên", "đảng viên đủ sức khỏe", period=Ki),
    F("9 công dân là", "9", 9, "count", "công dân", "công dân là người dân tộc thiểu số đủ sức khỏe", period=Ki),
    F("danh sách 452 công dân", "452", 452, "count", "công dân", "công dân đủ điều kiện gọi nhập ngũ", period=Y25i),
    F("thứ 2/21", "2", 2, "rank", "hạng", "kết quả tuyển quân", total=21, period=Y("năm 2024", 2024)),
    F("đạt 100% chỉ tiêu, trong", "100", 100, "percent", "%", "giao quân đạt chỉ tiêu",
      status="target", period=Y("năm 2025", 2025)),
    F("không dưới 3%", "3", 3, "percent", "%", "tỷ lệ đảng viên", approx="at_least",
      status="target", period=Y("năm 2025", 2025)),
]

comments = [
    "Cổng TTĐT huyện Yên Thành, Nghệ An (district portal): khám tuyển NVQS năm 2025. Dateline 'Thứ Tư, 11/12/2024 - 16:45', byline at the end.",
    "Distractors: 'Từ ngày 2/12 đến ngày 10/12/2024', 'khối 2', 'Thông tư số 105/2023/TT-BQP', 'loại 1, 2, 3' (health grades, labels),",
    "'ngày 13/2/2025', phone 0238.3864.115, office hours '7 giờ 30 đến 17 giờ'. '38 xã, thị trấn' is an optional structure count.",
    "The bracket '(270 …, 30 …)' after the quota adds up to it: totals 300, status target like its whole.",
    "'thực tế có mặt 1.587, đạt 96,7%' has no cue for a whole: percent only. 'trong đó' after 813 gives the two exclusion counts total 813.",
    "'gấp 1,5 lần năm 2024' after 118 is its change (lần). Figures of the body inherit 'năm 2025' from the opening sentence (the enlistment year).",
    "Health-check results take the inherited period of the check ('Từ ngày 2/12 đến ngày 10/12/2024'); the call list 452 the enlistment year.",
    "'năm 2025 huyện phấn đấu …': 100% and 'không dưới 3%' are targets; the rank 2/21 has period 'năm 2024'.",
]
build(2, text, comments, figs, published="2024-12-11", location="Yên Thành")
