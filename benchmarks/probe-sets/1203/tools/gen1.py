"""p1203-1: province portal (Tiền Giang), 9 months 2024: vegetables, bitter melon, a cooperative in Chợ Gạo."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Khổ qua Chợ Gạo vào vụ, nông dân lãi khá
Cập nhật: 16/10/2024 08:30 | Lượt xem: 2.417

9 tháng năm 2024, toàn tỉnh xuống giống 39.850 ha rau màu các loại, đạt 76,8% kế hoạch năm, tăng 3,1% so với cùng kỳ; sản lượng thu hoạch ước đạt 812.400 tấn. Trong đó, nhóm rau ăn quả (khổ qua, bầu, bí, dưa leo, mướp) chiếm 14.260 ha.

Khổ qua là cây trồng chủ lực của tỉnh với tổng diện tích khoảng 3.150 ha, tập trung tại Chợ Gạo (1.420 ha), Gò Công Tây (960 ha) và Tân Phú Đông (410 ha). Năng suất bình quân đạt 28,5 tấn/ha, cao hơn 1,7 tấn/ha so với vụ trước.

Theo ông Nguyễn Văn Hùng, Phó Giám đốc Sở NN&PTNT, hiện giá khổ qua tại ruộng dao động từ 9.000 đến 12.000 đồng/kg; với giá này, nông dân lãi khoảng 120-150 triệu đồng/ha/vụ. Toàn tỉnh đã cấp 46 mã số vùng trồng rau ăn quả với tổng diện tích 1.035 ha, trong đó 12 mã số phục vụ xuất khẩu sang Nhật Bản, Hàn Quốc.

Tại xã Bình Phục Nhứt, huyện Chợ Gạo, Hợp tác xã rau an toàn Bình Phục Nhứt có 68 thành viên, canh tác 45 ha khổ qua, bí đao theo tiêu chuẩn VietGAP. Mỗi tháng, hợp tác xã cung ứng hơn 200 tấn rau quả cho các siêu thị và bếp ăn tập thể tại TP Hồ Chí Minh.

Quý IV, ngành nông nghiệp phấn đấu xuống giống thêm 12.000 ha rau màu, nâng tổng diện tích cả năm lên khoảng 51.850 ha.

Tin liên quan:
- Hội thi nông dân sản xuất giỏi lần thứ 5
- Khai mạc Hội chợ nông sản an toàn Tiền Giang 2024

Cơ quan chủ quản: UBND tỉnh Tiền Giang
Địa chỉ: số 23 đường 30/4, Phường 1, TP Mỹ Tho - Điện thoại: 0273.3873.179
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
KQ = "diện tích khổ qua"
HTX = "Chợ Gạo"

FIGS = [
    F("xuống giống 39.850 ha", "39.850", 39850, "measure", "ha", percent=76.8,
      change=C("increase", 3.1, "%", "cùng kỳ"),
      subject="diện tích rau màu các loại xuống giống", period=M9),
    F("ước đạt 812.400 tấn", "812.400", 812400, "measure", "tấn", status="estimate",
      subject="sản lượng rau màu thu hoạch", period=M9),
    F("chiếm 14.260 ha", "14.260", 14260, "measure", "ha", total=39850,
      subject="diện tích nhóm rau ăn quả", period=I(M9)),
    F("khoảng 3.150 ha", "3.150", 3150, "measure", "ha", approx="about", subject=KQ),
    F("(1.420 ha)", "1.420", 1420, "measure", "ha", subject=KQ, location="Chợ Gạo"),
    F("(960 ha)", "960", 960, "measure", "ha", subject=KQ, location="Gò Công Tây"),
    F("(410 ha)", "410", 410, "measure", "ha", subject=KQ, location="Tân Phú Đông"),
    F("đạt 28,5 tấn/ha", "28,5", 28.5, "measure", "tấn/ha",
      change=C("increase", 1.7, "tấn/ha", "vụ trước"), subject="năng suất bình quân khổ qua"),
    F("từ 9.000 đến 12.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", value_max=12000,
      subject="giá khổ qua tại ruộng"),
    F("khoảng 120-150 triệu", "120", 120000000, "money", "đồng/ha/vụ", value_max=150000000,
      approx="about", subject="lãi của nông dân trồng khổ qua"),
    F("cấp 46 mã số", "46", 46, "count", "mã số vùng trồng",
      subject="mã số vùng trồng rau ăn quả được cấp"),
    F("diện tích 1.035 ha", "1.035", 1035, "measure", "ha",
      subject="tổng diện tích mã số vùng trồng rau ăn quả"),
    F("trong đó 12 mã số", "12", 12, "count", "mã số", total=46,
      subject="mã số vùng trồng rau ăn quả phục vụ xuất khẩu sang Nhật Bản, Hàn Quốc"),
    F("có 68 thành viên", "68", 68, "count", "thành viên",
      subject="thành viên Hợp tác xã rau an toàn Bình Phục Nhứt", location=HTX),
    F("canh tác 45 ha", "45", 45, "measure", "ha",
      subject="diện tích khổ qua, bí đao canh tác theo tiêu chuẩn VietGAP của hợp tác xã", location=HTX),
    F("hơn 200 tấn", "200", 200, "measure", "tấn", approx="over",
      subject="rau quả hợp tác xã cung ứng mỗi tháng", location=HTX),
    F("thêm 12.000 ha", "12.000", 12000, "measure", "ha", status="target",
      subject="diện tích rau màu xuống giống thêm", period=Q4),
    F("khoảng 51.850 ha", "51.850", 51850, "measure", "ha", approx="about", status="target",
      subject="tổng diện tích rau màu cả năm", period=Y24),
]

NOTES = [
    "Province portal (Tiền Giang): breadcrumb, 'Cập nhật: 16/10/2024 08:30 | Lượt xem: 2.417' (published).",
    "District list after 'tập trung tại' does not add up to 3.150 ha: no total. 12 mã số after 'trong đó' follows 1.035 ha,",
    "but counts mã số like 46: total 46. The cooperative passage (xã Bình Phục Nhứt, huyện Chợ Gạo) is located in Chợ Gạo;",
    "TP Hồ Chí Minh is where the produce goes, not the figure's place. 'Quý IV' takes 2024 (dateline, '9 tháng năm 2024').",
    "Distractors: 'Lượt xem: 2.417', '08:30', 'lần thứ 5', 'Hội chợ … 2024' (a name),",
    "'đường 30/4', 'Phường 1', phone. 'phấn đấu' governs the continuing clause 'nâng tổng diện tích cả năm'.",
]

if __name__ == "__main__":
    write("p1203-1", TEXT, NOTES, FIGS, published="2024-10-16", location="Tiền Giang")
