from lib import F, P, C, T, inh, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH VĨNH LONG
Ngày đăng: 22/07/2024 | Lượt xem: 1.286

Kết quả thực hiện chính sách trợ giúp xã hội 6 tháng đầu năm 2024

Tính đến ngày 30/6/2024, toàn tỉnh có 41.357 người hưởng trợ cấp xã hội hằng tháng tại cộng đồng, tăng 1.214 người so với cuối năm 2023. Kinh phí chi trả 6 tháng đầu năm đạt 112,4 tỷ đồng, bằng 48,6% dự toán năm. Từ đầu năm đến nay, Sở đã thẩm định, phê duyệt 2.486 hồ sơ hưởng mới.

Số đối tượng phân theo nhóm như sau:

Đơn vị tính: người

Nhóm đối tượng

31/12/2023

30/6/2024

Người cao tuổi

22.846

23.591

Người khuyết tật

15.930

16.275

Trẻ em, người đơn thân nghèo nuôi con

1.367

1.491

Cộng

40.143

41.357

Các huyện có số người cao tuổi hưởng trợ cấp nhiều nhất là Trà Ôn (3.812 người), Tam Bình (3.540 người) và Long Hồ (3.205 người). Việc chi trả do Bưu điện tỉnh thực hiện tại 107 điểm chi trả; 100% đối tượng nhận trợ cấp đúng hạn, trong đó hơn 2.100 người nhận qua tài khoản ngân hàng.

Bên cạnh đó, toàn tỉnh hiện có 318 đối tượng đang được nuôi dưỡng tại Trung tâm Công tác xã hội tỉnh (số 12, đường 3/2, phường 1, TP Vĩnh Long). 6 tháng cuối năm, Sở dự kiến chi trả khoảng 118 tỷ đồng; phấn đấu đến 31/12/2024 có ít nhất 5% người hưởng nhận qua tài khoản.

Phòng Bảo trợ xã hội
"""

D30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
C23 = P("31/12/2023", None, "2023-12-31")
C24 = P("30/6/2024", None, "2024-06-30")

FIGS = [
    F("có 41.357 người", "41.357", 41357, "count", "người",
      "người hưởng trợ cấp xã hội hằng tháng tại cộng đồng", D30,
      change=C("increase", 1214, unit="người", baseline="cuối năm 2023")),
    F("đạt 112,4 tỷ đồng", "112,4", 112.4e9, "money", "đồng", "kinh phí chi trả", H1, percent=48.6),
    F("duyệt 2.486 hồ sơ", "2.486", 2486, "count", "hồ sơ", "hồ sơ hưởng mới được thẩm định, phê duyệt",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-22")),
    F("cao tuổi\n\n22.846", "22.846", 22846, "count", "người", "Người cao tuổi 31/12/2023", C23),
    F("23.591", "23.591", 23591, "count", "người", "Người cao tuổi 30/6/2024", C24),
    F("15.930", "15.930", 15930, "count", "người", "Người khuyết tật 31/12/2023", C23),
    F("16.275", "16.275", 16275, "count", "người", "Người khuyết tật 30/6/2024", C24),
    F("1.367", "1.367", 1367, "count", "người", "Trẻ em, người đơn thân nghèo nuôi con 31/12/2023", C23),
    F("1.491", "1.491", 1491, "count", "người", "Trẻ em, người đơn thân nghèo nuôi con 30/6/2024", C24),
    F("40.143", "40.143", 40143, "count", "người", "Cộng 31/12/2023", C23),
    F("40.143\n\n41.357", "41.357", 41357, "count", "người", "Cộng 30/6/2024", C24),
    F("Trà Ôn (3.812 người)", "3.812", 3812, "count", "người", "người cao tuổi hưởng trợ cấp", inh(D30),
      location="Trà Ôn"),
    F("Tam Bình (3.540 người)", "3.540", 3540, "count", "người", "người cao tuổi hưởng trợ cấp", inh(D30),
      location="Tam Bình"),
    F("Long Hồ (3.205 người)", "3.205", 3205, "count", "người", "người cao tuổi hưởng trợ cấp", inh(D30),
      location="Long Hồ"),
    F("tại 107 điểm", "107", 107, "count", "điểm chi trả", "điểm chi trả của Bưu điện tỉnh", inh(H1)),
    F("; 100% đối tượng", "100", 100, "percent", "%", "đối tượng nhận trợ cấp đúng hạn", inh(H1)),
    F("hơn 2.100 người", "2.100", 2100, "count", "người", "người nhận qua tài khoản ngân hàng", inh(H1),
      approx="over"),
    F("có 318 đối tượng", "318", 318, "count", "đối tượng",
      "đối tượng đang được nuôi dưỡng tại Trung tâm Công tác xã hội tỉnh"),
    F("khoảng 118 tỷ đồng", "118", 118e9, "money", "đồng", "kinh phí chi trả",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
    F("ít nhất 5%", "5", 5, "percent", "%", "người hưởng nhận qua tài khoản",
      P("đến 31/12/2024", None, "2024-12-31"), approx="at_least", status="target"),
]

emit("p410-7", TEXT, [
    "Department site (Sở LĐ-TB&XH Vĩnh Long): trợ giúp xã hội 6 tháng đầu năm 2024; 'Ngày đăng: 22/07/2024 | Lượt xem: 1.286'.",
    "One-cell-per-line table (as shared h23/h24) with 'Đơn vị tính: người' and as-of column headers '31/12/2023', '30/6/2024'",
    "(period end only). Every numeric cell is a figure, the 'Cộng' row too; subject = row label + column label (as shared h23/h24); no totals.",
    "revised after the first run: table subjects now carry the column label (FIGURES.md: row label and column label), as in h23/h24.",
    "Distractors: 'Lượt xem: 1.286', address 'số 12, đường 3/2, phường 1, TP Vĩnh Long', section-free dates.",
    "'tăng 1.214 người so với cuối năm 2023' is the change of 41.357 (unit người). 'bằng 48,6% dự toán năm' is 112,4 tỷ's percent.",
    "'Từ đầu năm đến nay' runs from 1/1/2024 to the dateline (22/07/2024). '100% …, trong đó hơn 2.100 người': the whole is a percent,",
    "so no total. District list: locations, subject the list's indicator. 'ít nhất 5%' target with as-of 'đến 31/12/2024'.",
], FIGS, published="2024-07-22", location="Vĩnh Long")
