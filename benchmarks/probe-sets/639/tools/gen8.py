import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRƯỜNG ĐẠI HỌC CẦN THƠ
Tin tức - Sự kiện > Hợp tác quốc tế

9 tháng năm 2024: Đón 1.240 lượt khách quốc tế, ký mới 27 thỏa thuận hợp tác

Ngày đăng: 10/10/2024 | Phòng Hợp tác Quốc tế

Trong 9 tháng năm 2024, Trường Đại học Cần Thơ đã đón tiếp 1.240 lượt khách quốc tế đến làm việc, tăng 18% so với cùng kỳ năm 2023; ký mới 27 văn bản thỏa thuận hợp tác với các đối tác đến từ 14 quốc gia, nâng tổng số thỏa thuận còn hiệu lực lên 196.

Về đào tạo, trường hiện có 186 lưu học sinh nước ngoài đang học tập, trong đó 142 lưu học sinh Lào, 31 lưu học sinh Campuchia và 13 lưu học sinh từ các nước khác. Riêng quý III/2024, trường tiếp nhận 58 lưu học sinh mới, gồm 44 em theo học bổng Hiệp định và 14 em tự túc.

Trường đã cử 312 lượt viên chức, sinh viên đi học tập, trao đổi ở nước ngoài, trong đó có 29 nghiên cứu sinh được nhận học bổng toàn phần. Bên cạnh đó, 46 giảng viên, chuyên gia nước ngoài đã đến giảng dạy ngắn hạn từ 2 đến 6 tuần tại các khoa, viện.

Kinh phí từ các dự án hợp tác quốc tế giải ngân trong 9 tháng đạt 38,7 tỷ đồng, đạt 64,5% kế hoạch năm, trong đó dự án ODA của Chính phủ Nhật Bản là 21,3 tỷ đồng.

Trong quý IV, trường dự kiến tổ chức Hội thảo quốc tế lần thứ 5 về biến đổi khí hậu với khoảng 300 đại biểu tham dự, đồng thời tuyển sinh 2 chương trình liên kết thạc sĩ với Đại học Kyoto (Nhật Bản), chỉ tiêu 40 học viên.

Địa chỉ: Khu II, đường 3/2, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ. Điện thoại: 0292.3872.728.
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("Đón 1.240 lượt", "1.240", 1240, "count", "lượt khách quốc tế", "lượt khách quốc tế", M9),
    fig("ký mới 27 thỏa thuận", "27", 27, "count", "thỏa thuận hợp tác", "thỏa thuận hợp tác ký mới", M9),
    fig("tiếp 1.240 lượt", "1.240", 1240, "count", "lượt khách quốc tế", "lượt khách quốc tế đến làm việc",
        per("9 tháng năm 2024", "2024-01-01", "2024-09-30"), change=chg("increase", 18, "%", "cùng kỳ năm 2023")),
    fig("ký mới 27 văn bản", "27", 27, "count", "văn bản thỏa thuận hợp tác", "văn bản thỏa thuận hợp tác ký mới", M9),
    fig("từ 14 quốc gia", "14", 14, "count", "quốc gia", "quốc gia có đối tác ký mới thỏa thuận hợp tác", M9),
    fig("lên 196", "196", 196, "count", "thỏa thuận", "thỏa thuận hợp tác còn hiệu lực", M9),
    fig("có 186 lưu học sinh", "186", 186, "count", "lưu học sinh", "lưu học sinh nước ngoài đang học tập"),
    fig("142 lưu học sinh", "142", 142, "count", "lưu học sinh", "lưu học sinh Lào", total=186),
    fig("31 lưu học sinh", "31", 31, "count", "lưu học sinh", "lưu học sinh Campuchia", total=186),
    fig("13 lưu học sinh", "13", 13, "count", "lưu học sinh", "lưu học sinh từ các nước khác", total=186),
    fig("tiếp nhận 58 lưu học sinh", "58", 58, "count", "lưu học sinh", "lưu học sinh mới tiếp nhận", Q3),
    fig("gồm 44 em", "44", 44, "count", "em", "lưu học sinh mới theo học bổng Hiệp định", Q3, total=58),
    fig("14 em tự túc", "14", 14, "count", "em", "lưu học sinh mới tự túc", Q3, total=58),
    fig("cử 312 lượt", "312", 312, "count", "lượt viên chức, sinh viên",
        "lượt viên chức, sinh viên đi học tập, trao đổi ở nước ngoài", inh(M9)),
    fig("có 29 nghiên cứu sinh", "29", 29, "count", "nghiên cứu sinh", "nghiên cứu sinh được nhận học bổng toàn phần",
        inh(M9), total=312),
    fig("46 giảng viên", "46", 46, "count", "giảng viên, chuyên gia",
        "giảng viên, chuyên gia nước ngoài đến giảng dạy ngắn hạn", inh(M9)),
    fig("từ 2 đến 6 tuần", "2", 2, "measure", "tuần", "thời gian giảng dạy ngắn hạn", value_max=6, optional=True),
    fig("đạt 38,7 tỷ đồng", "38,7", 38.7e9, "money", "đồng", "kinh phí từ các dự án hợp tác quốc tế giải ngân",
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=64.5),
    fig("là 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "kinh phí giải ngân dự án ODA của Chính phủ Nhật Bản",
        per("9 tháng", "2024-01-01", "2024-09-30"), total=38.7e9),
    fig("khoảng 300 đại biểu", "300", 300, "count", "đại biểu", "đại biểu tham dự Hội thảo quốc tế về biến đổi khí hậu", Q4,
        approx="about", status="forecast"),
    fig("tuyển sinh 2 chương trình", "2", 2, "count", "chương trình", "chương trình liên kết thạc sĩ tuyển sinh", Q4,
        status="forecast"),
    fig("chỉ tiêu 40 học viên", "40", 40, "count", "học viên", "học viên tuyển sinh chương trình liên kết thạc sĩ với Đại học Kyoto", Q4,
        status="target"),
]

COMMENTS = [
    "Probe 639-8. University news site (Trường Đại học Cần Thơ), 'Ngày đăng: 10/10/2024 | Phòng Hợp tác Quốc tế': international",
    "cooperation in 9 months 2024 and Q3, Q4 plans. Location Cần Thơ (a university of the city). Headline figures repeat the lead.",
    "Not figures: 'lần thứ 5' (ordinal), 'Khu II', 'đường 3/2' (road name), phone, 'quý IV' heading words, 'Đại học Kyoto'.",
    "'trong đó' parts take the whole before the cue (186; 58 after 'gồm'; 312; 38,7 tỷ). 'đạt 64,5% kế hoạch năm' is the percent",
    "of 38,7 tỷ. 'từ 2 đến 6 tuần' is a duration of the stays (optional). 'dự kiến' makes Q4 figures forecasts; 'chỉ tiêu 40 học",
    "viên' is named as a target (status target). 'hiện có' gives no period.",
]

if __name__ == "__main__":
    write("p639-8", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Cần Thơ")
