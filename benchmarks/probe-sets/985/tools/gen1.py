"""p985-1: province portal (Thừa Thiên Huế), 6-month urban tree planting."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Thừa Thiên Huế trồng mới hơn 31.000 cây xanh đô thị trong 6 tháng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Xây dựng, 6 tháng đầu năm 2024, các địa phương trên địa bàn tỉnh đã trồng mới hơn 31.000 cây xanh đô thị, đạt 62% kế hoạch năm, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, thành phố Huế trồng 12.400 cây, thị xã Hương Thủy 5.600 cây, thị xã Hương Trà 4.200 cây, các huyện còn lại trồng khoảng 8.900 cây.

Cùng với việc trồng mới, các đơn vị đã chăm sóc, duy trì khoảng 95.000 cây bóng mát trên các tuyến đường, cắt tỉa, khống chế chiều cao 3.850 cây, xử lý 126 cây gãy đổ, sâu bệnh. Tổng kinh phí thực hiện ước đạt 48,6 tỷ đồng, trong đó ngân sách tỉnh 31,2 tỷ đồng, còn lại do các địa phương và doanh nghiệp đóng góp.

Hiện nay, diện tích cây xanh công cộng bình quân tại khu vực nội thị thành phố Huế đạt 7,2 m2/người, cao hơn mức tối thiểu 7 m2/người theo QCVN 01:2021/BXD. Toàn thành phố có 46 công viên, vườn hoa với tổng diện tích gần 180 ha, nhiều nhất là dọc hai bờ sông Hương.

Mục tiêu đến năm 2025, toàn tỉnh phấn đấu trồng mới 1,5 triệu cây xanh các loại, trong đó cây xanh đô thị khoảng 120.000 cây; nâng diện tích cây xanh công cộng bình quân đô thị lên 8 m2/người. Dự kiến trong quý III/2024, tỉnh sẽ khởi công công viên ven sông Như Ý với diện tích 12,5 ha, tổng mức đầu tư 215 tỷ đồng.

Sở Xây dựng đề nghị các địa phương thực hiện nghiêm Nghị định số 64/2010/NĐ-CP về quản lý cây xanh đô thị và Quyết định số 524/QĐ-TTg của Thủ tướng Chính phủ; kịp thời phát hiện, xử lý cây nghiêng, mục rỗng trước mùa mưa bão.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TGT = P("đến năm 2025", None, "2025-12-31")
SUBJ = "cây xanh đô thị trồng mới"
FIGS = [
    F("mới hơn 31.000 cây xanh đô thị trong 6 tháng", "31.000", 31000, "count", "cây", SUBJ,
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("mới hơn 31.000 cây xanh đô thị, đạt 62%", "31.000", 31000, "count", "cây", SUBJ, H1,
      approx="over", percent=62, change=C("increase", 18.5, baseline="cùng kỳ năm 2023")),
    F("Huế trồng 12.400 cây", "12.400", 12400, "count", "cây", SUBJ, I(H1), total=31000, location="Huế"),
    F("Hương Thủy 5.600 cây", "5.600", 5600, "count", "cây", SUBJ, I(H1), total=31000, location="Hương Thủy"),
    F("Hương Trà 4.200 cây", "4.200", 4200, "count", "cây", SUBJ, I(H1), total=31000, location="Hương Trà"),
    F("khoảng 8.900 cây", "8.900", 8900, "count", "cây", "cây xanh đô thị trồng mới các huyện còn lại", I(H1),
      approx="about", total=31000),
    F("khoảng 95.000 cây bóng mát", "95.000", 95000, "count", "cây", "cây bóng mát được chăm sóc, duy trì", I(H1),
      approx="about"),
    F("chiều cao 3.850 cây", "3.850", 3850, "count", "cây", "cây được cắt tỉa, khống chế chiều cao", I(H1)),
    F("xử lý 126 cây", "126", 126, "count", "cây", "cây gãy đổ, sâu bệnh được xử lý", I(H1)),
    F("ước đạt 48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", "tổng kinh phí thực hiện", I(H1), status="estimate"),
    F("ngân sách tỉnh 31,2 tỷ đồng", "31,2", 31.2e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", I(H1),
      total=48.6e9, status="estimate"),
    F("đạt 7,2 m2/người", "7,2", 7.2, "measure", "m2/người",
      "diện tích cây xanh công cộng bình quân khu vực nội thị", location="Huế"),
    F("mức tối thiểu 7 m2/người", "7", 7, "measure", "m2/người",
      "mức tối thiểu diện tích cây xanh công cộng theo QCVN", optional=True),
    F("có 46 công viên, vườn hoa", "46", 46, "count", "công viên, vườn hoa", "công viên, vườn hoa", location="Huế"),
    F("gần 180 ha", "180", 180, "measure", "ha", "tổng diện tích công viên, vườn hoa", approx="nearly",
      location="Huế"),
    F("trồng mới 1,5 triệu cây xanh", "1,5", 1.5e6, "count", "cây", "cây xanh các loại trồng mới", TGT,
      status="target"),
    F("khoảng 120.000 cây", "120.000", 120000, "count", "cây", SUBJ, TGT, approx="about", total=1.5e6,
      status="target"),
    F("lên 8 m2/người", "8", 8, "measure", "m2/người", "diện tích cây xanh công cộng bình quân đô thị", TGT,
      status="target"),
    F("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích công viên ven sông Như Ý", status="forecast"),
    F("tư 215 tỷ đồng", "215", 215e9, "money", "đồng", "tổng mức đầu tư công viên ven sông Như Ý",
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế (invented): urban tree planting in H1/2024. Headline 'trong 6 tháng' without a year = 2024 (dateline).",
    "The list after 'Trong đó' gives parts of the 31.000 (total); localities are locations; 'các huyện còn lại' stays provincial.",
    "'mức tối thiểu 7 m2/người' is a norm of QCVN, not a change ('cao hơn' + baseline level): optional figure.",
    "'Hiện nay' gives no period. 'Dự kiến trong quý III/2024' dates the ground-breaking, not the park's area/investment: no period.",
    "Distractors: breadcrumb, 'Lượt xem: 2.316', QCVN 01:2021/BXD, Nghị định số 64/2010/NĐ-CP, Quyết định số 524/QĐ-TTg, 'hai bờ sông Hương'.",
]

write("p985-1", TEXT, FIGS, published="2024-07-18", location="Thừa Thiên Huế", notes=NOTES)
