"""p620-8: city portal (Đà Nẵng), 9 months 2024 support to children in special circumstances, care centre, districts."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức > Văn hóa - Xã hội
Ngày cập nhật 08/10/2024 16:05

9 tháng, Đà Nẵng hỗ trợ gần 2.300 lượt trẻ em có hoàn cảnh đặc biệt

Theo Sở Lao động - Thương binh và Xã hội thành phố, 9 tháng năm 2024, các cơ quan, đơn vị đã hỗ trợ, can thiệp cho 2.284 lượt trẻ em có hoàn cảnh đặc biệt và trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt, đạt 87,8% kế hoạch năm, tăng 6,3% so với cùng kỳ. Riêng quý III/2024 hỗ trợ 812 lượt trẻ em.

Tổng kinh phí hỗ trợ ước đạt 3.465 triệu đồng, trong đó ngân sách thành phố 2.150 triệu đồng, nguồn xã hội hóa 1.315 triệu đồng.

Trung tâm Công tác xã hội thành phố đang nuôi dưỡng 96 trẻ em, trong đó 41 trẻ em bị bỏ rơi. Từ đầu năm đến nay, Trung tâm đã giới thiệu 12 trẻ em làm con nuôi, gồm 9 trẻ em làm con nuôi trong nước và 3 trẻ em làm con nuôi nước ngoài; 18 trẻ em được chuyển sang chăm sóc tại gia đình nhận chăm sóc thay thế.

Trẻ em có hoàn cảnh đặc biệt tập trung nhiều ở các quận, huyện Liên Chiểu (312 em), Thanh Khê (268 em), Hòa Vang (241 em) và Cẩm Lệ (197 em). Tỷ lệ trẻ em có hoàn cảnh đặc biệt toàn thành phố là 5,6 trẻ/1.000 trẻ em, thấp hơn bình quân cả nước.

Trong quý IV/2024, thành phố dự kiến tổ chức 4 lớp tập huấn kỹ năng cho khoảng 200 cộng tác viên công tác xã hội; phấn đấu năm 2024 hỗ trợ trên 2.600 lượt trẻ em.

Trung tâm Công tác xã hội thành phố: 118 Lê Đình Lý, quận Thanh Khê; điện thoại 0236.3650.118.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9h = P("9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
SUBJ_D = "trẻ em có hoàn cảnh đặc biệt"

FIGS = [
    F("gần 2.300 lượt", "2.300", 2300, "count", "lượt trẻ em", "lượt trẻ em có hoàn cảnh đặc biệt được hỗ trợ", N9h,
      approx="nearly"),
    F("cho 2.284 lượt", "2.284", 2284, "count", "lượt trẻ em",
      "lượt trẻ em có hoàn cảnh đặc biệt và có nguy cơ được hỗ trợ, can thiệp", N9, percent=87.8,
      change=CH("increase", 6.3, baseline="cùng kỳ")),
    F("hỗ trợ 812 lượt", "812", 812, "count", "lượt trẻ em", "lượt trẻ em được hỗ trợ", Q3),
    F("ước đạt 3.465 triệu đồng", "3.465", 3465e6, "money", "đồng", "tổng kinh phí hỗ trợ trẻ em", INH(N9),
      status="estimate"),
    F("thành phố 2.150 triệu đồng", "2.150", 2150e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách thành phố", INH(N9),
      total=3465e6, status="estimate"),
    F("hóa 1.315 triệu đồng", "1.315", 1315e6, "money", "đồng", "kinh phí hỗ trợ từ nguồn xã hội hóa", INH(N9),
      total=3465e6, status="estimate"),
    F("nuôi dưỡng 96 trẻ em", "96", 96, "count", "trẻ em", "trẻ em được Trung tâm Công tác xã hội thành phố nuôi dưỡng"),
    F("41 trẻ em", "41", 41, "count", "trẻ em", "trẻ em bị bỏ rơi", total=96),
    F("giới thiệu 12 trẻ em", "12", 12, "count", "trẻ em", "trẻ em được giới thiệu làm con nuôi", YTD),
    F("gồm 9 trẻ em", "9", 9, "count", "trẻ em", "trẻ em làm con nuôi trong nước", YTD, total=12),
    F("và 3 trẻ em", "3", 3, "count", "trẻ em", "trẻ em làm con nuôi nước ngoài", YTD, total=12),
    F("18 trẻ em", "18", 18, "count", "trẻ em", "trẻ em được chuyển sang chăm sóc tại gia đình nhận chăm sóc thay thế", YTD),
    F("Liên Chiểu (312 em)", "312", 312, "count", "em", SUBJ_D, location="Liên Chiểu"),
    F("Thanh Khê (268 em)", "268", 268, "count", "em", SUBJ_D, location="Thanh Khê"),
    F("Hòa Vang (241 em)", "241", 241, "count", "em", SUBJ_D, location="Hòa Vang"),
    F("Cẩm Lệ (197 em)", "197", 197, "count", "em", SUBJ_D, location="Cẩm Lệ"),
    F("là 5,6 trẻ", "5,6", 5.6, "measure", "trẻ/1.000 trẻ em", "tỷ lệ trẻ em có hoàn cảnh đặc biệt toàn thành phố"),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn kỹ năng cho cộng tác viên công tác xã hội", Q4,
      status="forecast"),
    F("khoảng 200 cộng tác viên", "200", 200, "count", "cộng tác viên", "cộng tác viên công tác xã hội được tập huấn", Q4,
      approx="about", status="forecast"),
    F("trên 2.600 lượt", "2.600", 2600, "count", "lượt trẻ em", "lượt trẻ em được hỗ trợ", YEAR(2024), approx="over",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng (invented): hỗ trợ trẻ em có hoàn cảnh đặc biệt 9 tháng năm 2024, quý III, Trung tâm CTXH, districts.",
    "Headline '9 tháng' takes the year of the dateline (2024). 'đạt 87,8% kế hoạch năm' -> percent, 'tăng 6,3% so với cùng kỳ' -> change.",
    "'Riêng quý III/2024 hỗ trợ 812' is a sub-period figure, not a part with a total. 'ước đạt' carries into the 'trong đó' parts (estimate).",
    "'Từ đầu năm đến nay' -> 2024-01-01 to the dateline; 18 after ';' is a sibling, not part of 12. District items: location = district.",
    "'5,6 trẻ/1.000 trẻ em' is a rate (1.000 is its denominator). 'dự kiến' covers 4 lớp and 200 CTV; 'phấn đấu' -> 2.600 target.",
    "Distractors: 118 Lê Đình Lý, phone 0236.3650.118, dateline, quý IV heading period.",
]

if __name__ == "__main__":
    emit("p620-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đà Nẵng")
