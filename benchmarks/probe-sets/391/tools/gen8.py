from lib import F, P, write

TEXT = """BÁO BÀ RỊA - VŨNG TÀU
Kinh tế | Nông nghiệp

Nâng cao giá trị cây hồ tiêu theo hướng hữu cơ

(BR-VT) Giai đoạn 2021-2025, tỉnh đặt mục tiêu ổn định diện tích hồ tiêu ở mức 12.000-12.500 ha, trong đó diện tích sản xuất theo hướng hữu cơ, VietGAP chiếm ít nhất 30%. Tính đến hết tháng 6/2024, diện tích hồ tiêu toàn tỉnh là 12.830 ha, tập trung chủ yếu tại các huyện Châu Đức (6.420 ha), Xuyên Mộc (3.150 ha) và Đất Đỏ (1.380 ha).

Sáu tháng đầu năm, năng suất bình quân đạt 2,6 tấn/ha, sản lượng hồ tiêu thu hoạch ước đạt 21.350 tấn. Với giá bán từ 140.000-145.000 đồng/kg, nhiều hộ trồng tiêu có thu nhập trên 300 triệu đồng/ha.

Diện tích hồ tiêu đạt chứng nhận hữu cơ, VietGAP, Rainforest Alliance hiện là 2.940 ha, mới đạt 23% diện tích toàn tỉnh; hơn 1.100 ha đã được cấp mã số vùng trồng. Toàn tỉnh có mười hai hợp tác xã và ba doanh nghiệp liên kết bao tiêu hồ tiêu cho nông dân, với giá cao hơn thị trường từ 3.000 đến 5.000 đồng/kg.

Ông Nguyễn Văn Tâm, Phó Giám đốc Sở NN&PTNT cho biết, đến năm 2030 tỉnh phấn đấu 100% diện tích hồ tiêu được cấp mã số vùng trồng, giá trị sản xuất đạt ít nhất 250 triệu đồng/ha. Ngân sách tỉnh đã hỗ trợ gần 18,5 tỷ đồng cho các dự án liên kết theo Nghị quyết số 05/2022/NQ-HĐND; giai đoạn 2021-2023 đã tái canh được 860 ha tiêu già cỗi.

Tại xã Bình Ba (huyện Châu Đức), Tổ hợp tác tiêu hữu cơ số 3 với 25 thành viên đã xuất khẩu trực tiếp lô hàng 20 tấn tiêu sang Đức.

QUANG VŨ
"""

AS = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("mức 12.000-12.500 ha", "12.000", 12000, "measure", "ha", "diện tích hồ tiêu", GD, value_max=12500, status="target"),
    F("chiếm ít nhất 30%", "30", 30, "percent", "%", "tỷ lệ diện tích hồ tiêu sản xuất theo hướng hữu cơ, VietGAP", GD,
      approx="at_least", status="target"),
    F("là 12.830 ha", "12.830", 12830, "measure", "ha", "diện tích hồ tiêu", AS),
    F("Châu Đức (6.420 ha)", "6.420", 6420, "measure", "ha", "diện tích hồ tiêu", AS, location="Châu Đức"),
    F("Xuyên Mộc (3.150 ha)", "3.150", 3150, "measure", "ha", "diện tích hồ tiêu", AS, location="Xuyên Mộc"),
    F("Đất Đỏ (1.380 ha)", "1.380", 1380, "measure", "ha", "diện tích hồ tiêu", AS, location="Đất Đỏ"),
    F("đạt 2,6 tấn/ha", "2,6", 2.6, "measure", "tấn/ha", "năng suất hồ tiêu bình quân", H1),
    F("ước đạt 21.350 tấn", "21.350", 21350, "measure", "tấn", "sản lượng hồ tiêu thu hoạch", H1, status="estimate"),
    F("từ 140.000-145.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá bán hồ tiêu", H1i, value_max=145000),
    F("trên 300 triệu đồng/ha", "300", 300e6, "money", "đồng/ha", "thu nhập của hộ trồng tiêu", H1i, approx="over"),
    F("là 2.940 ha", "2.940", 2940, "measure", "ha", "diện tích hồ tiêu đạt chứng nhận hữu cơ, VietGAP, Rainforest Alliance",
      percent=23),
    F("hơn 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích hồ tiêu được cấp mã số vùng trồng", approx="over"),
    F("có mười hai hợp tác xã", "mười hai", 12, "count", "hợp tác xã", "hợp tác xã liên kết bao tiêu hồ tiêu"),
    F("và ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp", "doanh nghiệp liên kết bao tiêu hồ tiêu"),
    F("từ 3.000 đến 5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "mức giá bao tiêu cao hơn giá thị trường",
      value_max=5000),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ diện tích hồ tiêu được cấp mã số vùng trồng", T30,
      status="target"),
    F("ít nhất 250 triệu đồng/ha", "250", 250e6, "money", "đồng/ha", "giá trị sản xuất hồ tiêu", T30,
      approx="at_least", status="target"),
    F("gần 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "ngân sách tỉnh hỗ trợ các dự án liên kết", approx="nearly"),
    F("tái canh được 860 ha", "860", 860, "measure", "ha", "diện tích tiêu già cỗi được tái canh",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("với 25 thành viên", "25", 25, "count", "thành viên", "thành viên Tổ hợp tác tiêu hữu cơ số 3", location="Châu Đức"),
    F("lô hàng 20 tấn", "20", 20, "measure", "tấn", "tiêu xuất khẩu trực tiếp của Tổ hợp tác", location="Châu Đức"),
]

COMMENTS = [
    "Party newspaper (Báo Bà Rịa - Vũng Tàu), no dateline at all (published null); '(BR-VT)' tag implies the province. Byline at the end.",
    "Pepper: 2021-2025 plan, area as of end of June 2024 by district, 6-month yield and output, certification, cooperatives, 2030 targets.",
    "'Sáu tháng đầu năm' takes 2024 from 'tháng 6/2024' before it. '... chiếm ít nhất 30%' after 'trong đó' is a percent (no whole for a",
    "percent), target. 'mới đạt 23% diện tích toàn tỉnh' is the share of 2.940 ha. Number words 'mười hai', 'ba' are counts.",
    "'giá cao hơn thị trường từ 3.000 đến 5.000 đồng/kg' has no base figure to attach to: a money range of its own.",
    "Distractors: Nghị quyết số 05/2022/NQ-HĐND, 'Tổ hợp tác tiêu hữu cơ số 3' (name), 'Giai đoạn 2021-2025' and 'đến năm 2030' as periods.",
]

if __name__ == "__main__":
    write("p391-8", TEXT, FIGS, COMMENTS, published=None, location="Bà Rịa - Vũng Tàu")
