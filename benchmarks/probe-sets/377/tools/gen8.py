from lib import write, F, P

TEXT = """Báo Đồng Tháp điện tử - Xã hội

Đồng Tháp: Khám mắt miễn phí cho hơn 15 nghìn học sinh

Từ đầu năm đến nay, Sở Y tế Đồng Tháp phối hợp Bệnh viện Mắt TP Hồ Chí Minh và Tổ chức Orbis triển khai chương trình "Thị lực học đường" tại 112 trường tiểu học và THCS trên địa bàn 12 huyện, thành phố. Chương trình đã khám sàng lọc cho 15.248 học sinh, phát hiện 2.935 em mắc tật khúc xạ (chiếm 19,2%), cấp miễn phí 1.870 kính cho học sinh có hoàn cảnh khó khăn.

Trong quý III/2024, riêng huyện Lấp Vò đã khám cho 3.106 học sinh, tăng 18,4% so với quý II/2024; huyện Tháp Mười 2.480 em, huyện Tam Nông 2.215 em. Tỷ lệ cận thị ở học sinh TP Cao Lãnh và TP Sa Đéc cao hơn hẳn các huyện, lần lượt là 26,7% và 24,9%.

Bên cạnh đó, chương trình Nha học đường năm 2024 đã khám răng cho 98.450 học sinh tiểu học, trong đó 61,3% em bị sâu răng sữa, 23,7% em bị sâu răng vĩnh viễn. Tỷ lệ trường tiểu học thực hiện nha học đường của tỉnh đạt 87%, xếp thứ 3 khu vực Đồng bằng sông Cửu Long.

Theo bác sĩ Lê Văn Tâm, Trưởng khoa Mắt Bệnh viện Đa khoa Đồng Tháp, học sinh nên được kiểm tra thị lực ít nhất 1 lần mỗi năm; thời gian nhìn màn hình điện tử không nên vượt quá 2 giờ mỗi ngày.

Năm 2025, tỉnh phấn đấu 100% học sinh tiểu học được khám mắt, kinh phí dự kiến khoảng 2,5 tỷ đồng. Phụ huynh có thể liên hệ đường dây nóng 0277.3851.039 hoặc Trường Tiểu học Mỹ An Hưng 2 (huyện Lấp Vò) để đăng ký.

Hoàng Lan

22/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-22")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-22", inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3_I = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24_I = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 15 nghìn học sinh", "15", 15000, "count", "học sinh", "học sinh được khám mắt miễn phí", approx="over"),
    F("tại 112 trường", "112", 112, "count", "trường", "trường tiểu học và THCS triển khai chương trình Thị lực học đường",
      period=YTD),
    F("bàn 12 huyện", "12", 12, "count", "huyện, thành phố", "huyện, thành phố triển khai chương trình", optional=True),
    F("cho 15.248 học sinh", "15.248", 15248, "count", "học sinh", "học sinh được khám sàng lọc", period=YTD_I),
    F("phát hiện 2.935 em", "2.935", 2935, "count", "em", "học sinh mắc tật khúc xạ", percent=19.2, period=YTD_I),
    F("miễn phí 1.870 kính", "1.870", 1870, "count", "kính", "kính cấp miễn phí cho học sinh có hoàn cảnh khó khăn",
      period=YTD_I),
    F("cho 3.106 học sinh", "3.106", 3106, "count", "học sinh", "học sinh được khám mắt", location="Lấp Vò",
      change={"direction": "increase", "value": 18.4, "unit": "%", "baseline": "quý II/2024"}, period=Q3),
    F("Tháp Mười 2.480 em", "2.480", 2480, "count", "em", "học sinh được khám mắt", location="Tháp Mười", period=Q3),
    F("Tam Nông 2.215 em", "2.215", 2215, "count", "em", "học sinh được khám mắt", location="Tam Nông", period=Q3),
    F("là 26,7%", "26,7", 26.7, "percent", "%", "tỷ lệ cận thị ở học sinh", location="Cao Lãnh", period=Q3_I),
    F("và 24,9%", "24,9", 24.9, "percent", "%", "tỷ lệ cận thị ở học sinh", location="Sa Đéc", period=Q3_I),
    F("cho 98.450 học sinh", "98.450", 98450, "count", "học sinh", "học sinh tiểu học được khám răng", period=Y24),
    F("61,3% em", "61,3", 61.3, "percent", "%", "học sinh bị sâu răng sữa", period=Y24),
    F("23,7% em", "23,7", 23.7, "percent", "%", "học sinh bị sâu răng vĩnh viễn", period=Y24),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ trường tiểu học thực hiện nha học đường", period=Y24_I),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "tỷ lệ trường tiểu học thực hiện nha học đường", period=Y24_I),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra thị lực mỗi năm", approx="at_least", optional=True),
    F("quá 2 giờ", "2", 2, "measure", "giờ", "thời gian nhìn màn hình điện tử mỗi ngày", approx="at_most", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", "học sinh tiểu học được khám mắt", status="target", period=Y25),
    F("khoảng 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí khám mắt học sinh", approx="about",
      status="forecast", period=Y25),
]

write("p377-8", TEXT, FIGS, [
    "Báo Đồng Tháp điện tử (provincial paper): 'Thị lực học đường' eye screening, quý III/2024 by district, Nha học đường, rank in the Mekong delta.",
    "Bare date at the end '22/10/2024' is the article's date (published). 'Từ đầu năm đến nay' = 2024-01-01 … 2024-10-22.",
    "Distractors: 'Trường Tiểu học Mỹ An Hưng 2' (name with a number), phone 0277.3851.039, 'quý II/2024' (baseline), person's name, 'Orbis'.",
    "'khám … 15.248 học sinh, phát hiện 2.935 em (chiếm 19,2%)': no part-of cue, so no total; 19,2 is its percent.",
    "'trong đó 61,3% em …, 23,7% em …' are percents (no whole in học sinh, as h01). 'TP Cao Lãnh' → location Cao Lãnh.",
    "'12 huyện, thành phố' (all of the province's districts) optional; advice thresholds ('ít nhất 1 lần', 'không nên vượt quá 2 giờ') optional.",
    "'phấn đấu 100%' target; 'kinh phí dự kiến khoảng 2,5 tỷ đồng' forecast (its own clause, 'dự kiến').",
], location="Đồng Tháp", published="2024-10-22")
