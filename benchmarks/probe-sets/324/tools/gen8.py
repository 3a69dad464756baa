from lib import F, P, CH, TG, emit

TEXT = """BÁO NGHỆ AN
Kinh tế - Nông nghiệp

Đội tàu cá Nghệ An chuyển dịch theo hướng khai thác bền vững

Baonghean.vn - Sau 7 năm thực hiện các khuyến nghị của Ủy ban châu Âu về chống khai thác IUU, đội tàu cá của tỉnh giảm về số lượng nhưng tăng về công suất, sản lượng khai thác tăng đều qua các năm.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến cuối năm 2023 toàn tỉnh có 3.057 tàu cá, giảm 555 chiếc so với năm 2020; trong đó tàu có chiều dài từ 15 m trở lên là 1.281 chiếc, tăng 16% so với năm 2020. Sản lượng khai thác năm 2023 đạt 152.400 tấn, gấp 1,2 lần năm 2019; giá trị khai thác ước trên 4,2 nghìn tỷ đồng.

10 tháng năm 2024, sản lượng khai thác ước đạt 138.650 tấn, tăng 4,1% so với cùng kỳ, đạt 88,3% kế hoạch năm. Tỷ lệ tàu cá từ 15 m trở lên lắp đặt thiết bị giám sát hành trình tăng từ 62% năm 2021 lên 100% hiện nay. Số lượt tàu mất kết nối trên 6 giờ giảm mạnh, từ bình quân 450-500 lượt/tháng năm 2022 xuống khoảng 80 lượt/tháng trong năm 2024.

Ba cảng cá Lạch Quèn, Lạch Vạn và Cửa Hội được công bố là cảng cá chỉ định, mỗi tháng kiểm soát hơn 1.100 lượt tàu ra vào cảng. Từ năm 2021 đến nay, các lực lượng chức năng đã xử phạt 412 vụ vi phạm về khai thác IUU với tổng số tiền 9,6 tỷ đồng; không có tàu cá của tỉnh vi phạm vùng biển nước ngoài.

Giai đoạn 2025-2030, tỉnh phấn đấu giảm khoảng 10% số tàu khai thác ven bờ, hỗ trợ chuyển đổi 300 tàu sang các nghề ít xâm hại nguồn lợi thủy sản, theo Nghị quyết số 39-NQ/TU của Tỉnh ủy.

Hồ Văn Đông
14/11/2024
"""

E23 = P("đến cuối năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
S21 = P("Từ năm 2021 đến nay", "2021-01-01", "2024-11-14")

FIGS = [
    F("Sau 7 năm", "7", "measure", "năm", optional=True),
    F("có 3.057 tàu cá", "3.057", "count", "tàu cá", "tàu cá", E23,
      change=CH("decrease", 555, unit="chiếc", baseline="năm 2020")),
    F("dài từ 15 m trở lên là", "15", "measure", "m", optional=True),
    F("là 1.281 chiếc", "1.281", "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", E23, total=3057,
      change=CH("increase", 16, baseline="năm 2020")),
    F("đạt 152.400 tấn", "152.400", "measure", "tấn", "sản lượng khai thác", Y23,
      change=CH("increase", 1.2, unit="lần", baseline="năm 2019")),
    F("trên 4,2 nghìn tỷ đồng", "4,2", "money", "đồng", "giá trị khai thác", Y23, 10**12, approx="over",
      status="estimate"),
    F("ước đạt 138.650 tấn", "138.650", "measure", "tấn", "sản lượng khai thác", M10, percent=88.3,
      change=CH("increase", 4.1, baseline="cùng kỳ"), status="estimate"),
    F("từ 62% năm 2021", "62", "percent", "%", "tỷ lệ tàu cá từ 15 m trở lên lắp đặt thiết bị giám sát hành trình",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("Tỷ lệ tàu cá từ 15 m", "15", "measure", "m", optional=True),
    F("lên 100% hiện nay", "100", "percent", "%", "tỷ lệ tàu cá từ 15 m trở lên lắp đặt thiết bị giám sát hành trình"),
    F("trên 6 giờ giảm", "6", "measure", "giờ", optional=True),
    F("450-500 lượt/tháng", "450", "measure", "lượt/tháng", "số lượt tàu mất kết nối trên 6 giờ bình quân",
      P("năm 2022", "2022-01-01", "2022-12-31"), value_max=500),
    F("khoảng 80 lượt/tháng", "80", "measure", "lượt/tháng", "số lượt tàu mất kết nối trên 6 giờ",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("Ba cảng cá", "Ba", "count", "cảng cá", "cảng cá chỉ định", optional=True),
    F("hơn 1.100 lượt tàu", "1.100", "measure", "lượt tàu/tháng", "lượt tàu ra vào cảng được kiểm soát mỗi tháng",
      approx="over"),
    F("phạt 412 vụ", "412", "count", "vụ", "vụ vi phạm về khai thác IUU bị xử phạt", S21),
    F("tiền 9,6 tỷ đồng", "9,6", "money", "đồng", "tổng số tiền xử phạt", S21, 10**9),
    F("khoảng 10% số tàu", "10", "percent", "%", "giảm số tàu khai thác ven bờ", G, approx="about", status="target"),
    F("chuyển đổi 300 tàu", "300", "count", "tàu", "tàu được hỗ trợ chuyển đổi sang các nghề ít xâm hại nguồn lợi thủy sản",
      G, status="target"),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Nghệ An, 'Baonghean.vn -' tag), no dateline at the top; byline and a bare date at the end (published).",
    "'đến cuối năm 2023 … 3.057 tàu cá, giảm 555 chiếc so với năm 2020' -> as-of end 2023, change in chiếc; 'trong đó … 1.281 chiếc, tăng 16%'",
    "-> total 3057 and its own change. 'gấp 1,2 lần năm 2019' after an amount is that amount's change (lần). 'ước trên 4,2 nghìn tỷ' = 4.2e12, over, estimate.",
    "'tăng từ 62% năm 2021 lên 100% hiện nay': two rate figures, each with its own period (none for 'hiện nay'); no change object.",
    "'bình quân 450-500 lượt/tháng năm 2022' a range rate, 'khoảng 80 lượt/tháng trong năm 2024'; 'mỗi tháng … hơn 1.100 lượt tàu' a rate (measure).",
    "'Từ năm 2021 đến nay' = 2021-01-01..published. Targets of 'Giai đoạn 2025-2030'. Optional: 'Sau 7 năm' (a duration), 'Ba cảng cá' (list head),",
    "length/threshold labels. Distractors: Nghị quyết số 39-NQ/TU, the bare date at the end, 'năm 2019/2020' baselines.",
]

emit("p324-8", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Nghệ An")
