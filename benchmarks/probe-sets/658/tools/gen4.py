"""p658-4: ministry site (Cục Thú y, Bộ NN&PTNT), national animal disease and vaccination, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ / Tin tức / Dịch bệnh động vật

Tình hình dịch bệnh động vật 6 tháng đầu năm 2024: số lợn tiêu hủy do dịch tả lợn châu Phi giảm 38,4%

Ngày đăng: 05/07/2024 | Lượt xem: 1.218

Theo báo cáo của Cục Thú y, 6 tháng đầu năm 2024, cả nước xảy ra 297 ổ dịch tả lợn châu Phi tại 32 tỉnh, thành phố, buộc tiêu hủy 18.620 con lợn, giảm 38,4% so với cùng kỳ năm 2023. Trong đó, nhiều nhất là Nghệ An (2.146 con), Quảng Ninh (1.780 con) và Sơn La (1.532 con).

Bệnh viêm da nổi cục xảy ra tại 9 tỉnh với 214 con trâu, bò mắc bệnh; bệnh cúm gia cầm A/H5N1 xảy ra 12 ổ dịch tại 8 tỉnh, số gia cầm tiêu hủy hơn 23.000 con. Bệnh lở mồm long móng xuất hiện rải rác tại 6 tỉnh miền núi phía Bắc.

Về tiêm phòng, trong 6 tháng, cả nước đã sử dụng khoảng 1,15 triệu liều vắc xin dịch tả lợn châu Phi sản xuất trong nước, tăng 2,6 lần so với cùng kỳ. Hiện có 3 loại vắc xin dịch tả lợn châu Phi đã được cấp phép lưu hành. Đến nay, 45/63 tỉnh, thành phố đã phê duyệt kế hoạch tiêm phòng vắc xin này.

Tỷ lệ tiêm phòng vắc xin viêm da nổi cục toàn quốc đạt 71,2% tổng đàn trâu, bò trong diện tiêm; vắc xin LMLM đạt 64,5%; vắc xin cúm gia cầm đạt khoảng 55%.

Để hỗ trợ các địa phương, Bộ đã đề nghị xuất cấp 500.000 liều vắc xin LMLM và 200.000 lít hóa chất sát trùng từ nguồn dự trữ quốc gia theo Công văn số 4125/BNN-TY; tổng trị giá ước khoảng 78,5 tỷ đồng.

Cục Thú y - Số 15 ngõ 78 đường Giải Phóng, quận Đống Đa, Hà Nội. Điện thoại: 024.3869.6788
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Phi giảm 38,4%", "38,4", 38.4, "percent", "%", "số lợn tiêu hủy do dịch tả lợn châu Phi", H1),
    F("ra 297 ổ dịch", "297", 297, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", H1),
    F("tại 32 tỉnh", "32", 32, "count", "tỉnh, thành phố", "tỉnh, thành phố có dịch tả lợn châu Phi", H1),
    F("hủy 18.620 con", "18.620", 18620, "count", "con lợn", "lợn bị tiêu hủy", H1,
      change=CH("decrease", 38.4, baseline="cùng kỳ năm 2023")),
    F("Nghệ An (2.146 con)", "2.146", 2146, "count", "con", "lợn bị tiêu hủy", I(H1), total=18620, location="Nghệ An"),
    F("Quảng Ninh (1.780 con)", "1.780", 1780, "count", "con", "lợn bị tiêu hủy", I(H1), total=18620,
      location="Quảng Ninh"),
    F("Sơn La (1.532 con)", "1.532", 1532, "count", "con", "lợn bị tiêu hủy", I(H1), total=18620, location="Sơn La"),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có bệnh viêm da nổi cục", I(H1)),
    F("với 214 con", "214", 214, "count", "con", "trâu, bò mắc bệnh viêm da nổi cục", I(H1)),
    F("ra 12 ổ dịch", "12", 12, "count", "ổ dịch", "ổ dịch cúm gia cầm A/H5N1", I(H1)),
    F("tại 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh có ổ dịch cúm gia cầm", I(H1)),
    F("hơn 23.000 con", "23.000", 23000, "count", "con", "gia cầm tiêu hủy", I(H1), approx="over"),
    F("tại 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh miền núi phía Bắc có bệnh lở mồm long móng", I(H1)),
    F("khoảng 1,15 triệu", "1,15", 1150000, "count", "liều",
      "liều vắc xin dịch tả lợn châu Phi sản xuất trong nước đã sử dụng", P("6 tháng", "2024-01-01", "2024-06-30"),
      approx="about", change=CH("increase", 2.6, "lần", baseline="cùng kỳ")),
    F("có 3 loại", "3", 3, "count", "loại vắc xin", "vắc xin dịch tả lợn châu Phi được cấp phép lưu hành"),
    F("45/63", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố đã phê duyệt kế hoạch tiêm phòng vắc xin",
      P("Đến nay", end="2024-07-05"), total=63),
    F("đạt 71,2%", "71,2", 71.2, "percent", "%", "Tỷ lệ tiêm phòng vắc xin viêm da nổi cục"),
    F("đạt 64,5%", "64,5", 64.5, "percent", "%", "Tỷ lệ tiêm phòng vắc xin LMLM"),
    F("khoảng 55%", "55", 55, "percent", "%", "Tỷ lệ tiêm phòng vắc xin cúm gia cầm", approx="about"),
    F("cấp 500.000 liều", "500.000", 500000, "count", "liều", "liều vắc xin LMLM xuất cấp từ nguồn dự trữ quốc gia"),
    F("và 200.000 lít", "200.000", 200000, "measure", "lít", "hóa chất sát trùng xuất cấp từ nguồn dự trữ quốc gia"),
    F("khoảng 78,5 tỷ", "78,5", 78500000000, "money", "đồng", "tổng trị giá vắc xin và hóa chất xuất cấp",
      approx="about", status="estimate"),
]

COMMENTS = [
    "Cục Thú y site (invented): national animal disease situation and vaccination, first half of 2024. 'Ngày đăng: 05/07/2024'.",
    "Headline '… giảm 38,4%' is a rate standing as the claim (percent, no change); in the body the same rate is the change of 18.620.",
    "'Trong đó, nhiều nhất là Nghệ An (2.146 con) …' after a sentence break: parts of 18.620, provinces as location.",
    "Not figures: 'A/H5N1', Công văn số 4125/BNN-TY, 'Lượt xem: 1.218', 'Số 15 ngõ 78', phone. 'Hiện có' gives no period;",
    "'Đến nay' ends at the dateline; 'trong 6 tháng' takes 2024. 'ước khoảng' = estimate + about.",
]

if __name__ == "__main__":
    emit("p658-4", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Việt Nam")
