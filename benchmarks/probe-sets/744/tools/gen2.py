"""p744-2: huyện Đức Hòa (Long An) district portal, feed quality inspection 8 months 2024, farms, prices."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Tin tức - Sự kiện | Nông nghiệp
Thứ Năm, 12/09/2024 - 10:15

Đức Hòa tăng cường kiểm soát chất lượng thức ăn chăn nuôi

Theo Phòng Nông nghiệp và PTNT huyện, hiện trên địa bàn có 4 nhà máy sản xuất thức ăn chăn nuôi với tổng công suất 780.000 tấn/năm và 126 cửa hàng, đại lý kinh doanh thức ăn chăn nuôi, thuốc thú y.

8 tháng đầu năm 2024, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 48 cơ sở, đạt 80% kế hoạch năm; lấy 35 mẫu thức ăn gửi Trung tâm Kiểm nghiệm phân tích. Kết quả có 33/35 mẫu đạt yêu cầu; 2 mẫu không đạt do hàm lượng đạm thô thiếu hụt so với mức công bố. Mức thiếu hụt từ 8 đến 12%. Hai cơ sở vi phạm bị phạt tổng cộng 45 triệu đồng.

Toàn huyện hiện có 215 trang trại chăn nuôi lợn, gà quy mô vừa và lớn, trong đó 178 trang trại sử dụng hoàn toàn thức ăn công nghiệp. Tổng đàn lợn khoảng 142.000 con, đàn gia cầm trên 1,8 triệu con.

Ông Nguyễn Văn Tâm, chủ trang trại ở ấp 3, xã Hựu Thạnh, cho biết giá thức ăn hỗn hợp cho lợn thịt hiện ở mức 12.300 đồng/kg, giảm 700 đồng/kg so với đầu năm; chi phí thức ăn chiếm 65-70% giá thành chăn nuôi. Trang trại của ông nuôi 600 con lợn thịt, mỗi tháng tiêu thụ khoảng 45 tấn cám.

Trong năm 2024, huyện phấn đấu kiểm tra 60 cơ sở, tỷ lệ mẫu thức ăn đạt chất lượng trên 95%. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0272.3850.111.

Minh Hằng
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 4 nhà máy", "4", 4, "count", "nhà máy", subject="nhà máy sản xuất thức ăn chăn nuôi"),
    F("công suất 780.000 tấn/năm", "780.000", 780000, "measure", "tấn/năm",
      subject="tổng công suất nhà máy sản xuất thức ăn chăn nuôi"),
    F("126 cửa hàng", "126", 126, "count", "cửa hàng",
      subject="cửa hàng, đại lý kinh doanh thức ăn chăn nuôi, thuốc thú y"),
    F("kiểm tra 48 cơ sở", "48", 48, "count", "cơ sở", percent=80,
      subject="cơ sở được Đoàn kiểm tra liên ngành kiểm tra", period=M8),
    F("lấy 35 mẫu", "35", 35, "count", "mẫu",
      subject="mẫu thức ăn gửi Trung tâm Kiểm nghiệm phân tích", period=M8),
    F("có 33/35 mẫu", "33", 33, "count", "mẫu", total=35,
      subject="mẫu thức ăn đạt yêu cầu", period=I(M8)),
    F("2 mẫu không đạt", "2", 2, "count", "mẫu",
      subject="mẫu không đạt do hàm lượng đạm thô thiếu hụt so với mức công bố", period=I(M8)),
    F("từ 8 đến 12%", "8", 8, "percent", "%", value_max=12,
      subject="mức thiếu hụt hàm lượng đạm thô so với mức công bố", period=I(M8)),
    F("Hai cơ sở vi phạm", "Hai", 2, "count", "cơ sở",
      subject="cơ sở vi phạm bị phạt", period=I(M8)),
    F("cộng 45 triệu đồng", "45", 45000000, "money", "đồng",
      subject="tổng số tiền phạt cơ sở vi phạm", period=I(M8)),
    F("có 215 trang trại", "215", 215, "count", "trang trại",
      subject="trang trại chăn nuôi lợn, gà quy mô vừa và lớn"),
    F("trong đó 178 trang trại", "178", 178, "count", "trang trại", total=215,
      subject="trang trại sử dụng hoàn toàn thức ăn công nghiệp"),
    F("khoảng 142.000 con", "142.000", 142000, "count", "con", approx="about", subject="tổng đàn lợn"),
    F("trên 1,8 triệu con", "1,8", 1800000, "count", "con", approx="over", subject="đàn gia cầm"),
    F("mức 12.300 đồng/kg", "12.300", 12300, "money", "đồng/kg",
      change=CH("decrease", 700, "đồng/kg", "đầu năm"),
      subject="giá thức ăn hỗn hợp cho lợn thịt"),
    F("chiếm 65-70%", "65", 65, "percent", "%", value_max=70,
      subject="chi phí thức ăn trong giá thành chăn nuôi"),
    F("nuôi 600 con", "600", 600, "count", "con",
      subject="lợn thịt nuôi tại trang trại của ông Nguyễn Văn Tâm"),
    F("khoảng 45 tấn", "45", 45, "measure", "tấn", approx="about",
      subject="cám trang trại tiêu thụ mỗi tháng"),
    F("kiểm tra 60 cơ sở", "60", 60, "count", "cơ sở", status="target",
      subject="cơ sở kiểm tra", period=Y24),
    F("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
      subject="tỷ lệ mẫu thức ăn đạt chất lượng", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An): kiểm soát chất lượng thức ăn chăn nuôi 8 tháng 2024, trang trại, giá cám, kế hoạch năm.",
    "District portal, dateline `Thứ Năm, 12/09/2024 - 10:15`, byline at the end. Location = the district for every figure",
    "(a commune `xã Hựu Thạnh` is not a location level). `33/35` -> total 35; `2 mẫu không đạt` has no cue, no total.",
    "`Hai cơ sở` is a number word (2). `hiện` sentences get no period. `Trong năm 2024 ... phấn đấu` -> target, period năm 2024.",
    "Distractors: ấp 3, hotline 0272.3850.111, dateline.",
]

if __name__ == "__main__":
    emit("p744-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Đức Hòa")
