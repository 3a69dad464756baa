from lib import C, F, P, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Kinh tế > Nông nghiệp

Hà Giang: Tổng đàn gia súc ăn cỏ duy trì trên 420 nghìn con
Cập nhật: 08/07/2024 15:42 | Lượt xem: 2.317

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng đàn gia súc ăn cỏ của tỉnh đạt 420.750 con, tăng 2,6% so với cùng kỳ năm 2023. Trong đó, đàn trâu 158.420 con, giảm 1,4%; đàn bò 126.750 con, tăng 3,8%; đàn dê 118.300 con, tăng 6,2%; đàn ngựa 17.280 con.

Bốn huyện vùng cao núi đá phía Bắc là địa bàn có đàn dê lớn nhất tỉnh: Đồng Văn 31.540 con, Mèo Vạc 29.870 con, Yên Minh 22.160 con và Quản Bạ 14.930 con. Riêng huyện Đồng Văn chiếm 26,7% tổng đàn dê toàn tỉnh.

Công tác cải tạo giống được đẩy mạnh. 6 tháng đầu năm, toàn tỉnh thực hiện thụ tinh nhân tạo cho 2.145 con bò, đạt 53,6% kế hoạch năm; số bê lai sinh ra là 1.208 con. Tỷ lệ bò lai chiếm khoảng 18% tổng đàn bò.

Trong tháng 1/2024, rét đậm, rét hại kéo dài đã làm chết 312 con trâu, bò, ngựa và 96 con dê, tập trung tại các huyện Hoàng Su Phì, Xín Mần, Quản Bạ. Từ đầu năm đến nay, ngân sách tỉnh đã hỗ trợ các hộ có gia súc bị chết hơn 1,06 tỷ đồng theo Quyết định số 25/2022/QĐ-UBND.

Năm 2024, tỉnh phấn đấu tổng đàn trâu, bò đạt 295.000 con, đàn dê đạt 125.000 con; tốc độ tăng trưởng ngành chăn nuôi đạt 4-4,5%. Các hộ cần tư vấn kỹ thuật liên hệ Chi cục Chăn nuôi và Thú y, số 196 đường Trần Hưng Đạo, TP Hà Giang, điện thoại 0219.3866.207.

Ảnh: Đàn bò của gia đình anh Thào Mí Lử, xã Lũng Cú, huyện Đồng Văn.
"""

A30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
A30i = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CK = "cùng kỳ năm 2023"
GOAT = "tổng đàn dê"

FIGS = [
    F("duy trì trên 420 nghìn con", "420", 420000, "count", "con", "tổng đàn gia súc ăn cỏ", A30i, approx="over"),
    F("đạt 420.750 con", "420.750", 420750, "count", "con", "tổng đàn gia súc ăn cỏ", A30,
      change=C("increase", 2.6, "%", CK)),
    F("đàn trâu 158.420 con", "158.420", 158420, "count", "con", "đàn trâu", A30i, total=420750,
      change=C("decrease", 1.4, "%", CK)),
    F("đàn bò 126.750 con", "126.750", 126750, "count", "con", "đàn bò", A30i, total=420750,
      change=C("increase", 3.8, "%", CK)),
    F("đàn dê 118.300 con", "118.300", 118300, "count", "con", "đàn dê", A30i, total=420750,
      change=C("increase", 6.2, "%", CK)),
    F("đàn ngựa 17.280 con", "17.280", 17280, "count", "con", "đàn ngựa", A30i, total=420750),
    F("Bốn huyện vùng cao", "Bốn", 4, "count", "huyện", "huyện có đàn dê lớn nhất tỉnh", optional=True),
    F("Đồng Văn 31.540 con", "31.540", 31540, "count", "con", "đàn dê", A30i, location="Đồng Văn"),
    F("Mèo Vạc 29.870 con", "29.870", 29870, "count", "con", "đàn dê", A30i, location="Mèo Vạc"),
    F("Yên Minh 22.160 con", "22.160", 22160, "count", "con", "đàn dê", A30i, location="Yên Minh"),
    F("Quản Bạ 14.930 con", "14.930", 14930, "count", "con", "đàn dê", A30i, location="Quản Bạ"),
    F("chiếm 26,7%", "26,7", 26.7, "percent", "%", "tỷ trọng trong tổng đàn dê toàn tỉnh", A30i,
      location="Đồng Văn"),
    F("cho 2.145 con bò", "2.145", 2145, "count", "con", "bò được thụ tinh nhân tạo", H6, percent=53.6),
    F("là 1.208 con", "1.208", 1208, "count", "con", "bê lai sinh ra", H6),
    F("khoảng 18% tổng đàn bò", "18", 18, "percent", "%", "tỷ lệ bò lai trong tổng đàn bò", H6i, approx="about"),
    F("chết 312 con", "312", 312, "count", "con", "trâu, bò, ngựa chết do rét đậm, rét hại",
      P("Trong tháng 1/2024", "2024-01-01", "2024-01-31")),
    F("và 96 con dê", "96", 96, "count", "con", "dê chết do rét đậm, rét hại",
      P("Trong tháng 1/2024", "2024-01-01", "2024-01-31")),
    F("hơn 1,06 tỷ đồng", "1,06", 1060000000, "money", "đồng", "kinh phí hỗ trợ các hộ có gia súc bị chết",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-08"), approx="over"),
    F("đạt 295.000 con", "295.000", 295000, "count", "con", "tổng đàn trâu, bò", Y24, status="target"),
    F("đạt 125.000 con", "125.000", 125000, "count", "con", "đàn dê", Y24, status="target"),
    F("đạt 4-4,5%", "4", 4, "percent", "%", "tốc độ tăng trưởng ngành chăn nuôi", Y24, value_max=4.5,
      status="target"),
]

emit("p416-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Giang (province portal): herds of buffalo, cattle, goats, horses at 30/6/2024, goat herds of four",
    "districts, AI and crossbred calves in the first half, cold deaths in January, support money, 2024 targets.",
    "Dateline 'Cập nhật: 08/07/2024 15:42 | Lượt xem: 2.317' (counter is page furniture).",
    "Distractors: Quyết định số 25/2022/QĐ-UBND, address 'số 196 đường Trần Hưng Đạo', phone 0219.3866.207, photo caption.",
    "'Trong đó' parts of 420.750 carry total 420750 and their own change (baseline the head's 'cùng kỳ năm 2023').",
    "The district list after ':' follows no whole figure, so no total; districts are locations, subject the list's indicator.",
    "'đạt 53,6% kế hoạch năm' is the share of 2.145 (percent attribute). 'Bốn huyện' (list head) optional.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline.",
], FIGS, published="2024-07-08", location="Hà Giang")
