from lib import F, P, build

TEXT = """Gia Lâm: Kiểm tra, chấn chỉnh hoạt động nhóm trẻ độc lập tư thục
Thứ Sáu, 11/10/2024 - 16:20

Thực hiện Kế hoạch số 287/KH-UBND ngày 28/6/2024 của UBND huyện, trong quý III/2024, Phòng Giáo dục và Đào tạo phối hợp với Công an huyện, Trung tâm Y tế và UBND 22 xã, thị trấn kiểm tra 84 nhóm trẻ, lớp mẫu giáo độc lập tư thục, tăng 19 cơ sở so với cùng kỳ năm 2023.

Qua kiểm tra, 61 cơ sở cơ bản đáp ứng điều kiện về cơ sở vật chất, đội ngũ và chuyên môn, chiếm 72,6%; 23 cơ sở còn tồn tại, vi phạm, trong đó 9 cơ sở hoạt động khi chưa được cấp phép, 6 cơ sở nhận quá số trẻ theo quy định, 8 cơ sở chưa lắp camera giám sát hoặc camera không lưu dữ liệu.

Đoàn kiểm tra đã lập biên bản, đề nghị xử phạt 11 cơ sở với tổng số tiền 137,5 triệu đồng; yêu cầu 4 nhóm trẻ dừng hoạt động, bàn giao trẻ cho gia đình. Riêng nhóm trẻ Hoa Sen 2 tại xã Kiêu Kỵ nhận trông 27 trẻ nhưng chỉ có một người trông giữ.

Tính đến ngày 30/9/2024, toàn huyện có 312 nhóm trẻ độc lập tư thục với khoảng 7.800 trẻ, bình quân 25 trẻ/nhóm. Tỷ lệ nhóm trẻ được cấp phép đạt 88,5%, thấp hơn 6,5% so với chỉ tiêu của huyện (95%).

Theo ông Nguyễn Văn Tuấn, Trưởng phòng GD&ĐT huyện, thời gian tới huyện phấn đấu đến hết năm 2024 có 100% nhóm trẻ được cấp phép và lắp đặt camera giám sát; mỗi người chăm sóc trẻ được tập huấn ít nhất 2 lần/năm về phòng chống tai nạn thương tích. Phản ánh về an toàn trẻ em tại các nhóm trẻ xin liên hệ số điện thoại 024.3827.1160.

Minh Thu - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3_I = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
END24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("UBND 22 xã", "22", 22, "count", "xã, thị trấn", "xã, thị trấn phối hợp kiểm tra", period=Q3, optional=True),
    F("kiểm tra 84 nhóm", "84", 84, "count", "nhóm trẻ, lớp mẫu giáo",
      "nhóm trẻ, lớp mẫu giáo độc lập tư thục được kiểm tra",
      change={"direction": "increase", "value": 19, "unit": "cơ sở", "baseline": "cùng kỳ năm 2023"}, period=Q3),
    F("Qua kiểm tra, 61 cơ sở", "61", 61, "count", "cơ sở",
      "cơ sở cơ bản đáp ứng điều kiện về cơ sở vật chất, đội ngũ và chuyên môn", percent=72.6, period=Q3_I),
    F("; 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở còn tồn tại, vi phạm", period=Q3_I),
    F("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở hoạt động khi chưa được cấp phép", total=23, period=Q3_I),
    F(", 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở nhận quá số trẻ theo quy định", total=23, period=Q3_I),
    F(", 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở chưa lắp camera giám sát hoặc camera không lưu dữ liệu",
      total=23, period=Q3_I),
    F("xử phạt 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị đề nghị xử phạt", period=Q3_I),
    F("137,5 triệu đồng", "137,5", 137500000, "money", "đồng", "tổng số tiền đề nghị xử phạt", period=Q3_I),
    F("yêu cầu 4 nhóm", "4", 4, "count", "nhóm trẻ", "nhóm trẻ bị yêu cầu dừng hoạt động", period=Q3_I),
    F("trông 27 trẻ", "27", 27, "count", "trẻ", "trẻ nhận trông tại nhóm trẻ Hoa Sen 2", period=Q3_I),
    F("chỉ có một người", "một", 1, "count", "người", "người trông giữ tại nhóm trẻ Hoa Sen 2", period=Q3_I),
    F("có 312 nhóm", "312", 312, "count", "nhóm trẻ", "nhóm trẻ độc lập tư thục", period=ASOF),
    F("khoảng 7.800 trẻ", "7.800", 7800, "count", "trẻ", "trẻ tại các nhóm trẻ độc lập tư thục",
      approx="about", period=ASOF),
    F("bình quân 25 trẻ/nhóm", "25", 25, "measure", "trẻ/nhóm", "số trẻ bình quân mỗi nhóm", period=ASOF),
    F("đạt 88,5%", "88,5", 88.5, "percent", "%", "tỷ lệ nhóm trẻ được cấp phép",
      change={"direction": "decrease", "value": 6.5, "unit": "%", "baseline": "chỉ tiêu của huyện"},
      target={"value": 95, "unit": "%", "met": False}, period=ASOF_I),
    F("có 100% nhóm trẻ", "100", 100, "percent", "%", "nhóm trẻ được cấp phép và lắp đặt camera giám sát",
      status="target", period=END24),
    F("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", "số lần tập huấn mỗi người chăm sóc trẻ",
      approx="at_least", status="target", period=END24, optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lâm (district portal, Hà Nội): inspection of independent childcare groups in Q3/2024, stock at 30/9/2024, targets.",
    "Dateline 'Thứ Sáu, 11/10/2024 - 16:20'; byline at the end. Distractors: 'Kế hoạch số 287/KH-UBND ngày 28/6/2024', 'nhóm trẻ Hoa Sen 2',",
    "phone 024.3827.1160, 'quý III/2024'. '22 xã, thị trấn' (administrative structure) is optional.",
    "'Qua kiểm tra, 61 …; 23 …' carry no cue of a whole, so no total 84; '9, 6, 8 cơ sở' after 'trong đó' are parts of 23.",
    "'chỉ có một người' is a number word (count 1). The commune xã Kiêu Kỵ is below district level: location stays Gia Lâm.",
    "'25 trẻ/nhóm' is a rate (measure, unit with its denominator). 88,5% carries the plan gap (change, baseline chỉ tiêu) and the plan 95% (target).",
    "'ít nhất 2 lần/năm' (training frequency norm inside the target clause) is optional.",
]

if __name__ == "__main__":
    build(2, TEXT, COMMENTS, FIGS, published="2024-10-11", location="Gia Lâm")
