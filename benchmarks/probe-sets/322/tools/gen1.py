from lib import F, P, write

A = """Quảng Bình: Hơn 1.100 vụ việc trợ giúp pháp lý được thực hiện trong 9 tháng
Cập nhật: 08/10/2024 09:15
Lượt xem: 2.317

Theo báo cáo của Sở Tư pháp, 9 tháng năm 2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã thực hiện 1.126 vụ việc trợ giúp pháp lý, tăng 14,8% so với cùng kỳ năm 2023, đạt 86,6% kế hoạch năm. Trong đó có 742 vụ việc tham gia tố tụng (chiếm 65,9%), 371 vụ việc tư vấn pháp luật và 13 vụ việc đại diện ngoài tố tụng.

Các vụ việc đã trợ giúp cho 1.152 người, trong đó người thuộc hộ nghèo 318 người, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn 276 người, trẻ em 194 người, người có công với cách mạng 127 người. Đến nay, 1.018 vụ việc đã kết thúc. Tất cả vụ việc kết thúc đều được đánh giá chất lượng, trong đó 96,4% số vụ việc đạt chất lượng tốt, không có khiếu nại về chất lượng trợ giúp.

Hiện Trung tâm có 11 trợ giúp viên pháp lý, 4 chi nhánh tại các huyện Tuyên Hóa, Minh Hóa, Quảng Ninh, Lệ Thủy và ký hợp đồng với 9 luật sư. Trong quý III/2024, Trung tâm tổ chức 15 đợt trợ giúp pháp lý lưu động tại các xã miền núi, tư vấn cho gần 600 lượt người.

Việc thực hiện Luật Trợ giúp pháp lý năm 2017 và Thông tư số 12/2018/TT-BTP của Bộ Tư pháp đã đi vào nền nếp. Năm 2024, Trung tâm phấn đấu thực hiện 1.300 vụ việc, trong đó vụ việc tham gia tố tụng chiếm trên 60%.

Người dân cần trợ giúp pháp lý liên hệ Trung tâm tại số 6 đường Hùng Vương, thành phố Đồng Hới hoặc gọi số 0232.3822.569 trong giờ hành chính.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
NOW = P("Đến nay", None, "2024-10-08")
NOWi = P("Đến nay", None, "2024-10-08", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
TGPL = "người được trợ giúp pháp lý"

figs = [
    F("Hơn 1.100 vụ việc", "1.100", 1100, "count", "vụ việc", "vụ việc trợ giúp pháp lý được thực hiện",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("thực hiện 1.126 vụ việc", "1.126", 1126, "count", "vụ việc", "vụ việc trợ giúp pháp lý", N9,
      percent=86.6, change={"direction": "increase", "value": 14.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("có 742 vụ việc", "742", 742, "count", "vụ việc", "vụ việc tham gia tố tụng", N9i, total=1126, percent=65.9),
    F("371 vụ việc", "371", 371, "count", "vụ việc", "vụ việc tư vấn pháp luật", N9i, total=1126),
    F("và 13 vụ việc", "13", 13, "count", "vụ việc", "vụ việc đại diện ngoài tố tụng", N9i, total=1126),
    F("cho 1.152 người", "1.152", 1152, "count", "người", TGPL, N9i),
    F("hộ nghèo 318 người", "318", 318, "count", "người", "người thuộc hộ nghèo được trợ giúp pháp lý", N9i, total=1152),
    F("khó khăn 276 người", "276", 276, "count", "người",
      "người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn được trợ giúp pháp lý", N9i, total=1152),
    F("trẻ em 194 người", "194", 194, "count", "người", "trẻ em được trợ giúp pháp lý", N9i, total=1152),
    F("cách mạng 127 người", "127", 127, "count", "người", "người có công với cách mạng được trợ giúp pháp lý", N9i, total=1152),
    F("1.018 vụ việc đã kết thúc", "1.018", 1018, "count", "vụ việc", "vụ việc đã kết thúc", NOW),
    F("96,4% số vụ việc", "96,4", 96.4, "percent", "%", "vụ việc đạt chất lượng tốt", NOWi),
    F("có 11 trợ giúp viên", "11", 11, "count", "trợ giúp viên pháp lý", "trợ giúp viên pháp lý của Trung tâm"),
    F("4 chi nhánh", "4", 4, "count", "chi nhánh", "chi nhánh của Trung tâm"),
    F("với 9 luật sư", "9", 9, "count", "luật sư", "luật sư ký hợp đồng với Trung tâm"),
    F("tổ chức 15 đợt", "15", 15, "count", "đợt", "đợt trợ giúp pháp lý lưu động", Q3),
    F("gần 600 lượt người", "600", 600, "count", "lượt người", "lượt người được tư vấn", Q3, approx="nearly"),
    F("thực hiện 1.300 vụ việc", "1.300", 1300, "count", "vụ việc", "vụ việc trợ giúp pháp lý", Y, status="target"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "tỷ lệ vụ việc tham gia tố tụng", Y, approx="over", status="target"),
]

write("p322-1", A, figs, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): Trung tâm Trợ giúp pháp lý nhà nước, 9 tháng năm 2024. Dateline 'Cập nhật: 08/10/2024 09:15'.",
    "Distractors: 'Lượt xem: 2.317', 'Luật ... năm 2017', 'Thông tư số 12/2018/TT-BTP', address 'số 6 đường Hùng Vương', phone 0232.3822.569.",
    "Title '9 tháng' has no year: takes the dateline year 2024. 'đạt 86,6% kế hoạch năm' is the percent of 1.126 (as 'đạt 87,66% chỉ tiêu').",
    "'Trong đó có 742 …, 371 …, 13 …' are parts of 1.126 (sum checks); the people groups after 'trong đó' are parts of 1.152.",
    "'4 chi nhánh tại các huyện …, Quảng Ninh, …' (Quảng Ninh is a district of Quảng Bình here): the list does not make the count local to a district.",
    "'Hiện …' gives no period. 'Đến nay' = as of the dateline. 'trên 60%' in the 2024 target is the share of the (unnumbered) tố tụng part: a percent figure, target.",
], published="2024-10-08", location="Quảng Bình")
