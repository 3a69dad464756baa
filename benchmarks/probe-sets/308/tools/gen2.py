from lib import F, P, write

TEXT = """BÁO LÀO CAI
Kinh tế

Hải quan Lào Cai thu ngân sách 9 tháng đạt hơn 1.900 tỷ đồng

Thứ Tư, 09/10/2024 - 16:45

(BLC) - Theo Cục Hải quan tỉnh Lào Cai, 9 tháng năm 2024, đơn vị đã làm thủ tục cho 72.418 tờ khai xuất nhập khẩu của 1.036 doanh nghiệp, tổng kim ngạch đạt 2,28 tỷ USD, tăng 21,6% so với cùng kỳ năm 2023. Trong đó, hàng xuất khẩu đạt 1,05 tỷ USD, chiếm 46%; hàng nhập khẩu đạt 1,23 tỷ USD.

Số thu ngân sách nhà nước đạt 1.912,7 tỷ đồng, bằng 79,7% dự toán được giao, tăng 8,3% so với cùng kỳ. Riêng quý III/2024 thu được 684,2 tỷ đồng, cao nhất từ đầu năm.

Tại cửa khẩu quốc tế đường bộ số II Kim Thành, bình quân mỗi ngày có từ 350 đến 400 xe hàng được thông quan, những ngày cao điểm mùa thanh long, sầu riêng lên tới gần 600 xe. Ga đường sắt quốc tế Lào Cai tiếp nhận trung bình 45 toa hàng/ngày, chủ yếu là phân bón, hóa chất và quặng.

Công tác kiểm soát, phòng chống buôn lậu được đẩy mạnh. Trong 9 tháng, lực lượng hải quan đã phát hiện, bắt giữ 47 vụ vi phạm, trị giá hàng hóa ước tính khoảng 6,2 tỷ đồng; thu nộp ngân sách từ xử lý vi phạm hành chính 1,85 tỷ đồng.

Quý IV/2024, Cục Hải quan tỉnh phấn đấu thu ngân sách khoảng 700 tỷ đồng, đưa tổng thu cả năm đạt trên 2.600 tỷ đồng, vượt dự toán 2.400 tỷ đồng được giao. Đơn vị tiếp tục thực hiện Nghị định số 08/2015/NĐ-CP, duy trì Hệ thống VNACCS/VCIS hoạt động 24/7 và tiếp nhận phản ánh qua số điện thoại 0214.3830.338.

Hồng Duyên
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
T9 = P("9 tháng", "2024-01-01", "2024-09-30")
S9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.900 tỷ đồng", "1.900", 1900e9, "money", "đồng", "thu ngân sách của Hải quan Lào Cai", T9, approx="over"),
    F("cho 72.418 tờ khai", "72.418", 72418, "count", "tờ khai", "tờ khai xuất nhập khẩu làm thủ tục", N9),
    F("của 1.036 doanh nghiệp", "1.036", 1036, "count", "doanh nghiệp", "doanh nghiệp làm thủ tục xuất nhập khẩu", N9),
    F("kim ngạch đạt 2,28 tỷ USD", "2,28", 2.28e9, "money", "USD", "tổng kim ngạch xuất nhập khẩu", N9,
      change={"direction": "increase", "value": 21.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("đạt 1,05 tỷ USD", "1,05", 1.05e9, "money", "USD", "kim ngạch hàng xuất khẩu", N9i, total=2.28e9, percent=46),
    F("đạt 1,23 tỷ USD", "1,23", 1.23e9, "money", "USD", "kim ngạch hàng nhập khẩu", N9i, total=2.28e9),
    F("đạt 1.912,7 tỷ đồng", "1.912,7", 1912.7e9, "money", "đồng", "số thu ngân sách nhà nước", N9i, percent=79.7,
      change={"direction": "increase", "value": 8.3, "unit": "%", "baseline": "cùng kỳ"}),
    F("thu được 684,2 tỷ đồng", "684,2", 684.2e9, "money", "đồng", "số thu ngân sách quý III",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("từ 350 đến 400 xe hàng", "350", 350, "count", "xe hàng",
      "xe hàng được thông quan bình quân mỗi ngày tại cửa khẩu quốc tế đường bộ số II Kim Thành", N9i, value_max=400),
    F("gần 600 xe", "600", 600, "count", "xe", "xe hàng được thông quan những ngày cao điểm", N9i, approx="nearly"),
    F("trung bình 45 toa hàng/ngày", "45", 45, "measure", "toa hàng/ngày", "toa hàng ga đường sắt quốc tế Lào Cai tiếp nhận", N9i),
    F("bắt giữ 47 vụ vi phạm", "47", 47, "count", "vụ", "vụ vi phạm phát hiện, bắt giữ", S9),
    F("khoảng 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "trị giá hàng hóa vi phạm", S9, approx="about", status="estimate"),
    F("hành chính 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "thu nộp ngân sách từ xử lý vi phạm hành chính", S9),
    F("khoảng 700 tỷ đồng", "700", 700e9, "money", "đồng", "thu ngân sách quý IV", Q4, approx="about", status="target"),
    F("trên 2.600 tỷ đồng", "2.600", 2600e9, "money", "đồng", "tổng thu ngân sách cả năm", CN, approx="over",
      status="target", target={"value": 2400e9, "unit": "đồng", "met": True}),
]

COMMENTS = [
    "Báo Lào Cai (Party newspaper, tag '(BLC)'): Cục Hải quan Lào Cai, 9 months of 2024 — declarations, turnover, revenue, trucks per day, violations, Q4 target.",
    "Dateline 'Thứ Tư, 09/10/2024 - 16:45', byline at the end. Distractors: 'cửa khẩu quốc tế đường bộ số II Kim Thành' (name), 'Nghị định số 08/2015/NĐ-CP', 'VNACCS/VCIS', '24/7', phone 0214.3830.338.",
    "Title '9 tháng' has no year: the dateline (2024) gives it. 'chiếm 46%' is the share of 1,05 tỷ; both parts after 'Trong đó' take total 2,28 tỷ.",
    "'bằng 79,7% dự toán được giao' is the percent of 1.912,7 tỷ (no plan amount there). 'ước tính khoảng 6,2 tỷ' = estimate + about; the next clause after ';' (1,85 tỷ) is actual.",
    "'vượt dự toán 2.400 tỷ đồng' is the target attribute (met) of the 2.600 tỷ target figure, not a figure; 'phấn đấu' governs the continuing clause. 'cả năm' = 2024.",
    "'toa hàng/ngày' is a rate (measure); '350 đến 400 xe hàng' per day is a count range (unit as written).",
]

write(2, TEXT, COMMENTS, FIGS, published="2024-10-09", location="Lào Cai")
