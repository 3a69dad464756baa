from lib import F, P, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THANH HÓA
Phòng, chống tệ nạn xã hội
Cập nhật lúc: 10:05 - 14/10/2024 | Lượt xem: 1.209

Cơ sở cai nghiện ma túy số 1: Tiếp nhận 245 học viên trong quý III/2024

Trong quý III/2024, Cơ sở cai nghiện ma túy số 1 tỉnh Thanh Hóa (Km 12, Quốc lộ 47) đã tiếp nhận mới 245 học viên, tăng 12,4% so với quý II, nâng tổng số học viên đang quản lý, điều trị tính đến ngày 30/9/2024 lên 1.086 người. Trong đó, học viên cai nghiện bắt buộc 912 người (chiếm 84%), cai nghiện tự nguyện 174 người.

Bên cạnh điều trị cắt cơn, Cơ sở đã tổ chức dạy nghề cho 320 học viên, đạt 106,7% kế hoạch quý; tư vấn, hỗ trợ tâm lý cho gần 900 lượt học viên; 168 học viên hoàn thành thời gian cai nghiện, trở về tái hòa nhập cộng đồng. Số học viên vi phạm nội quy giảm còn 9 trường hợp, thấp hơn 5 trường hợp so với quý trước.

Về kinh phí, tổng kinh phí thực hiện chế độ cho học viên 9 tháng năm 2024 ước đạt 18,6 tỷ đồng, bằng 74,4% dự toán năm. Mức hỗ trợ tiền ăn theo Quyết định số 2360/QĐ-UBND là 1.170.000 đồng/người/tháng; học viên thuộc hộ nghèo được miễn toàn bộ chi phí.

Hiện Cơ sở có 126 cán bộ, viên chức và người lao động, trong đó 38 người có trình độ chuyên môn y tế. Quý IV/2024, Cơ sở phấn đấu tiếp nhận khoảng 250 học viên, dạy nghề cho 300 học viên; tỷ lệ học viên được khám, xét nghiệm định kỳ đạt 100%.

Thân nhân học viên liên hệ thăm gặp vào thứ Bảy, Chủ nhật hằng tuần, từ 7 giờ 30 đến 16 giờ 30; điện thoại: 0237.3910.258.

Phòng Phòng, chống TNXH
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
A30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
A30i = P("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("Tiếp nhận 245 học viên", "245", 245, "count", "học viên", "học viên tiếp nhận", period=Q3),
    F("mới 245 học viên", "245", 245, "count", "học viên", "học viên tiếp nhận mới",
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "quý II"}, period=Q3),
    F("lên 1.086 người", "1.086", 1086, "count", "người", "tổng số học viên đang quản lý, điều trị", period=A30),
    F("bắt buộc 912 người", "912", 912, "count", "người", "học viên cai nghiện bắt buộc", total=1086, percent=84, period=A30i),
    F("tự nguyện 174 người", "174", 174, "count", "người", "học viên cai nghiện tự nguyện", total=1086, period=A30i),
    F("cho 320 học viên", "320", 320, "count", "học viên", "học viên được dạy nghề", percent=106.7, period=Q3i),
    F("gần 900 lượt", "900", 900, "count", "lượt học viên", "lượt học viên được tư vấn, hỗ trợ tâm lý", approx="nearly", period=Q3i),
    F("168 học viên", "168", 168, "count", "học viên", "học viên hoàn thành thời gian cai nghiện", period=Q3i),
    F("còn 9 trường hợp", "9", 9, "count", "trường hợp", "học viên vi phạm nội quy",
      change={"direction": "decrease", "value": 5, "unit": "trường hợp", "baseline": "quý trước"}, period=Q3i),
    F("ước đạt 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", "tổng kinh phí thực hiện chế độ cho học viên",
      percent=74.4, status="estimate", period=M9),
    F("là 1.170.000 đồng", "1.170.000", 1170000, "money", "đồng/người/tháng", "mức hỗ trợ tiền ăn"),
    F("có 126 cán bộ", "126", 126, "count", "cán bộ, viên chức và người lao động", "cán bộ, viên chức và người lao động của Cơ sở"),
    F("trong đó 38 người", "38", 38, "count", "người", "người có trình độ chuyên môn y tế", total=126),
    F("khoảng 250 học viên", "250", 250, "count", "học viên", "học viên tiếp nhận", approx="about", status="target", period=Q4),
    F("cho 300 học viên", "300", 300, "count", "học viên", "học viên được dạy nghề", status="target", period=Q4),
    F("định kỳ đạt 100%", "100", 100, "percent", "%", "tỷ lệ học viên được khám, xét nghiệm định kỳ", status="target", period=Q4),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Thanh Hóa): Cơ sở cai nghiện ma túy số 1, quý III/2024. Dateline 'Cập nhật lúc: 10:05 - 14/10/2024 | Lượt xem: 1.209'.",
    "Distractors: 'Cơ sở cai nghiện ma túy số 1' (name), 'Km 12, Quốc lộ 47' (address), Quyết định số 2360/QĐ-UBND, visiting hours 7 giờ 30 – 16 giờ 30, phone.",
    "'245 học viên, tăng 12,4% so với quý II': change. 'Trong đó … 912 người (chiếm 84%), … 174 người': parts of 1.086 (912 + 174 = 1.086).",
    "'320 học viên, đạt 106,7% kế hoạch quý': percent 106.7. 'giảm còn 9 trường hợp, thấp hơn 5 trường hợp so với quý trước': change decrease 5.",
    "'ước đạt 18,6 tỷ đồng, bằng 74,4% dự toán năm': estimate, percent 74.4. '1.170.000 đồng/người/tháng' is a rate (money, unit with denominator).",
    "'Hiện … 126 …, trong đó 38 người' total 126 (no period). Quý IV/2024 plans: status target (phấn đấu governs all three clauses).",
]

if __name__ == "__main__":
    write(7, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thanh Hóa")
