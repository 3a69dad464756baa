from lib import F, P, CH, build

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Bình
Trang chủ › Tin tức › Văn hóa - Xã hội

Hội Chữ thập đỏ tỉnh trao hơn 45 nghìn suất quà Tết cho hộ nghèo

Cập nhật: 08/02/2024 09:15

Tính đến ngày 6/2/2024, các cấp Hội Chữ thập đỏ tỉnh Quảng Bình đã vận động và trao 45.320 suất quà Tết Giáp Thìn cho hộ nghèo, người có hoàn cảnh khó khăn, tổng trị giá hơn 28,6 tỷ đồng, tăng 12,4% so với Tết Quý Mão 2023. Trong đó, quà bằng tiền mặt đạt 16,2 tỷ đồng, chiếm 56,6%; quà bằng hiện vật (gạo, dầu ăn, chăn ấm, áo ấm) trị giá 12,4 tỷ đồng.

Các địa phương trao nhiều quà nhất là huyện Lệ Thủy (6.120 suất), Quảng Trạch (5.480 suất) và Bố Trạch (5.215 suất); thành phố Đồng Hới trao 3.960 suất với trị giá khoảng 2,9 tỷ đồng. Số hộ được tặng quà năm nay gấp 1,5 lần so với năm 2023.

Hưởng ứng chương trình "Tết Nhân ái" do Trung ương Hội phát động, tỉnh Hội đã kết nối 86 nhà hảo tâm, tổ chức 12 phiên chợ Tết nhân đạo tại 8/8 huyện, thị xã, thành phố, phục vụ gần 4.800 lượt hộ nghèo; mỗi hộ được tặng phiếu mua hàng trị giá 500.000 đồng. Dịp này, phong trào hiến máu "Giọt hồng ngày Xuân" tiếp nhận 1.126 đơn vị máu, đạt 112,6% chỉ tiêu.

Theo Kế hoạch số 15/KH-HCTĐ ngày 20/12/2023, năm 2024 tỉnh Hội phấn đấu vận động trên 60 tỷ đồng cho hoạt động nhân đạo, xây mới 120 ngôi nhà nhân đạo cho hộ nghèo. Mọi sự ủng hộ xin gửi về Hội Chữ thập đỏ tỉnh, số 2 đường Hữu Nghị, thành phố Đồng Hới; điện thoại 0232.3822.457.

Thanh Hà - Hội CTĐ tỉnh
Lượt xem: 2.314
"""

ASOF = P("Tính đến ngày 6/2/2024", None, "2024-02-06")
ASOFi = P("Tính đến ngày 6/2/2024", None, "2024-02-06", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("trao hơn 45 nghìn suất", "45", 45000, "count", "suất quà", "suất quà Tết trao cho hộ nghèo",
      approx="over", period=ASOFi),
    F("trao 45.320 suất", "45.320", 45320, "count", "suất quà", "suất quà Tết trao cho hộ nghèo, người có hoàn cảnh khó khăn",
      period=ASOF),
    F("hơn 28,6 tỷ", "28,6", 28.6e9, "money", "đồng", "tổng trị giá quà Tết", approx="over",
      change=CH("increase", 12.4, "%", "Tết Quý Mão 2023"), period=ASOF),
    F("đạt 16,2 tỷ", "16,2", 16.2e9, "money", "đồng", "quà bằng tiền mặt", total=28.6e9, percent=56.6, period=ASOFi),
    F("trị giá 12,4 tỷ", "12,4", 12.4e9, "money", "đồng", "quà bằng hiện vật", total=28.6e9, period=ASOFi),
    F("Lệ Thủy (6.120 suất)", "6.120", 6120, "count", "suất quà", "suất quà Tết trao", location="Lệ Thủy", period=ASOFi),
    F("Quảng Trạch (5.480 suất)", "5.480", 5480, "count", "suất quà", "suất quà Tết trao", location="Quảng Trạch", period=ASOFi),
    F("Bố Trạch (5.215 suất)", "5.215", 5215, "count", "suất quà", "suất quà Tết trao", location="Bố Trạch", period=ASOFi),
    F("trao 3.960 suất", "3.960", 3960, "count", "suất quà", "suất quà Tết trao", location="Đồng Hới", period=ASOFi),
    F("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", "trị giá quà Tết", approx="about", location="Đồng Hới", period=ASOFi),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số hộ được tặng quà", period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("kết nối 86 nhà", "86", 86, "count", "nhà hảo tâm", "nhà hảo tâm được kết nối"),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên chợ Tết nhân đạo", "phiên chợ Tết nhân đạo được tổ chức"),
    F("tại 8/8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tổ chức phiên chợ Tết nhân đạo", total=8),
    F("gần 4.800 lượt", "4.800", 4800, "count", "lượt hộ nghèo", "lượt hộ nghèo được phục vụ", approx="nearly"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "phiếu mua hàng tặng mỗi hộ"),
    F("tiếp nhận 1.126 đơn vị", "1.126", 1126, "count", "đơn vị máu", "đơn vị máu tiếp nhận trong phong trào hiến máu \"Giọt hồng ngày Xuân\"",
      percent=112.6),
    F("trên 60 tỷ", "60", 60e9, "money", "đồng", "nguồn lực vận động cho hoạt động nhân đạo", approx="over",
      status="target", period=Y24),
    F("xây mới 120 ngôi", "120", 120, "count", "ngôi nhà nhân đạo", "ngôi nhà nhân đạo xây mới cho hộ nghèo",
      status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): Hội Chữ thập đỏ tỉnh, quà Tết Giáp Thìn 2024. 'Cập nhật: 08/02/2024 09:15' dateline; 'Lượt xem: 2.314' is page furniture.",
    "Distractors: 'Kế hoạch số 15/KH-HCTĐ ngày 20/12/2023', 'số 2 đường Hữu Nghị', phone 0232.3822.457, names 'Tết Giáp Thìn', 'Tết Quý Mão 2023' (a baseline), 'Giọt hồng ngày Xuân'.",
    "'Trong đó' after the whole 28,6 tỷ: the two parts (tiền mặt / hiện vật) get total 28,6 tỷ; 'chiếm 56,6%' is the cash part's share.",
    "'Tính đến ngày 6/2/2024' is an as-of period; later sentences inherit it. 'gấp 1,5 lần so với năm 2023' stands alone as the claim: a multiple; 'năm nay' is 2024.",
    "'8/8 huyện, thị xã, thành phố' is a count with total 8. 'đạt 112,6% chỉ tiêu' is the share of 1.126 đơn vị máu. Targets after 'phấn đấu' carry 'năm 2024'.",
    "The headline 'hơn 45 nghìn suất' is a figure (rounded restatement), its as-of period comes from the body (inherited).",
]

build("p299-1", TEXT, COMMENTS, FIGS, published="2024-02-08", location="Quảng Bình")
