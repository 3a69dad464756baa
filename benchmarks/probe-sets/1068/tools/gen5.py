"""p1068-5: Báo Trà Vinh (Party provincial paper), làng bánh tét Trà Cuôn, Tết Giáp Thìn 2024; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Làng bánh tét Trà Cuôn rộn ràng vào vụ Tết

Những ngày giáp Tết Giáp Thìn, ấp Trà Cuôn, xã Kim Hòa, huyện Cầu Ngang lúc nào cũng rộn tiếng cười nói, khói bếp luộc bánh tỏa khắp xóm.

Hiện toàn ấp có 62 hộ làm bánh tét, trong đó 25 hộ được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. Bình quân mỗi hộ làm từ 150 đến 200 đòn bánh/ngày; cao điểm từ ngày 23 tháng Chạp, nhiều hộ làm trên 1.000 đòn/ngày.

Theo UBND xã Kim Hòa, năm 2023 làng nghề tiêu thụ khoảng 210.000 đòn bánh tét, doanh thu hơn 14 tỷ đồng. Dịp Tết năm nay, sản lượng dự kiến đạt 240.000 đòn, tăng khoảng 14% so với năm trước. Làng nghề tạo việc làm thời vụ cho khoảng 400 lao động với tiền công 250.000 đồng/người/ngày.

Bánh tét Trà Cuôn loại 1 kg nhân mỡ đậu xanh, trứng muối có giá 120.000-150.000 đồng/đòn; loại thường 60.000-80.000 đồng/đòn, tương đương năm ngoái.

Bà Thạch Thị Năm, chủ cơ sở bánh tét Út Năm, cho biết năm nay cơ sở nhận đặt trước khoảng 12.000 đòn, giao cho khách ở TP Hồ Chí Minh, Bình Dương và gửi sang Đài Loan, Úc. "Cơ sở có 18 người làm, chạy 6 nồi luộc liên tục suốt ngày đêm", bà Năm nói.

Trong đợt kiểm tra cuối tháng 1/2024, đoàn liên ngành huyện Cầu Ngang đã lấy 15 mẫu bánh tét để test nhanh, kết quả 15/15 mẫu đạt yêu cầu.

Toàn tỉnh Trà Vinh hiện có 7 làng nghề bánh truyền thống được công nhận. Huyện Cầu Ngang phấn đấu đến năm 2025 nâng số hộ làm bánh tét đạt chuẩn an toàn thực phẩm ở Trà Cuôn lên 40 hộ.

THANH HẢI
03/02/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
T1 = P("cuối tháng 1/2024", "2024-01-01", "2024-01-31")
GOAL = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 62 hộ", "62", 62, "count", "hộ", "hộ làm bánh tét"),
    F("trong đó 25 hộ", "25", 25, "count", "hộ", "hộ được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
      total=62),
    F("từ 150 đến 200 đòn", "150", 150, "measure", "đòn bánh/ngày", "bánh tét mỗi hộ làm", value_max=200),
    F("trên 1.000 đòn/ngày", "1.000", 1000, "measure", "đòn/ngày", "bánh tét mỗi hộ làm dịp cao điểm", approx="over"),
    F("khoảng 210.000 đòn", "210.000", 210000, "count", "đòn", "bánh tét làng nghề tiêu thụ", Y23, approx="about"),
    F("hơn 14 tỷ đồng", "14", 14e9, "money", "đồng", "doanh thu làng nghề", Y23, approx="over"),
    F("dự kiến đạt 240.000 đòn", "240.000", 240000, "count", "đòn", "sản lượng bánh tét dịp Tết", NAY,
      status="forecast", change=C("increase", 14, "%", "năm trước", approx="about")),
    F("khoảng 400 lao động", "400", 400, "count", "lao động", "lao động thời vụ làng nghề tạo việc làm",
      approx="about"),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động thời vụ"),
    F("loại 1 kg", "1", 1, "measure", "kg", "khối lượng bánh tét", optional=True),
    F("giá 120.000-150.000 đồng/đòn", "120.000", 120000, "money", "đồng/đòn",
      "giá bánh tét loại 1 kg nhân mỡ đậu xanh, trứng muối", value_max=150000),
    F("thường 60.000-80.000 đồng/đòn", "60.000", 60000, "money", "đồng/đòn", "giá bánh tét loại thường",
      value_max=80000),
    F("khoảng 12.000 đòn", "12.000", 12000, "count", "đòn", "bánh tét cơ sở nhận đặt trước", NAY, approx="about"),
    F("có 18 người", "18", 18, "count", "người", "người làm của cơ sở"),
    F("chạy 6 nồi", "6", 6, "count", "nồi luộc", "nồi luộc bánh của cơ sở"),
    F("lấy 15 mẫu", "15", 15, "count", "mẫu", "mẫu bánh tét test nhanh", T1),
    F("15/15 mẫu", "15", 15, "count", "mẫu", "mẫu đạt yêu cầu", T1, total=15),
    F("có 7 làng nghề", "7", 7, "count", "làng nghề", "làng nghề bánh truyền thống được công nhận",
      location="Trà Vinh"),
    F("lên 40 hộ", "40", 40, "count", "hộ", "hộ làm bánh tét đạt chuẩn an toàn thực phẩm", GOAL, status="target"),
]

NOTES = [
    "Báo Trà Vinh: làng bánh tét Trà Cuôn (xã Kim Hòa, huyện Cầu Ngang) before Tết Giáp Thìn; byline THANH HẢI and bare date 03/02/2024.",
    "Location: the district Cầu Ngang (the ấp lies in it); the provincial count of craft villages is Trà Vinh. The facility's pre-orders stay in",
    "Cầu Ngang although they are delivered to TP Hồ Chí Minh, Bình Dương (recipients are not the place of the figure).",
    "'năm nay' = 2024 (published). Not figures: 'ngày 23 tháng Chạp' (lunar date), 'Thạch Thị Năm', 'Út Năm', 'Tết Giáp Thìn'.",
    "'loại 1 kg' is a product specification (optional). 15/15: count 15 with total 15.",
]

if __name__ == "__main__":
    write("p1068-5", TEXT, NOTES, FIGS, published="2024-02-03", location="Cầu Ngang")
