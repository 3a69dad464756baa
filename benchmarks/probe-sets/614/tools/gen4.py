from lib import F, P, I, CH, TG, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 26/09/2024 | Lượt xem: 3.906

Từ đầu năm đến nay, cả nước ghi nhận gần 78.000 ca sốt xuất huyết

Theo Cục Phòng bệnh (Bộ Y tế), tính đến ngày 22/9/2024, cả nước ghi nhận 77.854 ca mắc sốt xuất huyết, 11 ca tử vong; so với cùng kỳ năm 2023, số mắc giảm 42,3%, số tử vong giảm 12 ca. Riêng trong tuần 38, cả nước có 4.215 ca mắc mới.

Các địa phương có số mắc cao là TP. Hồ Chí Minh (14.562 ca), Khánh Hòa (6.831 ca), Bình Dương (5.207 ca), Hà Nội (4.390 ca) và Đồng Nai (3.975 ca).

Bệnh tay chân miệng ghi nhận 68.492 ca, tăng 2,1 lần so với cùng kỳ, trong đó có 9 ca tử vong. Đối với bệnh sởi, cả nước ghi nhận 1.964 ca nghi mắc tại 45/63 tỉnh, thành phố, trong đó 612 ca dương tính. Đã có 3 trường hợp tử vong do sởi.

Thực hiện Công điện số 1264/CĐ-BYT, Bộ Y tế đã phân bổ hơn 1 triệu liều vắc xin sởi - rubella cho 18 tỉnh, thành phố có nguy cơ cao để tiêm cho trẻ từ 1 đến 10 tuổi. Dự kiến chiến dịch hoàn thành trước ngày 31/10/2024, với mục tiêu tỷ lệ tiêm đạt từ 95% trở lên.

Trong 9 tháng, Bộ Y tế đã tổ chức 12 đoàn công tác kiểm tra, chỉ đạo phòng, chống dịch tại các địa phương. Người dân cần hỗ trợ có thể gọi đường dây nóng 1900 9095.
"""

ASOF = P("tính đến ngày 22/9/2024", None, "2024-09-22")
CK = "cùng kỳ năm 2023"

FIGS = [
    F("gần 78.000 ca", "78.000", 78000, "count", "ca", "ca sốt xuất huyết",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-09-26"), approx="nearly"),
    F("ghi nhận 77.854 ca", "77.854", 77854, "count", "ca", "ca mắc sốt xuất huyết", ASOF,
      change=CH("decrease", 42.3, "%", CK)),
    F("11 ca tử vong", "11", 11, "count", "ca", "ca tử vong do sốt xuất huyết", ASOF,
      change=CH("decrease", 12, "ca", CK)),
    F("có 4.215 ca", "4.215", 4215, "count", "ca", "ca mắc sốt xuất huyết mới",
      P("tuần 38", "2024-09-16", "2024-09-22")),
    F("Hồ Chí Minh (14.562 ca)", "14.562", 14562, "count", "ca", "số mắc sốt xuất huyết", I(ASOF), location="TP Hồ Chí Minh"),
    F("Khánh Hòa (6.831 ca)", "6.831", 6831, "count", "ca", "số mắc sốt xuất huyết", I(ASOF), location="Khánh Hòa"),
    F("Bình Dương (5.207 ca)", "5.207", 5207, "count", "ca", "số mắc sốt xuất huyết", I(ASOF), location="Bình Dương"),
    F("Hà Nội (4.390 ca)", "4.390", 4390, "count", "ca", "số mắc sốt xuất huyết", I(ASOF), location="Hà Nội"),
    F("Đồng Nai (3.975 ca)", "3.975", 3975, "count", "ca", "số mắc sốt xuất huyết", I(ASOF), location="Đồng Nai"),
    F("ghi nhận 68.492 ca", "68.492", 68492, "count", "ca", "ca tay chân miệng", I(ASOF),
      change=CH("increase", 2.1, "lần", "cùng kỳ")),
    F("có 9 ca tử vong", "9", 9, "count", "ca", "ca tử vong do tay chân miệng", I(ASOF), total=68492),
    F("1.964 ca nghi mắc", "1.964", 1964, "count", "ca", "ca nghi mắc sởi", I(ASOF)),
    F("tại 45/63 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố có ca nghi mắc sởi", I(ASOF), total=63),
    F("612 ca dương tính", "612", 612, "count", "ca", "ca dương tính sởi", I(ASOF), total=1964),
    F("3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp tử vong do sởi", I(ASOF)),
    F("hơn 1 triệu liều", "1", 1e6, "count", "liều", "liều vắc xin sởi - rubella được phân bổ", approx="over"),
    F("cho 18 tỉnh", "18", 18, "count", "tỉnh, thành phố", "tỉnh, thành phố có nguy cơ cao được phân bổ vắc xin sởi - rubella"),
    F("từ 1 đến 10 tuổi", "1", 1, "measure", "tuổi", value_max=10, optional=True),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ tiêm vắc xin sởi - rubella", approx="at_least", status="target"),
    F("tổ chức 12 đoàn", "12", 12, "count", "đoàn công tác", "đoàn công tác kiểm tra, chỉ đạo phòng, chống dịch",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
]

COMMENTS = [
    "Probe 614-4. Ministry site (Bộ Y tế portal, Ngày đăng 26/09/2024, Lượt xem counter): national dengue, HFMD, measles.",
    "The changes 'số mắc giảm 42,3%, số tử vong giảm 12 ca' stand in a later clause and attach to 77.854 and 11 respectively.",
    "'tuần 38' of 2024 = 16/9-22/9 (matches 'tính đến ngày 22/9/2024'). Provinces in the list: location; the rest: Việt Nam.",
    "'từ 95% trở lên' = at_least, status target (governed by 'mục tiêu', though the sentence opens with 'Dự kiến').",
    "Not figures: Công điện số 1264/CĐ-BYT, 31/10/2024, hotline 1900 9095, the counter; ages optional.",
]

if __name__ == "__main__":
    emit("p614-4", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Việt Nam")
