from lib import F, P, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Bắc Ninh: 100% khu công nghiệp đang hoạt động có nhà máy xử lý nước thải tập trung
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315

Theo Ban Quản lý các khu công nghiệp tỉnh, tính đến ngày 30/9/2024, toàn tỉnh có 16 khu công nghiệp (KCN) đang hoạt động; 100% số KCN này đã xây dựng nhà máy xử lý nước thải tập trung với tổng công suất thiết kế 104.500 m³/ngày đêm. Lượng nước thải thực tế tiếp nhận bình quân khoảng 71.200 m³/ngày đêm, bằng 68,1% công suất thiết kế. Trong đó, KCN VSIP Bắc Ninh có 2 nhà máy với tổng công suất 22.000 m³/ngày đêm; KCN Đại Đồng - Hoàn Sơn 17.000 m³/ngày đêm; KCN Nam Sơn - Hạp Lĩnh 12.000 m³/ngày đêm.

Về quan trắc, 16/16 KCN đã lắp đặt trạm quan trắc nước thải tự động, liên tục và truyền số liệu trực tiếp về Sở Tài nguyên và Môi trường theo Quyết định số 1523/QĐ-UBND. Từ đầu năm đến nay, hệ thống ghi nhận 27 lượt cảnh báo vượt ngưỡng, giảm 12 lượt so với cùng kỳ năm 2023; các thông số vượt chủ yếu là amoni và tổng phốt pho.

Trong 9 tháng năm 2024, Ban Quản lý đã phối hợp kiểm tra 134 doanh nghiệp, phát hiện và xử lý 11 doanh nghiệp vi phạm về xả nước thải vượt quy chuẩn, xử phạt vi phạm hành chính tổng số tiền hơn 3,6 tỷ đồng. Ngoài ra, các KCN phát sinh khoảng 1.150 tấn chất thải rắn công nghiệp mỗi ngày, trong đó gần 85% được tái chế, tái sử dụng hoặc xử lý đạt chuẩn.

Tỉnh phấn đấu đến năm 2025 có 100% cụm công nghiệp được đầu tư hệ thống xử lý nước thải tập trung; hiện mới có 21/34 cụm công nghiệp đạt yêu cầu này. Tỉnh cũng yêu cầu các doanh nghiệp có lưu lượng xả thải trên 500 m³/ngày đêm phải lắp camera giám sát cửa xả.

Đường dây nóng tiếp nhận phản ánh: 0222.3875.115; địa chỉ: số 8 Lý Thái Tổ, TP Bắc Ninh.

Thu Hà
"""

T30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
T30i = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SUBJ_CAP = "công suất thiết kế nhà máy xử lý nước thải tập trung"

FIGS = [
    F("Bắc Ninh: 100% khu công nghiệp", "100", 100, "percent", "%",
      "khu công nghiệp đang hoạt động có nhà máy xử lý nước thải tập trung"),
    F("có 16 khu công nghiệp", "16", 16, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động", T30),
    F("; 100% số KCN này", "100", 100, "percent", "%",
      "KCN đã xây dựng nhà máy xử lý nước thải tập trung", T30),
    F("thiết kế 104.500 m³", "104.500", 104500, "measure", "m³/ngày đêm",
      "tổng công suất thiết kế nhà máy xử lý nước thải tập trung", T30),
    F("khoảng 71.200 m³", "71.200", 71200, "measure", "m³/ngày đêm",
      "lượng nước thải thực tế tiếp nhận bình quân", T30i, approx="about", percent=68.1),
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy xử lý nước thải KCN VSIP Bắc Ninh", T30i),
    F("công suất 22.000 m³", "22.000", 22000, "measure", "m³/ngày đêm",
      "tổng công suất nhà máy xử lý nước thải KCN VSIP Bắc Ninh", T30i, total=104500),
    F("Hoàn Sơn 17.000 m³", "17.000", 17000, "measure", "m³/ngày đêm",
      "công suất nhà máy xử lý nước thải KCN Đại Đồng - Hoàn Sơn", T30i, total=104500),
    F("Hạp Lĩnh 12.000 m³", "12.000", 12000, "measure", "m³/ngày đêm",
      "công suất nhà máy xử lý nước thải KCN Nam Sơn - Hạp Lĩnh", T30i, total=104500),
    F("16/16 KCN", "16", 16, "count", "KCN",
      "KCN đã lắp đặt trạm quan trắc nước thải tự động, liên tục", T30i, total=16),
    F("ghi nhận 27 lượt", "27", 27, "count", "lượt cảnh báo", "lượt cảnh báo vượt ngưỡng", YTD,
      change=CH("decrease", 12, "lượt", "cùng kỳ năm 2023")),
    F("kiểm tra 134 doanh nghiệp", "134", 134, "count", "doanh nghiệp", "doanh nghiệp được kiểm tra", M9),
    F("xử lý 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
      "doanh nghiệp vi phạm về xả nước thải vượt quy chuẩn", M9),
    F("hơn 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", M9,
      approx="over"),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", "chất thải rắn công nghiệp phát sinh mỗi ngày",
      approx="about"),
    F("gần 85%", "85", 85, "percent", "%", "chất thải rắn được tái chế, tái sử dụng hoặc xử lý đạt chuẩn",
      approx="nearly"),
    F("có 100% cụm công nghiệp", "100", 100, "percent", "%",
      "cụm công nghiệp được đầu tư hệ thống xử lý nước thải tập trung",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("21/34 cụm", "21", 21, "count", "cụm công nghiệp", "cụm công nghiệp đạt yêu cầu này",
      total=34),
    F("trên 500 m³", "500", 500, "measure", "m³/ngày đêm", "lưu lượng xả thải", approx="over", optional=True),
]

COMMENTS = [
    "Province portal (Cổng TTĐT tỉnh Bắc Ninh), 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: 2.315'; industrial-park wastewater at 30/9/2024.",
    "Title '100% khu công nghiệp' is a figure (no period in the title). 'Trong đó' after the design capacity 104.500 gives the KCN capacities total 104500.",
    "'bằng 68,1% công suất thiết kế' is the share attribute of 71.200. '16/16 KCN' total 16. 'Từ đầu năm đến nay' runs 2024-01-01..dateline.",
    "'kiểm tra 134 … xử lý 11' has no part-of cue: no total. 'gần 85%' of waste: a percent, no whole. '21/34' total 34 (no period: 'hiện').",
    "'trên 500 m³/ngày đêm' is a threshold of a rule: optional. Distractors: Lượt xem, Quyết định số 1523/QĐ-UBND, hotline, address 'số 8', KCN names.",
]

emit("p462-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bắc Ninh")
