"""p1426-2: district portal (huyện Hải Hậu, Nam Định): xiangqi clubs and tournaments in the district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn hóa - Thể thao | Liên hệ

Sôi nổi phong trào cờ tướng ở Hải Hậu
Ngày đăng: 14/03/2025 - 08:40

Từ đầu năm đến nay, các xã, thị trấn trong huyện đã tổ chức 26 giải cờ tướng mừng Đảng, mừng Xuân Ất Tỵ, thu hút gần 1.100 lượt kỳ thủ, tăng khoảng 200 lượt so với cùng kỳ năm 2024.

Câu lạc bộ cờ tướng người cao tuổi xã Hải Minh được thành lập năm 2016, khi đó chỉ có chín hội viên; nay câu lạc bộ đã có ba chục hội viên, người cao tuổi nhất 87 tuổi. Câu lạc bộ sinh hoạt 3 buổi/tuần tại nhà văn hóa xóm 5, mỗi hội viên đóng góp 20.000 đồng/tháng. Năm 2024, câu lạc bộ giành 2 giải Nhất và 1 giải Ba tại giải cờ tướng cấp huyện.

Theo Trung tâm Văn hóa, Thể thao và Truyền thông huyện, toàn huyện hiện có 41 câu lạc bộ cờ tướng ở 32/34 xã, thị trấn, với khoảng 950 hội viên, gồm 610 người cao tuổi và 340 thanh, thiếu niên. Năm 2024, huyện tổ chức Giải cờ tướng các câu lạc bộ lần thứ 12 với 148 kỳ thủ; kinh phí khoảng 45 triệu đồng, trong đó xã hội hóa 30 triệu đồng.

Năm 2025, huyện phấn đấu 100% xã, thị trấn có câu lạc bộ cờ tướng và dự kiến cử 8 kỳ thủ dự giải cờ tướng tỉnh Nam Định.

Tin khác:
- Hải Hậu ra quân Tết trồng cây Xuân Ất Tỵ 2025
- Hội nghị tổng kết công tác văn hóa, thể thao năm 2024

Trung tâm Văn hóa, Thể thao và Truyền thông huyện Hải Hậu
Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu. Điện thoại: 0228.3877.215
"""

YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-03-14")
Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("tổ chức 26 giải", "26", 26, "count", "giải", subject="giải cờ tướng các xã, thị trấn tổ chức", period=YTD),
    fig("gần 1.100 lượt", "1.100", 1100, "count", "lượt kỳ thủ", approx="nearly",
        change=chg("increase", 200, "lượt", "cùng kỳ năm 2024", approx="about"),
        subject="lượt kỳ thủ các giải thu hút", period=YTD),
    fig("có chín hội viên", "chín", 9, "count", "hội viên",
        subject="hội viên câu lạc bộ cờ tướng người cao tuổi xã Hải Minh khi thành lập", period=Y16),
    fig("ba chục hội viên", "ba", 30, "count", "hội viên", subject="hội viên câu lạc bộ"),
    fig("nhất 87 tuổi", "87", 87, "measure", "tuổi", subject="tuổi của hội viên cao tuổi nhất"),
    fig("3 buổi/tuần", "3", 3, "measure", "buổi/tuần", subject="buổi sinh hoạt của câu lạc bộ"),
    fig("20.000 đồng/tháng", "20.000", 20000, "money", "đồng/tháng", subject="mức đóng góp của mỗi hội viên"),
    fig("giành 2 giải Nhất", "2", 2, "count", "giải Nhất",
        subject="giải Nhất câu lạc bộ giành tại giải cờ tướng cấp huyện", period=Y24),
    fig("và 1 giải Ba", "1", 1, "count", "giải Ba",
        subject="giải Ba câu lạc bộ giành tại giải cờ tướng cấp huyện", period=Y24),
    fig("có 41 câu lạc bộ", "41", 41, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng"),
    fig("ở 32/34 xã", "32", 32, "count", "xã, thị trấn", total=34, subject="xã, thị trấn có câu lạc bộ cờ tướng"),
    fig("khoảng 950 hội viên", "950", 950, "count", "hội viên", approx="about",
        subject="hội viên câu lạc bộ cờ tướng"),
    fig("gồm 610 người", "610", 610, "count", "người cao tuổi", total=950, subject="hội viên là người cao tuổi"),
    fig("và 340 thanh", "340", 340, "count", "thanh, thiếu niên", total=950,
        subject="hội viên là thanh, thiếu niên"),
    fig("với 148 kỳ thủ", "148", 148, "count", "kỳ thủ",
        subject="kỳ thủ dự Giải cờ tướng các câu lạc bộ của huyện", period=Y24),
    fig("khoảng 45 triệu", "45", 45e6, "money", "đồng", approx="about", subject="kinh phí tổ chức giải",
        period=Y24),
    fig("xã hội hóa 30 triệu", "30", 30e6, "money", "đồng", total=45e6, subject="kinh phí xã hội hóa",
        period=Y24),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="xã, thị trấn có câu lạc bộ cờ tướng", period=Y25),
    fig("cử 8 kỳ thủ", "8", 8, "count", "kỳ thủ", status="forecast",
        subject="kỳ thủ cử dự giải cờ tướng tỉnh Nam Định", period=Y25),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner naming the district, 'Ngày đăng: 14/03/2025 - 08:40', 'Tin khác', address and phone footer.",
    "Distractors: 08:40, 'Xuân Ất Tỵ 2025', 'xóm 5', 'lần thứ 12', 'năm 2024' in a link, phone 0228.3877.215; the founding year 2016 is a period only.",
    "'Từ đầu năm đến nay' runs to the dateline 2025-03-14. 'tăng khoảng 200 lượt so với cùng kỳ năm 2024' is the change of the 1.100 lượt.",
    "'chín hội viên' (number word) is dated by 'năm 2016' (khi đó); 'ba chục hội viên' = 30 and has no period ('nay').",
    "'3 buổi/tuần', '20.000 đồng/tháng' keep their denominators. '2 giải Nhất và 1 giải Ba' count prizes (the prize names are not numbers).",
    "'32/34 xã, thị trấn': total 34. 'gồm 610 ... và 340 ...' add up to 950: total 950. '30 triệu' after 'trong đó': total 45 triệu.",
    "The commune club (xã Hải Minh) is not a province, city or district: its figures keep the district Hải Hậu. The 8 players go to the",
    "Nam Định provincial tournament but are the district's delegation: location Hải Hậu. 'phấn đấu' → target; 'và dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1426-2", TEXT, NOTES, FIGS, published="2025-03-14", location="Hải Hậu")
