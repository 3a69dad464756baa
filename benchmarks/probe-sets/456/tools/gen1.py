from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Kinh tế > Công nghiệp - Năng lượng

Điện thương phẩm 9 tháng năm 2024 tăng trưởng hai con số
Cập nhật: 08/10/2024 15:42 | Lượt xem: 1.274

Theo Công ty Điện lực Bắc Giang, 9 tháng năm 2024, sản lượng điện thương phẩm trên địa bàn tỉnh đạt 5,82 tỷ kWh, tăng 16,4% so với cùng kỳ năm 2023, bằng 76,1% kế hoạch năm. Trong đó, thành phần công nghiệp - xây dựng đạt 4,61 tỷ kWh, chiếm 79,2%; quản lý - tiêu dùng dân cư đạt 872 triệu kWh, chiếm 15%; thương mại - dịch vụ 168,5 triệu kWh; nông, lâm nghiệp, thủy sản 97,3 triệu kWh; các hoạt động khác 72,2 triệu kWh.

Do nắng nóng kéo dài và nhiều nhà máy trong các khu công nghiệp mở rộng sản xuất, công suất cực đại (Pmax) của hệ thống điện tỉnh ngày 12/7 đạt 1.186 MW, cao hơn 134 MW so với mức đỉnh năm 2023. Sản lượng tiêu thụ ngày lớn nhất đạt gần 25,4 triệu kWh.

Các địa phương có sản lượng điện thương phẩm lớn là thị xã Việt Yên (1,63 tỷ kWh), huyện Yên Dũng (1,12 tỷ kWh) và thành phố Bắc Giang (684 triệu kWh). Toàn tỉnh hiện có 642.150 khách hàng sử dụng điện, tăng 3,1% so với cuối năm 2023.

Lũy kế đến hết tháng 9, tỷ lệ tổn thất điện năng là 3,05%, giảm 0,21 điểm phần trăm so với cùng kỳ. Năm 2024, Công ty Điện lực Bắc Giang phấn đấu đạt 7,65 tỷ kWh điện thương phẩm, tỷ lệ tổn thất điện năng không quá 3,2%.

Khách hàng cần hỗ trợ có thể liên hệ Tổng đài chăm sóc khách hàng 1900 6769 hoặc trụ sở Công ty tại số 36 đường Nguyễn Văn Cừ, thành phố Bắc Giang.

Minh Thu
"""

Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("địa bàn tỉnh đạt 5,82 tỷ kWh", "5,82", 5.82e9, "measure", "kWh", "sản lượng điện thương phẩm", Y,
      percent=76.1, change=CH("increase", 16.4, baseline="cùng kỳ năm 2023")),
    F("xây dựng đạt 4,61 tỷ kWh", "4,61", 4.61e9, "measure", "kWh", "điện thương phẩm thành phần công nghiệp - xây dựng", I(Y),
      total=5.82e9, percent=79.2),
    F("dân cư đạt 872 triệu kWh", "872", 872e6, "measure", "kWh", "điện thương phẩm thành phần quản lý - tiêu dùng dân cư", I(Y),
      total=5.82e9, percent=15),
    F("dịch vụ 168,5 triệu kWh", "168,5", 168.5e6, "measure", "kWh", "điện thương phẩm thành phần thương mại - dịch vụ", I(Y),
      total=5.82e9),
    F("thủy sản 97,3 triệu kWh", "97,3", 97.3e6, "measure", "kWh", "điện thương phẩm thành phần nông, lâm nghiệp, thủy sản", I(Y),
      total=5.82e9),
    F("khác 72,2 triệu kWh", "72,2", 72.2e6, "measure", "kWh", "điện thương phẩm các hoạt động khác", I(Y),
      total=5.82e9),
    F("đạt 1.186 MW", "1.186", 1186, "measure", "MW", "công suất cực đại (Pmax) của hệ thống điện tỉnh",
      P("ngày 12/7", "2024-07-12", "2024-07-12"), change=CH("increase", 134, "MW", "mức đỉnh năm 2023")),
    F("gần 25,4 triệu kWh", "25,4", 25.4e6, "measure", "kWh", "sản lượng tiêu thụ ngày lớn nhất", I(Y), approx="nearly"),
    F("Việt Yên (1,63 tỷ kWh)", "1,63", 1.63e9, "measure", "kWh", "sản lượng điện thương phẩm", I(Y), location="Việt Yên"),
    F("Yên Dũng (1,12 tỷ kWh)", "1,12", 1.12e9, "measure", "kWh", "sản lượng điện thương phẩm", I(Y), location="Yên Dũng"),
    F("Bắc Giang (684 triệu kWh)", "684", 684e6, "measure", "kWh", "sản lượng điện thương phẩm", I(Y), location="Bắc Giang"),
    F("có 642.150 khách hàng", "642.150", 642150, "count", "khách hàng", "khách hàng sử dụng điện", None,
      change=CH("increase", 3.1, baseline="cuối năm 2023")),
    F("tổn thất điện năng là 3,05%", "3,05", 3.05, "percent", "%", "tỷ lệ tổn thất điện năng",
      P("Lũy kế đến hết tháng 9", None, "2024-09-30"), change=CH("decrease", 0.21, "điểm phần trăm", "cùng kỳ")),
    F("đạt 7,65 tỷ kWh", "7,65", 7.65e9, "measure", "kWh", "điện thương phẩm", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("không quá 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ tổn thất điện năng", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_most", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang: điện thương phẩm 9 tháng năm 2024 by load component, Pmax, districts, losses, 2024 targets.",
    "'Cập nhật: 08/10/2024 15:42 | Lượt xem: 1.274' = dateline + view counter (furniture). 'hai con số' (double-digit) is no figure.",
    "Five components after 'Trong đó' are parts of 5,82 tỷ kWh (sum 5.820 triệu). 'bằng 76,1% kế hoạch năm' is the share of 5,82 tỷ.",
    "Pmax period = the day 'ngày 12/7' (2024). District list: places go to location; subject = the list's indicator.",
    "642.150 khách hàng: 'hiện có', no period stated (not scored). 'Lũy kế đến hết tháng 9' is an as-of phrase (end 2024-09-30).",
    "Distractors: hotline 1900 6769, address 'số 36 đường Nguyễn Văn Cừ', date 'ngày 12/7'.",
]
emit("p456-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Giang")
