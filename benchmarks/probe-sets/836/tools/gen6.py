"""p836-6: national newspaper (VnExpress style), spinning mills at 70% capacity, Feb 2025."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ sáu, 14/3/2025, 07:30 (GMT+7)
Doanh nghiệp sợi chỉ chạy 70% công suất

Giá bông tăng, đơn hàng sợi từ Trung Quốc chững lại khiến nhiều nhà máy kéo sợi phải giảm ca, cắt giờ làm.

Theo Hiệp hội Bông sợi Việt Nam (VCOSA), 2 tháng đầu năm, xuất khẩu xơ, sợi đạt 268.000 tấn, trị giá 635 triệu USD, giảm 4,2% về lượng và 6,8% về trị giá so với cùng kỳ năm 2024. Công suất hoạt động bình quân của các nhà máy kéo sợi chỉ khoảng 70-75%, thấp hơn nhiều so với mức 90% trước năm 2022.

Cả nước có hơn 300 doanh nghiệp kéo sợi, tập trung chủ yếu ở Tây Ninh, Bình Dương, Đồng Nai và Nam Định. Năm 2024, ngành xuất khẩu 1,83 triệu tấn sợi, thu về 4,47 tỷ USD, trong đó khối FDI chiếm khoảng 72%.

Tại Công ty TNHH Sợi Nhơn Trạch (Đồng Nai), dây chuyền 120.000 cọc sợi hiện chỉ chạy 2 ca thay vì 3 ca như trước. Khoảng 400 trong tổng số 1.350 công nhân phải nghỉ luân phiên 3 ngày mỗi tuần. Ông Lê Văn Sáu, Phó tổng giám đốc, cho biết giá bông Mỹ công ty nhập về hiện ở mức 1.780 USD/tấn, tăng 6% so với cuối năm ngoái, trong khi giá sợi cotton bán ra gần như đứng yên. "Biên lợi nhuận của doanh nghiệp chỉ còn 1-2%, chi phí điện chiếm 15-18% giá thành", ông nói.

Giá điện sản xuất giờ cao điểm gấp gần 3 lần giờ thấp điểm nên nhiều nhà máy dời ca sang ban đêm. VCOSA dự báo cả năm 2025, xuất khẩu xơ, sợi đạt khoảng 4,6 tỷ USD, tương đương năm trước.

Thanh Hương
"""

M2 = P("2 tháng đầu năm", "2025-01-01", "2025-02-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty TNHH Sợi Nhơn Trạch"
FIGS = [
    F("chỉ chạy 70% công suất", "70", 70, "percent", "%", "công suất hoạt động của doanh nghiệp sợi"),
    F("đạt 268.000 tấn", "268.000", 268000, "measure", "tấn", "lượng xuất khẩu xơ, sợi", M2,
      change=C("decrease", 4.2, baseline="cùng kỳ năm 2024")),
    F("trị giá 635 triệu USD", "635", 635e6, "money", "USD", "trị giá xuất khẩu xơ, sợi", M2,
      change=C("decrease", 6.8, baseline="cùng kỳ năm 2024")),
    F("khoảng 70-75%", "70", 70, "percent", "%", "công suất hoạt động bình quân của các nhà máy kéo sợi",
      value_max=75, approx="about"),
    F("mức 90% trước", "90", 90, "percent", "%", "công suất hoạt động bình quân trước năm 2022"),
    F("hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", "doanh nghiệp kéo sợi", approx="over"),
    F("xuất khẩu 1,83 triệu tấn", "1,83", 1.83e6, "measure", "tấn", "lượng sợi xuất khẩu", Y24),
    F("thu về 4,47 tỷ USD", "4,47", 4.47e9, "money", "USD", "kim ngạch xuất khẩu sợi", Y24),
    F("chiếm khoảng 72%", "72", 72, "percent", "%", "tỷ trọng khối FDI trong kim ngạch xuất khẩu sợi", Y24,
      approx="about"),
    F("dây chuyền 120.000 cọc sợi", "120.000", 120000, "count", "cọc sợi", f"cọc sợi của {CO}", location="Đồng Nai"),
    F("chạy 2 ca", "2", 2, "count", "ca", f"ca sản xuất của {CO}", location="Đồng Nai", optional=True),
    F("thay vì 3 ca", "3", 3, "count", "ca", f"ca sản xuất trước đây của {CO}", location="Đồng Nai", optional=True),
    F("Khoảng 400 trong", "400", 400, "count", "công nhân", "công nhân phải nghỉ luân phiên", approx="about",
      total=1350, location="Đồng Nai"),
    F("luân phiên 3 ngày mỗi tuần", "3", 3, "measure", "ngày/tuần", "thời gian nghỉ luân phiên", location="Đồng Nai"),
    F("mức 1.780 USD/tấn", "1.780", 1780, "money", "USD/tấn", "giá bông Mỹ công ty nhập về",
      change=C("increase", 6, baseline="cuối năm ngoái"), location="Đồng Nai"),
    F("chỉ còn 1-2%", "1", 1, "percent", "%", "biên lợi nhuận của doanh nghiệp", value_max=2, location="Đồng Nai"),
    F("chiếm 15-18% giá thành", "15", 15, "percent", "%", "chi phí điện trong giá thành", value_max=18,
      location="Đồng Nai"),
    F("gấp gần 3 lần", "3", 3, "multiple", "lần", "giá điện sản xuất giờ cao điểm so với giờ thấp điểm",
      approx="nearly"),
    F("khoảng 4,6 tỷ USD", "4,6", 4.6e9, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("cả năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), dateline 'Thứ sáu, 14/3/2025, 07:30 (GMT+7)': spinning mills at reduced capacity, VCOSA figures, one Đồng Nai mill.",
    "'2 tháng đầu năm' has no year: the dateline 14/3/2025 before it gives 2025. 'giảm 4,2% về lượng và 6,8% về trị giá' distributes the changes.",
    "'thấp hơn nhiều so với mức 90%' gives no change value; 90% is a figure of its own. 'trong đó khối FDI chiếm khoảng 72%' is the share of a part: own percent figure.",
    "'Khoảng 400 trong tổng số 1.350 công nhân': total 1350 (an attribute, not a figure). '2 ca', '3 ca' optional (shift pattern).",
    "The mill's figures (incl. the cotton price it pays, the quoted margin and power cost) are Đồng Nai; the rest Việt Nam.",
    "Distractors: (GMT+7), 07:30, Lê Văn Sáu, 'trước năm 2022', 'cuối năm ngoái', 'tương đương năm trước'.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-14", location="Việt Nam")
