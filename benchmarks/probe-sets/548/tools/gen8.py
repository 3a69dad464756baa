from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Tin tức - Sự kiện » Nội chính
Ngày cập nhật 05/11/2024

Hải Phòng: 10 tháng thu hồi 126,4 tỷ đồng sai phạm sau thanh tra

Tính đến ngày 31/10/2024, Thanh tra thành phố đang theo dõi, đôn đốc việc thực hiện 215 kết luận thanh tra với tổng số tiền phải thu hồi 312,7 tỷ đồng và 46,8 ha đất. Các đơn vị đã thu hồi 126,4 tỷ đồng, đạt 40,4%, và 31,2 ha đất, đạt 66,7%.

Riêng quý III/2024, số tiền thu hồi đạt 38,5 tỷ đồng, tăng 2,2 lần so với quý II. Các quận, huyện có tỷ lệ thu hồi cao là Lê Chân (92,5%), Hải An (88,1%) và Thủy Nguyên (76%).

Hiện còn 58 kết luận chưa thực hiện xong, trong đó 14 kết luận đã quá hạn trên 12 tháng. Thành phố đã xử lý trách nhiệm 23 tập thể và 61 cá nhân do chậm thực hiện kết luận thanh tra, trong đó có 7 người đứng đầu.

Về tiếp công dân, số đơn khiếu nại, tố cáo trên địa bàn bình quân 3,8 đơn/1 vạn dân, thấp hơn mức chung của cả nước.

Ước đến hết năm 2024, số tiền thu hồi đạt khoảng 150 tỷ đồng, bằng 48% số phải thu. Dự kiến trong quý IV/2024, Thanh tra thành phố tổ chức 6 đoàn kiểm tra việc thực hiện kết luận thanh tra tại 12 sở, ngành và 8 quận, huyện. Thành phố phấn đấu đến năm 2025 tỷ lệ thu hồi tiền sai phạm đạt trên 60%.

Thông tin liên hệ: Thanh tra thành phố, số 16 Lạch Tray, quận Ngô Quyền; đường dây nóng 0225.3846.012.
"""

AS = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
TL = "tỷ lệ thu hồi"

FIGS = [
    F("tháng thu hồi 126,4", "126,4", 126.4e9, "money", "đồng", "tiền sai phạm thu hồi sau thanh tra",
      P("10 tháng", "2024-01-01", "2024-10-31")),
    F("215 kết luận", "215", 215, "count", "kết luận thanh tra", "kết luận thanh tra được theo dõi, đôn đốc", AS),
    F("312,7 tỷ", "312,7", 312.7e9, "money", "đồng", "tổng số tiền phải thu hồi", AS),
    F("46,8 ha", "46,8", 46.8, "measure", "ha", "đất phải thu hồi", AS),
    F("đã thu hồi 126,4", "126,4", 126.4e9, "money", "đồng", "tiền đã thu hồi", I(AS), percent=40.4),
    F("31,2 ha", "31,2", 31.2, "measure", "ha", "đất đã thu hồi", I(AS), percent=66.7),
    F("38,5 tỷ", "38,5", 38.5e9, "money", "đồng", "số tiền thu hồi", P("quý III/2024", "2024-07-01", "2024-09-30"),
      change=CH("increase", 2.2, "lần", "quý II")),
    F("(92,5%)", "92,5", 92.5, "percent", "%", TL, location="Lê Chân"),
    F("(88,1%)", "88,1", 88.1, "percent", "%", TL, location="Hải An"),
    F("(76%)", "76", 76, "percent", "%", TL, location="Thủy Nguyên"),
    F("58 kết luận", "58", 58, "count", "kết luận", "kết luận chưa thực hiện xong"),
    F("14 kết luận", "14", 14, "count", "kết luận", "kết luận đã quá hạn", total=58),
    F("trên 12 tháng", "12", 12, "measure", "tháng", "thời gian quá hạn", approx="over", optional=True),
    F("23 tập thể", "23", 23, "count", "tập thể", "tập thể bị xử lý trách nhiệm do chậm thực hiện kết luận thanh tra"),
    F("61 cá nhân", "61", 61, "count", "cá nhân", "cá nhân bị xử lý trách nhiệm do chậm thực hiện kết luận thanh tra"),
    F("7 người", "7", 7, "count", "người", "người đứng đầu bị xử lý trách nhiệm", total=61),
    F("3,8 đơn", "3,8", 3.8, "measure", "đơn/1 vạn dân", "số đơn khiếu nại, tố cáo bình quân"),
    F("khoảng 150 tỷ", "150", 150e9, "money", "đồng", "số tiền thu hồi", P("đến hết năm 2024", None, "2024-12-31"),
      approx="about", percent=48, status="estimate"),
    F("6 đoàn", "6", 6, "count", "đoàn", "đoàn kiểm tra việc thực hiện kết luận thanh tra", Q4, status="forecast"),
    F("12 sở", "12", 12, "count", "sở, ngành", "sở, ngành được kiểm tra", Q4, status="forecast"),
    F("8 quận", "8", 8, "count", "quận, huyện", "quận, huyện được kiểm tra", Q4, status="forecast"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ thu hồi tiền sai phạm", P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "City portal (Hải Phòng), 'Ngày cập nhật 05/11/2024' (no time). Follow-up of inspection conclusions: money and land recovered.",
    "'10 tháng' in the headline takes 2024 (dateline). As-of 'Tính đến ngày 31/10/2024' → start null; the next sentence inherits it.",
    "'tăng 2,2 lần so với quý II' is the change (lần) of 38,5 tỷ. District list (Lê Chân, Hải An, Thủy Nguyên) → location, no period stated.",
    "'58 …, trong đó 14' → total 58; '23 tập thể và 61 cá nhân …, trong đó có 7 người đứng đầu' → total 61 (the figure before the cue).",
    "'quá hạn trên 12 tháng' is a threshold: optional. '3,8 đơn/1 vạn dân' is a rate (denominator in unit). 'Ước' → estimate;",
    "'Dự kiến' → forecast for 6 đoàn / 12 sở, ngành / 8 quận, huyện; 'phấn đấu đến năm 2025' → target. Address 'số 16 Lạch Tray', hotline not figures.",
]

if __name__ == "__main__":
    emit("p548-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Hải Phòng")
