from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Quốc phòng - An ninh
Thứ Năm, 11/04/2024 - 10:05

Công an cấp xã đăng ký hơn 4.200 xe mô tô trong quý I

Quý I/2024, Công an 33 xã, thị trấn trên địa bàn huyện đã đăng ký, cấp biển số cho 4.251 xe mô tô, xe gắn máy, tăng 18,6% so với quý IV/2023. Trong đó, đăng ký mới 3.118 xe; đăng ký sang tên, di chuyển 1.133 xe.

Theo Đại tá Hồ Văn Tâm, Trưởng Công an huyện, từ ngày 15/8/2023, khi Thông tư số 24/2023/TT-BCA có hiệu lực, người dân không phải lên trụ sở Công an huyện tại khối 3, thị trấn Cầu Giát để làm thủ tục. Bình quân mỗi xã giải quyết khoảng 43 hồ sơ/tháng; 100% hồ sơ được trả kết quả đúng hạn.

Tỷ lệ hồ sơ nộp trực tuyến toàn trình và một phần trên Cổng dịch vụ công quốc gia lần lượt là 21,4% và 47,2%. Các xã cũng đã thu hồi 215 chứng nhận đăng ký, biển số của xe hết niên hạn, xe bị phá hủy.

Đối với xe ô tô, trong quý I, Đội CSGT - Trật tự Công an huyện đăng ký 468 xe ô tô, tăng 52 xe so với cùng kỳ năm 2023; thu lệ phí đăng ký, cấp biển số gần 1,2 tỷ đồng. Tính đến ngày 31/3/2024, toàn huyện có 198.640 xe mô tô, xe gắn máy và 9.870 xe ô tô đang hoạt động.

Năm 2024, Công an huyện phấn đấu tỷ lệ hồ sơ đăng ký xe nộp trực tuyến đạt trên 50%. Người dân cần hỗ trợ có thể liên hệ Đội CSGT - Trật tự qua số điện thoại 0238.3864.113 hoặc đến trụ sở ở Km 435 Quốc lộ 1A.

Hồng Nhung (Trung tâm VH-TT&TT huyện Quỳnh Lưu)
"""

Q1H = P("quý I", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("trong quý I", "2024-01-01", "2024-03-31")
ASOF = P("Tính đến ngày 31/3/2024", None, "2024-03-31")

FIGS = [
    F("hơn 4.200 xe", "4.200", 4200, "count", "xe mô tô", "xe mô tô Công an cấp xã đăng ký", Q1H, approx="over"),
    F("Công an 33 xã", "33", 33, "count", "xã, thị trấn", "xã, thị trấn có Công an đăng ký, cấp biển số xe mô tô", Q1),
    F("cho 4.251 xe", "4.251", 4251, "count", "xe mô tô, xe gắn máy", "xe mô tô, xe gắn máy được đăng ký, cấp biển số", Q1,
      change=CH("increase", 18.6, "%", "quý IV/2023")),
    F("mới 3.118 xe", "3.118", 3118, "count", "xe", "xe đăng ký mới", I(Q1), total=4251),
    F("di chuyển 1.133 xe", "1.133", 1133, "count", "xe", "xe đăng ký sang tên, di chuyển", I(Q1), total=4251),
    F("khoảng 43 hồ sơ/tháng", "43", 43, "measure", "hồ sơ/tháng", "hồ sơ bình quân mỗi xã giải quyết", approx="about"),
    F("100% hồ sơ", "100", 100, "percent", "%", "tỷ lệ hồ sơ được trả kết quả đúng hạn"),
    F("21,4%", "21,4", 21.4, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến toàn trình trên Cổng dịch vụ công quốc gia", I(Q1)),
    F("47,2%", "47,2", 47.2, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến một phần trên Cổng dịch vụ công quốc gia", I(Q1)),
    F("thu hồi 215", "215", 215, "count", "chứng nhận đăng ký, biển số",
      "chứng nhận đăng ký, biển số của xe hết niên hạn, xe bị phá hủy được thu hồi", I(Q1)),
    F("đăng ký 468 xe", "468", 468, "count", "xe ô tô", "xe ô tô Đội CSGT - Trật tự Công an huyện đăng ký", Q1b,
      change=CH("increase", 52, "xe", "cùng kỳ năm 2023")),
    F("gần 1,2 tỷ", "1,2", 1_200_000_000, "money", "đồng", "lệ phí đăng ký, cấp biển số", Q1b, approx="nearly"),
    F("có 198.640 xe", "198.640", 198640, "count", "xe mô tô, xe gắn máy", "xe mô tô, xe gắn máy đang hoạt động", ASOF),
    F("và 9.870 xe", "9.870", 9870, "count", "xe ô tô", "xe ô tô đang hoạt động", ASOF),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ hồ sơ đăng ký xe nộp trực tuyến", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Quỳnh Lưu (Nghệ An), invented: Công an cấp xã đăng ký xe mô tô quý I/2024. District portal, dateline \"Thứ Năm, 11/04/2024 - 10:05\", byline at the end.",
    "Not figures: Thông tư số 24/2023/TT-BCA, ngày 15/8/2023, khối 3, Km 435 Quốc lộ 1A, phone 0238.3864.113, \"Đại tá\", quý IV/2023 (a baseline).",
    "Location is the district (Quỳnh Lưu) throughout; the communes named are not figures' places (no numbers attached).",
    "3.118 + 1.133 = 4.251 after \"Trong đó\" (sentence break): total 4251. \"tăng 52 xe so với cùng kỳ\" is the change of 468 xe ô tô (unit xe).",
    "\"khoảng 43 hồ sơ/tháng\" is a rate (measure). \"lần lượt là 21,4% và 47,2%\": two percent figures, each its own subject. \"quý I\" in the headline/body takes 2024.",
]

if __name__ == "__main__":
    emit("p748-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Quỳnh Lưu")
