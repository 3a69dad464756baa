from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Nghệ An: Hơn 186.000 đối tượng bảo trợ xã hội được chi trả trợ cấp hằng tháng
Cập nhật: 16/07/2024 08:42 | Lượt xem: 3.418

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh đã chi trả trợ cấp xã hội hằng tháng cho 186.452 đối tượng bảo trợ xã hội tại cộng đồng, tăng 2,3% so với cùng kỳ năm 2023. Trong đó, người cao tuổi 112.708 người, người khuyết tật 68.915 người, trẻ em mồ côi và trẻ em không có nguồn nuôi dưỡng 2.874 em, đối tượng khác 1.955 người.

Tổng kinh phí chi trả 6 tháng đầu năm ước đạt 398,6 tỷ đồng, bằng 51,2% dự toán năm. Các huyện có số đối tượng hưởng trợ cấp đông nhất là Yên Thành (12.406 người), Quỳnh Lưu (11.872 người), Diễn Châu (11.530 người) và Nghi Lộc (9.614 người).

Toàn tỉnh có 100% xã, phường, thị trấn thực hiện chi trả qua hệ thống Bưu điện; số đối tượng nhận trợ cấp qua tài khoản ngân hàng là 24.310 người, chiếm 13% tổng số đối tượng.

Bên cạnh đó, 5 cơ sở bảo trợ xã hội công lập trên địa bàn đang nuôi dưỡng tập trung 742 đối tượng, trong đó có 215 trẻ em mồ côi, 306 người cao tuổi cô đơn và 221 người tâm thần, người khuyết tật đặc biệt nặng.

Thực hiện Kế hoạch số 412/KH-UBND ngày 20/3/2024 của UBND tỉnh, phấn đấu đến năm 2025, 100% đối tượng đủ điều kiện được hưởng trợ cấp kịp thời và ít nhất 30% đối tượng nhận trợ cấp qua tài khoản.

Mọi phản ánh về việc chi trả xin liên hệ đường dây nóng của Sở: 0238.3844.576.

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Địa chỉ: Số 16 Trường Thi, TP Vinh, Nghệ An
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = INH(H1)
Y25 = P("đến năm 2025", None, "2025-12-31")

FIG = [
    F("Hơn 186.000 đối tượng", "186.000", 186000, "count", "đối tượng",
      "đối tượng bảo trợ xã hội được chi trả trợ cấp hằng tháng", H1i, approx="over"),
    F("cho 186.452 đối tượng", "186.452", 186452, "count", "đối tượng",
      "đối tượng bảo trợ xã hội tại cộng đồng được chi trả trợ cấp xã hội hằng tháng", H1,
      change=CH("increase", 2.3, baseline="cùng kỳ năm 2023")),
    F("người cao tuổi 112.708 người", "112.708", 112708, "count", "người", "người cao tuổi", H1i, total=186452),
    F("người khuyết tật 68.915 người", "68.915", 68915, "count", "người", "người khuyết tật", H1i, total=186452),
    F("nuôi dưỡng 2.874 em", "2.874", 2874, "count", "em",
      "trẻ em mồ côi và trẻ em không có nguồn nuôi dưỡng", H1i, total=186452),
    F("khác 1.955 người", "1.955", 1955, "count", "người", "đối tượng khác", H1i, total=186452),
    F("ước đạt 398,6 tỷ đồng", "398,6", 398.6e9, "money", "đồng", "tổng kinh phí chi trả",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), percent=51.2, status="estimate"),
    F("Yên Thành (12.406 người)", "12.406", 12406, "count", "người", "đối tượng hưởng trợ cấp", H1i, location="Yên Thành"),
    F("Quỳnh Lưu (11.872 người)", "11.872", 11872, "count", "người", "đối tượng hưởng trợ cấp", H1i, location="Quỳnh Lưu"),
    F("Diễn Châu (11.530 người)", "11.530", 11530, "count", "người", "đối tượng hưởng trợ cấp", H1i, location="Diễn Châu"),
    F("Nghi Lộc (9.614 người)", "9.614", 9614, "count", "người", "đối tượng hưởng trợ cấp", H1i, location="Nghi Lộc"),
    F("có 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn thực hiện chi trả qua hệ thống Bưu điện"),
    F("là 24.310 người", "24.310", 24310, "count", "người",
      "đối tượng nhận trợ cấp qua tài khoản ngân hàng", percent=13),
    F("5 cơ sở bảo trợ", "5", 5, "count", "cơ sở", "cơ sở bảo trợ xã hội công lập"),
    F("tập trung 742 đối tượng", "742", 742, "count", "đối tượng",
      "đối tượng nuôi dưỡng tập trung tại cơ sở bảo trợ xã hội công lập"),
    F("có 215 trẻ em", "215", 215, "count", "trẻ em", "trẻ em mồ côi", total=742),
    F("306 người cao tuổi", "306", 306, "count", "người cao tuổi", "người cao tuổi cô đơn", total=742),
    F("221 người tâm thần", "221", 221, "count", "người",
      "người tâm thần, người khuyết tật đặc biệt nặng", total=742),
    F("2025, 100% đối tượng", "100", 100, "percent", "%",
      "đối tượng đủ điều kiện được hưởng trợ cấp kịp thời", Y25, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "đối tượng nhận trợ cấp qua tài khoản", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (breadcrumb, 'Cập nhật: 16/07/2024 08:42 | Lượt xem: 3.418'): chi trả trợ cấp xã hội hằng tháng 6 tháng đầu năm 2024.",
    "Four groups after 'Trong đó' add up to 186.452; the three groups after 'trong đó' add up to 742. District items go to location.",
    "'chiếm 13% tổng số đối tượng' and 'bằng 51,2% dự toán năm' are shares (percent attribute). Headline and list figures take the lead's period (inherited).",
    "Distractors: Kế hoạch số 412/KH-UBND ngày 20/3/2024, phone 0238.3844.576, 'Số 16 Trường Thi', 'Lượt xem: 3.418', dateline.",
]

emit("p568-1", TEXT, COMMENTS, FIG, published="2024-07-16", location="Nghệ An")
