from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN YÊN - TỈNH YÊN BÁI
Tin tức > Kinh tế - Xã hội
Thứ Sáu, 12/04/2024 - 15:40

Văn Yên: 27 sản phẩm OCOP có mặt trên sàn thương mại điện tử

Tính đến hết quý I/2024, toàn huyện có 27/32 sản phẩm OCOP được đưa lên các sàn thương mại điện tử Postmart, Voso và Shopee, tăng 6 sản phẩm so với cuối năm 2023. Trong đó, sản phẩm từ quế chiếm ưu thế với 15 sản phẩm; còn lại là măng, miến đao, chè Shan tuyết.

Quý I/2024, doanh thu bán sản phẩm OCOP qua kênh trực tuyến của các hợp tác xã ước đạt 1,85 tỷ đồng, tăng 38% so với cùng kỳ, chiếm khoảng 14% tổng doanh thu tiêu thụ sản phẩm OCOP của huyện. Hợp tác xã Quế hồi Đông Cuông (thôn 3, xã Đông Cuông) dẫn đầu với doanh thu trực tuyến 520 triệu đồng.

Huyện đã phối hợp với Bưu điện huyện tổ chức 4 lớp tập huấn kỹ năng bán hàng trên nền tảng số cho hơn 210 học viên là thành viên hợp tác xã, hộ kinh doanh. Mỗi phiên livestream bán quế, tinh dầu quế thu hút từ 2.000 đến 3.500 lượt xem, có phiên chốt được trên 300 đơn hàng.

Về thanh toán không dùng tiền mặt, đến nay 100% hợp tác xã có sản phẩm OCOP đã mở tài khoản ngân hàng và sử dụng mã QR. Toàn huyện hiện có 3 chợ nông thôn thí điểm mô hình "Chợ 4.0" với 146 tiểu thương tham gia.

Năm 2024, huyện phấn đấu có thêm 5 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên; 100% sản phẩm OCOP được bán trên sàn thương mại điện tử; doanh thu bán hàng trực tuyến đạt từ 7 đến 8 tỷ đồng.

Hoàng Thu - Trung tâm Văn hóa, Thể thao và Truyền thông huyện

Bản quyền thuộc UBND huyện Văn Yên. Địa chỉ: Tổ dân phố số 5, thị trấn Mậu A, huyện Văn Yên. Điện thoại: 0216.3833.125.
"""

ASOF = P("Tính đến hết quý I/2024", None, "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = P("đến nay", None, "2024-04-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Văn Yên: 27 sản phẩm", "27", 27, "count", "sản phẩm", "sản phẩm OCOP có mặt trên sàn thương mại điện tử"),
    F("có 27/32 sản phẩm", "27", 27, "count", "sản phẩm", "sản phẩm OCOP được đưa lên các sàn thương mại điện tử", ASOF,
      total=32, change=CH("increase", 6, "sản phẩm", baseline="cuối năm 2023")),
    F("với 15 sản phẩm", "15", 15, "count", "sản phẩm", "sản phẩm từ quế", I(ASOF), total=27),
    F("ước đạt 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng",
      "doanh thu bán sản phẩm OCOP qua kênh trực tuyến của các hợp tác xã", Q1,
      status="estimate", change=CH("increase", 38, baseline="cùng kỳ"), percent=14),
    F("trực tuyến 520 triệu đồng", "520", 520e6, "money", "đồng", "doanh thu trực tuyến Hợp tác xã Quế hồi Đông Cuông", I(Q1)),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp tập huấn", "lớp tập huấn kỹ năng bán hàng trên nền tảng số"),
    F("hơn 210 học viên", "210", 210, "count", "học viên", "học viên tập huấn kỹ năng bán hàng trên nền tảng số",
      approx="over"),
    F("từ 2.000 đến 3.500 lượt xem", "2.000", 2000, "count", "lượt xem", "lượt xem mỗi phiên livestream bán quế, tinh dầu quế",
      value_max=3500),
    F("trên 300 đơn hàng", "300", 300, "count", "đơn hàng", "đơn hàng chốt được trong một phiên livestream", approx="over"),
    F("đến nay 100% hợp tác xã", "100", 100, "percent", "%",
      "hợp tác xã có sản phẩm OCOP đã mở tài khoản ngân hàng và sử dụng mã QR", NOW),
    F("có 3 chợ", "3", 3, "count", "chợ", "chợ nông thôn thí điểm mô hình \"Chợ 4.0\""),
    F("với 146 tiểu thương", "146", 146, "count", "tiểu thương", "tiểu thương tham gia \"Chợ 4.0\""),
    F("có thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP từ 3 sao trở lên có thêm", Y24,
      status="target"),
    F("từ 3 sao", "3", 3, "measure", "sao", optional=True),
    F("trở lên; 100% sản phẩm", "100", 100, "percent", "%", "sản phẩm OCOP được bán trên sàn thương mại điện tử", Y24,
      status="target"),
    F("từ 7 đến 8 tỷ đồng", "7", 7e9, "money", "đồng", "doanh thu bán hàng trực tuyến", Y24, value_max=8e9,
      status="target"),
]

COMMENTS = [
    "p561-2 Văn Yên (Yên Bái) district portal: OCOP products on e-commerce platforms Q1/2024, online revenue, training, livestream, QR, 2024 targets.",
    "Location is the district (Văn Yên) throughout; the commune Đông Cuông is not a province/district.",
    "'Trong đó ... 15 sản phẩm' after the 27/32 (sentence break) is a part of 27. 'chiếm khoảng 14%' is the percent of 1,85 tỷ.",
    "'đến nay' ends at the dateline (as-of, start null). 'từ 3 sao trở lên' is a rating threshold: optional.",
    "Distractors: 'Chợ 4.0', 'thôn 3', 'Tổ dân phố số 5', phone 0216.3833.125, dateline, 'quý I/2024' in as-of phrase.",
]

emit("p561-2", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Văn Yên")
