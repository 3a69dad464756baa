from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 16/07/2024 09:20
Lượt xem: 1.482

Doanh thu bán hàng trực tuyến 6 tháng đạt hơn 1.150 tỷ đồng

Theo Sở Công Thương, 6 tháng đầu năm 2024, doanh thu bán hàng trực tuyến của doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn tỉnh Bắc Giang ước đạt 1.152,6 tỷ đồng, tăng 24,5% so với cùng kỳ năm 2023, đạt 52,4% kế hoạch năm.

Toàn tỉnh hiện có 1.245 doanh nghiệp có website thương mại điện tử, trong đó 318 doanh nghiệp đã thông báo website với Bộ Công Thương. Số sản phẩm OCOP được đưa lên các sàn thương mại điện tử là 286/312 sản phẩm, chiếm 91,7%. Các huyện có nhiều sản phẩm lên sàn là Lục Ngạn (54 sản phẩm), Yên Thế (41 sản phẩm) và Tân Yên (37 sản phẩm).

Trong 6 tháng, tỉnh đã tổ chức 12 phiên livestream bán hàng, tiêu thụ khoảng 85 tấn vải thiều, cam, mật ong với doanh thu gần 3,2 tỷ đồng. Riêng vải thiều, sản lượng tiêu thụ qua kênh trực tuyến ước đạt 2.100 tấn, tăng 1,5 lần so với năm 2023. Số đơn hàng qua sàn Postmart gấp 2 lần cùng kỳ.

Về thanh toán điện tử, tính đến ngày 30/6/2024, 100% trường học, bệnh viện công lập trên địa bàn đã triển khai thu phí không dùng tiền mặt; tỷ lệ người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng đạt 78,6%.

Theo Kế hoạch số 156/KH-UBND, tỉnh phấn đấu đến năm 2025 có 100% sản phẩm OCOP được giới thiệu, bán trên sàn thương mại điện tử; doanh thu thương mại điện tử chiếm từ 10 đến 12% tổng mức bán lẻ hàng hóa.

Phòng Quản lý thương mại - Sở Công Thương, số 52 đường Nguyễn Văn Cừ, TP Bắc Giang; điện thoại: 0204.3854.362.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "doanh thu bán hàng trực tuyến",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("ước đạt 1.152,6 tỷ đồng", "1.152,6", 1152.6e9, "money", "đồng",
      "doanh thu bán hàng trực tuyến của doanh nghiệp, hợp tác xã và hộ kinh doanh", H1,
      status="estimate", change=CH("increase", 24.5, baseline="cùng kỳ năm 2023"), percent=52.4),
    F("có 1.245 doanh nghiệp", "1.245", 1245, "count", "doanh nghiệp", "doanh nghiệp có website thương mại điện tử"),
    F("trong đó 318 doanh nghiệp", "318", 318, "count", "doanh nghiệp",
      "doanh nghiệp đã thông báo website với Bộ Công Thương", total=1245),
    F("là 286/312 sản phẩm", "286", 286, "count", "sản phẩm", "sản phẩm OCOP được đưa lên các sàn thương mại điện tử",
      total=312, percent=91.7),
    F("Lục Ngạn (54 sản phẩm)", "54", 54, "count", "sản phẩm", "sản phẩm OCOP lên sàn", location="Lục Ngạn"),
    F("Yên Thế (41 sản phẩm)", "41", 41, "count", "sản phẩm", "sản phẩm OCOP lên sàn", location="Yên Thế"),
    F("Tân Yên (37 sản phẩm)", "37", 37, "count", "sản phẩm", "sản phẩm OCOP lên sàn", location="Tân Yên"),
    F("tổ chức 12 phiên livestream", "12", 12, "count", "phiên livestream", "phiên livestream bán hàng", T6),
    F("khoảng 85 tấn", "85", 85, "measure", "tấn", "vải thiều, cam, mật ong tiêu thụ qua livestream", T6, approx="about"),
    F("gần 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "doanh thu livestream bán hàng", T6, approx="nearly"),
    F("ước đạt 2.100 tấn", "2.100", 2100, "measure", "tấn", "sản lượng vải thiều tiêu thụ qua kênh trực tuyến", I(T6),
      status="estimate", change=CH("increase", 1.5, "lần", baseline="năm 2023")),
    F("gấp 2 lần cùng kỳ", "2", 2, "multiple", "lần", "số đơn hàng qua sàn Postmart", I(T6)),
    F("2024, 100% trường học", "100", 100, "percent", "%",
      "trường học, bệnh viện công lập triển khai thu phí không dùng tiền mặt", ASOF),
    F("từ 15 tuổi", "15", 15, "measure", "tuổi", optional=True),
    F("đạt 78,6%", "78,6", 78.6, "percent", "%",
      "tỷ lệ người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng", ASOF),
    F("có 100% sản phẩm OCOP", "100", 100, "percent", "%",
      "sản phẩm OCOP được giới thiệu, bán trên sàn thương mại điện tử", T25, status="target"),
    F("từ 10 đến 12%", "10", 10, "percent", "%", "doanh thu thương mại điện tử chiếm tổng mức bán lẻ hàng hóa", T25,
      value_max=12, status="target"),
]

COMMENTS = [
    "p561-1 Bắc Giang province portal: online sales H1/2024, e-commerce websites, OCOP on platforms, livestreams, payments, 2025 targets.",
    "Headline '6 tháng' takes 2024 from the dateline; headline has no 'ước' so it is actual.",
    "District list after 'Các huyện có nhiều sản phẩm lên sàn là' has no cue and does not add up to 286: no total.",
    "'tăng 1,5 lần so với năm 2023' after 2.100 tấn is its change; 'gấp 2 lần cùng kỳ' standing alone is a multiple.",
    "Distractors: Lượt xem 1.482, Kế hoạch số 156/KH-UBND, số 52 đường Nguyễn Văn Cừ, phone 0204.3854.362, dateline.",
]

emit("p561-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Bắc Giang")
