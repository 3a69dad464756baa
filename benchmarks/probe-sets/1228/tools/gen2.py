"""p1228-2: district portal (thị xã Nghi Sơn, Thanh Hóa), Nghi Sơn refinery and the locality, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ NGHI SƠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo

Lọc hóa dầu Nghi Sơn tạo việc làm cho hơn 6.000 lao động địa phương

05/07/2024 15:42

Sáng 4/7, UBND thị xã phối hợp với Công ty TNHH Lọc hóa dầu Nghi Sơn (NSRP) tổ chức hội nghị đánh giá công tác phối hợp 6 tháng đầu năm 2024.

Theo báo cáo, 6 tháng đầu năm, nhà máy đã nhập khoảng 5,4 triệu tấn dầu thô, sản xuất 4,9 triệu tấn sản phẩm xăng dầu và hóa dầu, cung ứng cho thị trường trong nước khoảng 4,2 triệu tấn. Nhà máy và các nhà thầu hiện sử dụng hơn 6.000 lao động là người địa phương, chiếm 72% tổng số lao động; trong đó riêng ba phường Hải Yến, Mai Lâm và Hải Thượng có 2.830 người.

Trong 6 tháng, NSRP nộp ngân sách trên địa bàn khoảng 9.870 tỷ đồng, bằng 46,5% dự toán năm. Thị xã đã hỗ trợ 1.215 hộ dân vùng tái định cư chuyển đổi nghề với tổng kinh phí 18,6 tỷ đồng, bình quân mỗi hộ từ 10 đến 20 triệu đồng.

Tại phường Hải Hà, gia đình ông Lê Văn Tùng (tổ dân phố 5) trước đây có 3 sào ruộng bị thu hồi. Nay ông mở xưởng cơ khí nhận gia công giá đỡ đường ống cho nhà máy, tạo việc làm cho 14 thợ với mức lương 9-12 triệu đồng/tháng; doanh thu năm 2023 đạt gần 4,5 tỷ đồng.

Năm 2024, NSRP dự kiến vận hành nhà máy ở mức 105% công suất, chế biến khoảng 10,8 triệu tấn dầu thô. Thị xã phấn đấu thu ngân sách 21.500 tỷ đồng, trong đó thu từ khu vực lọc hóa dầu chiếm khoảng 90%.

Minh Hằng (Trung tâm VH-TT&TT thị xã)

Cơ quan chủ quản: UBND thị xã Nghi Sơn, tỉnh Thanh Hóa
Địa chỉ: Khu phố 4, phường Hải Hòa - Điện thoại: 0237.3862.116
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1B = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho hơn 6.000 lao động", "6.000", 6000, "count", "lao động", approx="over",
      subject="lao động địa phương được tạo việc làm"),
    F("khoảng 5,4 triệu", "5,4", 5.4e6, "measure", "tấn", approx="about",
      subject="dầu thô nhà máy đã nhập", period=H1),
    F("sản xuất 4,9 triệu", "4,9", 4.9e6, "measure", "tấn",
      subject="sản phẩm xăng dầu và hóa dầu sản xuất", period=H1),
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "measure", "tấn", approx="about",
      subject="sản phẩm cung ứng cho thị trường trong nước", period=H1),
    F("dụng hơn 6.000 lao động", "6.000", 6000, "count", "lao động", approx="over", percent=72,
      subject="lao động là người địa phương nhà máy và các nhà thầu sử dụng"),
    F("riêng ba phường", "ba", 3, "count", "phường", optional=True, subject="phường"),
    F("có 2.830 người", "2.830", 2830, "count", "người", total=6000,
      subject="lao động người địa phương ở ba phường Hải Yến, Mai Lâm và Hải Thượng"),
    F("khoảng 9.870 tỷ", "9.870", 9870e9, "money", "đồng", approx="about", percent=46.5,
      subject="ngân sách NSRP nộp trên địa bàn", period=H1B),
    F("hỗ trợ 1.215 hộ", "1.215", 1215, "count", "hộ",
      subject="hộ dân vùng tái định cư được hỗ trợ chuyển đổi nghề", period=I(H1B)),
    F("kinh phí 18,6 tỷ", "18,6", 18.6e9, "money", "đồng",
      subject="tổng kinh phí hỗ trợ chuyển đổi nghề", period=I(H1B)),
    F("từ 10 đến 20 triệu", "10", 10e6, "money", "đồng/hộ", value_max=20e6,
      subject="mức hỗ trợ bình quân mỗi hộ", period=I(H1B)),
    F("có 3 sào ruộng", "3", 3, "measure", "sào", subject="ruộng bị thu hồi"),
    F("cho 14 thợ", "14", 14, "count", "thợ", subject="thợ xưởng cơ khí tạo việc làm"),
    F("lương 9-12 triệu", "9", 9e6, "money", "đồng/tháng", value_max=12e6,
      subject="mức lương thợ xưởng cơ khí"),
    F("gần 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="nearly",
      subject="doanh thu xưởng cơ khí", period=Y23),
    F("mức 105% công suất", "105", 105, "percent", "%", status="forecast",
      subject="mức vận hành nhà máy so với công suất", period=Y24),
    F("khoảng 10,8 triệu", "10,8", 10.8e6, "measure", "tấn", approx="about", status="forecast",
      subject="dầu thô chế biến", period=Y24),
    F("ngân sách 21.500 tỷ", "21.500", 21500e9, "money", "đồng", status="target",
      subject="thu ngân sách của thị xã", period=I(Y24)),
    F("khoảng 90%", "90", 90, "percent", "%", approx="about", status="target",
      subject="tỷ trọng thu từ khu vực lọc hóa dầu trong thu ngân sách", period=I(Y24)),
]

NOTES = [
    "District portal (thị xã Nghi Sơn, Thanh Hóa): Nghi Sơn refinery (NSRP) and the town, 6 months 2024. Dateline '05/07/2024 15:42', byline, footer.",
    "Distractors: time 15:42, 'Sáng 4/7' (date), 'tổ dân phố 5', 'Khu phố 4', phone 0237.3862.116, 'VH-TT&TT'.",
    "Default location is the district (Nghi Sơn): the refinery, wards and phường Hải Hà all lie in it.",
    "'ba phường' enumerates the wards listed after it (optional). 2.830 người follows 'trong đó' after the 6.000 workers: total 6000.",
    "'bình quân mỗi hộ từ 10 đến 20 triệu đồng' is a per-household money range (đồng/hộ).",
    "'6 tháng đầu năm' (year-less) takes 2024 from the first paragraph. 'Trong 6 tháng' sentence → next sentence inherits.",
    "'phấn đấu ..., trong đó ... chiếm khoảng 90%' → the share is a percent figure of its own, target.",
]

if __name__ == "__main__":
    write("p1228-2", TEXT, NOTES, FIGS, published="2024-07-05", location="Nghi Sơn")
