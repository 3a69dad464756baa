from lib import F, P, C, T, emit

TEXT = """Cổng thông tin điện tử huyện Hoàng Su Phì
Kinh tế - Xã hội

Hoàng Su Phì: Nâng cao giá trị chè Shan tuyết

Hoàng Su Phì hiện có trên 5.600 ha chè Shan tuyết, trong đó gần 3.000 ha chè cổ thụ trên 100 năm tuổi; diện tích cho thu hoạch khoảng 4.900 ha. Toàn huyện có 3.280 ha chè được cấp chứng nhận hữu cơ (chiếm 58,6% diện tích), là địa phương có diện tích chè hữu cơ lớn nhất tỉnh Hà Giang.

Trong quý III/2024, sản lượng chè búp tươi thu hoạch đạt 2.150 tấn, giảm 5,3% so với quý III/2023 do ảnh hưởng của hoàn lưu bão số 3. Lũy kế 9 tháng, sản lượng đạt 7.860 tấn, bằng 78,6% kế hoạch năm. Giá chè búp tươi Shan tuyết tại vườn từ 12.000 đến 25.000 đồng/kg, riêng chè cổ thụ loại 1 tôm 2 lá có giá tới 40.000 đồng/kg.

Trên địa bàn có 56 hợp tác xã và 112 cơ sở chế biến chè; 25 sản phẩm chè được công nhận OCOP, gồm 18 sản phẩm 3 sao, 6 sản phẩm 4 sao và 1 sản phẩm 5 sao. Sản phẩm chè Shan tuyết đã xuất khẩu sang 5 quốc gia, trong 9 tháng đạt 320 tấn chè khô thành phẩm.

Các xã Thông Nguyên, Bản Luốc, Nậm Ty là vùng chè trọng điểm. Năm 2025, huyện phấn đấu nâng diện tích chè hữu cơ lên 3.500 ha, giá trị sản phẩm chè đạt 250 tỷ đồng.

Thông tin liên hệ: Phòng Nông nghiệp và PTNT, tổ 4 thị trấn Vinh Quang, ĐT: 0219.3831.205.

14/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("trên 5.600 ha", "5.600", 5600, "measure", "ha", "diện tích chè Shan tuyết", approx="over"),
    F("gần 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích chè cổ thụ", approx="nearly", total=5600),
    F("trên 100 năm tuổi", "100", 100, "measure", "năm tuổi", approx="over", optional=True),
    F("khoảng 4.900 ha", "4.900", 4900, "measure", "ha", "diện tích chè cho thu hoạch", approx="about"),
    F("có 3.280 ha", "3.280", 3280, "measure", "ha", "diện tích chè được cấp chứng nhận hữu cơ", percent=58.6),
    F("đạt 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng chè búp tươi thu hoạch", Q3,
      change=C("decrease", 5.3, "%", "quý III/2023")),
    F("đạt 7.860 tấn", "7.860", 7860, "measure", "tấn", "sản lượng chè búp tươi lũy kế", M9, percent=78.6),
    F("từ 12.000 đến", "12.000", 12000, "money", "đồng/kg", "giá chè búp tươi Shan tuyết tại vườn", value_max=25000),
    F("giá tới 40.000", "40.000", 40000, "money", "đồng/kg", "giá chè cổ thụ loại 1 tôm 2 lá"),
    F("có 56 hợp tác xã", "56", 56, "count", "hợp tác xã", "hợp tác xã chè"),
    F("112 cơ sở", "112", 112, "count", "cơ sở", "cơ sở chế biến chè"),
    F("25 sản phẩm chè", "25", 25, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP"),
    F("gồm 18 sản phẩm", "18", 18, "count", "sản phẩm", "sản phẩm chè OCOP 3 sao", total=25),
    F("18 sản phẩm 3 sao", "3", 3, "measure", "sao", optional=True),
    F("6 sản phẩm 4 sao", "6", 6, "count", "sản phẩm", "sản phẩm chè OCOP 4 sao", total=25),
    F("sản phẩm 4 sao", "4", 4, "measure", "sao", optional=True),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm chè OCOP 5 sao", total=25),
    F("sản phẩm 5 sao", "5", 5, "measure", "sao", optional=True),
    F("sang 5 quốc gia", "5", 5, "count", "quốc gia", "quốc gia nhập khẩu chè Shan tuyết"),
    F("đạt 320 tấn", "320", 320, "measure", "tấn", "chè khô thành phẩm xuất khẩu", M9),
    F("lên 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích chè hữu cơ", Y25, status="target"),
    F("đạt 250 tỷ đồng", "250", 250e9, "money", "đồng", "giá trị sản phẩm chè", Y25, status="target"),
]

emit("p382-5", TEXT, [
    "District portal (huyện Hoàng Su Phì, Hà Giang), no dateline, bare date at the end: Shan tuyết tea, Q3/9 months 2024, OCOP, 2025 targets.",
    "'trên 100 năm tuổi' is a criterion, 'N sao' rating labels: optional. 'bão số 3', '1 tôm 2 lá' (plucking grade), 'loại 1', 'tổ 4',",
    "phone number are distractors. The '(chiếm 58,6% diện tích)' share attaches to 3.280 ha; 'bằng 78,6% kế hoạch năm' to 7.860 tấn.",
    "'tỉnh Hà Giang' names the province only as a comparison; the figures describe the district.",
], FIGS, published="2024-10-14", location="Hoàng Su Phì")
