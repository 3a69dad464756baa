from lib import emit, fig, per, inh, chg, tgt

TEXT = """Kinh doanh › Hàng hóa

Viên nén gỗ xuất khẩu tăng mạnh nhờ nhu cầu điện sinh khối

Thứ hai, 15/7/2024, 14:20 (GMT+7)

Sáu tháng đầu năm, xuất khẩu viên nén gỗ đạt gần 3 triệu tấn, thu về hơn 420 triệu USD, tăng lần lượt 27% và 3% so với cùng kỳ năm ngoái.

Theo số liệu của Tổng cục Hải quan, riêng tháng 6/2024, cả nước xuất khẩu 512.000 tấn viên nén, trị giá 71,6 triệu USD. Giá xuất khẩu bình quân 6 tháng ở mức 141 USD/tấn, giảm 18,9% so với cùng kỳ, do nguồn cung từ Mỹ và Canada dồi dào.

Nhật Bản và Hàn Quốc vẫn là hai thị trường tiêu thụ chính, chiếm tổng cộng 95,8% lượng xuất khẩu. Cụ thể, xuất sang Nhật Bản đạt 1,6 triệu tấn, tăng 43,5%; sang Hàn Quốc đạt 1,27 triệu tấn, tăng 12,4%. Xuất khẩu sang EU chỉ khoảng 45.000 tấn.

Hiện cả nước có khoảng 80 nhà máy sản xuất viên nén, tổng công suất trên 5 triệu tấn/năm, phân bố chủ yếu ở Thanh Hóa, Nghệ An, Quảng Trị, Thừa Thiên Huế và Bình Định. Riêng Nghệ An có 14 nhà máy, công suất 1,1 triệu tấn/năm.

Theo đại diện Hiệp hội Gỗ và Lâm sản Việt Nam (VIFOREST), các nhà máy điện sinh khối tại Nhật Bản phải đáp ứng tiêu chí bền vững theo cơ chế FIT, nên viên nén có chứng chỉ FSC hoặc SBP được trả giá cao hơn 5-8 USD/tấn. Doanh nghiệp cũng cần lưu ý quy định truy xuất nguồn gốc lâm sản tại Thông tư số 26/2022/TT-BNNPTNT.

VIFOREST dự báo cả năm 2024, xuất khẩu viên nén có thể đạt 6 triệu tấn, kim ngạch khoảng 850-900 triệu USD, nếu giá phục hồi trong quý IV.

Minh Anh

0 bình luận
"""

H1 = per("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
T6 = per("tháng 6/2024", "2024-06-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("gần 3 triệu tấn", "3", 3e6, "measure", "tấn", "viên nén gỗ xuất khẩu", H1, approx="nearly",
        change=chg("increase", 27, baseline="cùng kỳ năm ngoái")),
    fig("hơn 420 triệu USD", "420", 420e6, "money", "USD", "kim ngạch xuất khẩu viên nén gỗ", H1, approx="over",
        change=chg("increase", 3, baseline="cùng kỳ năm ngoái")),
    fig("xuất khẩu 512.000 tấn", "512.000", 512000, "measure", "tấn", "viên nén xuất khẩu", T6),
    fig("trị giá 71,6 triệu USD", "71,6", 71.6e6, "money", "USD", "trị giá viên nén xuất khẩu", T6),
    fig("mức 141 USD/tấn", "141", 141, "money", "USD/tấn", "giá xuất khẩu bình quân viên nén",
        per("6 tháng", "2024-01-01", "2024-06-30"), change=chg("decrease", 18.9, baseline="cùng kỳ")),
    fig("hai thị trường", "hai", 2, "count", "thị trường", "thị trường tiêu thụ chính", optional=True),
    fig("tổng cộng 95,8%", "95,8", 95.8, "percent", "%", "tỷ trọng của Nhật Bản và Hàn Quốc trong lượng xuất khẩu",
        inh(H1)),
    fig("đạt 1,6 triệu tấn", "1,6", 1.6e6, "measure", "tấn", "viên nén xuất sang Nhật Bản", inh(H1),
        change=chg("increase", 43.5)),
    fig("đạt 1,27 triệu tấn", "1,27", 1.27e6, "measure", "tấn", "viên nén xuất sang Hàn Quốc", inh(H1),
        change=chg("increase", 12.4)),
    fig("khoảng 45.000 tấn", "45.000", 45000, "measure", "tấn", "viên nén xuất khẩu sang EU", inh(H1),
        approx="about"),
    fig("khoảng 80 nhà máy", "80", 80, "count", "nhà máy", "nhà máy sản xuất viên nén", approx="about"),
    fig("trên 5 triệu tấn/năm", "5", 5e6, "measure", "tấn/năm", "tổng công suất nhà máy viên nén", approx="over"),
    fig("có 14 nhà máy", "14", 14, "count", "nhà máy", "nhà máy sản xuất viên nén", location="Nghệ An"),
    fig("công suất 1,1 triệu tấn/năm", "1,1", 1.1e6, "measure", "tấn/năm", "công suất nhà máy viên nén",
        location="Nghệ An"),
    fig("cao hơn 5-8 USD/tấn", "5", 5, "money", "USD/tấn",
        "giá viên nén có chứng chỉ FSC hoặc SBP cao hơn", value_max=8),
    fig("đạt 6 triệu tấn", "6", 6e6, "measure", "tấn", "viên nén xuất khẩu", Y24, status="forecast"),
    fig("khoảng 850-900 triệu USD", "850", 850e6, "money", "USD", "kim ngạch xuất khẩu viên nén", Y24,
        approx="about", value_max=900e6, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): wood pellet exports in the first half of 2024, month, price, markets, plants, forecast for 2024.",
    "Dateline 'Thứ hai, 15/7/2024, 14:20 (GMT+7)'; '0 bình luận' is page furniture. 'Sáu tháng đầu năm' takes 2024 from the dateline.",
    "'tăng lần lượt 27% và 3% so với cùng kỳ năm ngoái': the two changes go to the two figures in order.",
    "'Cụ thể, xuất sang Nhật Bản ...' follows the 95,8% share, not a whole in tấn: no total. 'hai thị trường' optional.",
    "'cao hơn 5-8 USD/tấn' is a price premium stated as the claim (money range, no change). 'dự báo' governs the 2024 figures: forecast.",
    "Location Việt Nam; 'Riêng Nghệ An có 14 nhà máy, công suất 1,1 triệu tấn/năm' → Nghệ An; the province list carries no figure.",
    "Distractors: 'Thông tư số 26/2022/TT-BNNPTNT', 'GMT+7', 'quý IV' (a period), 'Mỹ và Canada', 'cơ chế FIT'.",
]

emit("p259-6", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
