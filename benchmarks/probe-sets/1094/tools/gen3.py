"""p1094-3: formal report (UBND tỉnh Thái Bình), H1/2024 sedge production, flattened '|' table by district."""
from lib import F, write, period, year, inh, change, target

TEXT = """UBND TỈNH THÁI BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả sản xuất cói và phát triển nghề chế biến cói 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất cói
6 tháng đầu năm 2024, toàn tỉnh duy trì 1.684 ha cói, giảm 56 ha so với cùng kỳ, tập trung chủ yếu tại các huyện Thái Thụy, Tiền Hải. Sản lượng cói vụ chiêm đạt 14.820 tấn, bằng 96,5% cùng kỳ. Kết quả cụ thể như sau:

Đơn vị tính: ha, tấn, hộ
Huyện | Diện tích cói | Sản lượng vụ chiêm | Số hộ trồng cói
Thái Thụy | 1.102 | 9.810 | 5.240
Tiền Hải | 486 | 4.190 | 2.115
Kiến Xương | 96 | 820 | 430
Tổng cộng | 1.684 | 14.820 | 7.785

2. Chế biến, tiêu thụ sản phẩm
Toàn tỉnh có 14 làng nghề chế biến cói, 3 doanh nghiệp và 27 cơ sở sản xuất, thu mua hàng cói, tạo việc làm cho trên 9.000 lao động. Giá trị sản xuất hàng cói 6 tháng ước đạt 386 tỷ đồng, tăng 6,2% so với cùng kỳ, đạt 48,3% kế hoạch năm; kim ngạch xuất khẩu ước đạt 11,4 triệu USD. Giá cói nguyên liệu bình quân 10.500 đồng/kg, giảm 1.500 đồng/kg so với cuối năm 2023.

II. TỒN TẠI, HẠN CHẾ
Diện tích cói giảm do chuyển sang nuôi trồng thủy sản; khoảng 30% số hộ dệt chiếu đã bỏ nghề do thu nhập thấp.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 giá trị sản xuất hàng cói đạt 800 tỷ đồng; duy trì diện tích cói không dưới 1.650 ha. Dự kiến vụ cói mùa đạt sản lượng khoảng 12.000 tấn.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NNTNMT.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = period("6 tháng", "2024-01-01", "2024-06-30")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
TI = inh(H1)
S_AREA, S_OUT, S_HH = "diện tích cói", "sản lượng cói vụ chiêm", "số hộ trồng cói"

FIGS = [
    F("duy trì 1.684 ha", "1.684", 1684, "measure", "ha", "diện tích cói", change=change("decrease", 56, "ha", "cùng kỳ"), period=H1),
    F("đạt 14.820 tấn", "14.820", 14820, "measure", "tấn", "sản lượng cói vụ chiêm", percent=96.5, period=TI),
    F("Thái Thụy | 1.102", "1.102", 1102, "measure", "ha", S_AREA, period=TI, location="Thái Thụy"),
    F("1.102 | 9.810", "9.810", 9810, "measure", "tấn", S_OUT, period=TI, location="Thái Thụy"),
    F("9.810 | 5.240", "5.240", 5240, "count", "hộ", S_HH, period=TI, location="Thái Thụy"),
    F("Tiền Hải | 486", "486", 486, "measure", "ha", S_AREA, period=TI, location="Tiền Hải"),
    F("486 | 4.190", "4.190", 4190, "measure", "tấn", S_OUT, period=TI, location="Tiền Hải"),
    F("4.190 | 2.115", "2.115", 2115, "count", "hộ", S_HH, period=TI, location="Tiền Hải"),
    F("Kiến Xương | 96", "96", 96, "measure", "ha", S_AREA, period=TI, location="Kiến Xương"),
    F("96 | 820", "820", 820, "measure", "tấn", S_OUT, period=TI, location="Kiến Xương"),
    F("820 | 430", "430", 430, "count", "hộ", S_HH, period=TI, location="Kiến Xương"),
    F("Tổng cộng | 1.684", "1.684", 1684, "measure", "ha", "tổng cộng diện tích cói", period=TI),
    F("1.684 | 14.820", "14.820", 14820, "measure", "tấn", "tổng cộng sản lượng cói vụ chiêm", period=TI),
    F("14.820 | 7.785", "7.785", 7785, "count", "hộ", "tổng cộng số hộ trồng cói", period=TI),
    F("có 14 làng nghề", "14", 14, "count", "làng nghề", "làng nghề chế biến cói"),
    F("3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp sản xuất, thu mua hàng cói"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất, thu mua hàng cói"),
    F("trên 9.000 lao động", "9.000", 9000, "count", "lao động", "lao động có việc làm từ nghề cói", approx="over"),
    F("ước đạt 386 tỷ đồng", "386", 386e9, "money", "đồng", "giá trị sản xuất hàng cói", percent=48.3,
      change=change("increase", 6.2, "%", "cùng kỳ"), status="estimate", period=H1s),
    F("ước đạt 11,4 triệu USD", "11,4", 11.4e6, "money", "USD", "kim ngạch xuất khẩu hàng cói", status="estimate", period=H1s),
    F("bình quân 10.500 đồng/kg", "10.500", 10500, "money", "đồng/kg", "giá cói nguyên liệu bình quân",
      change=change("decrease", 1500, "đồng/kg", "cuối năm 2023")),
    F("khoảng 30% số hộ", "30", 30, "percent", "%", "số hộ dệt chiếu đã bỏ nghề", approx="about"),
    F("đạt 800 tỷ đồng", "800", 800e9, "money", "đồng", "giá trị sản xuất hàng cói", status="target", period=Y24),
    F("không dưới 1.650 ha", "1.650", 1650, "measure", "ha", "diện tích cói duy trì", approx="at_least", status="target", period=Y24),
    F("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn", "sản lượng vụ cói mùa", approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Thái Bình report: H1/2024 sedge area/output (flattened '|' table by district, 'Đơn vị tính: ha, tấn, hộ'), processing, exports, targets.",
    "Table cells: unit from the 'Đơn vị tính' line matched to the column; district rows give location; Tổng cộng row = province; no totals on cells;",
    "period from '6 tháng đầu năm 2024' in the prose above the table (inherited). '6 tháng' in the value sentence = H1 2024 (year from the title).",
    "Distractors: Số: 287/BC-UBND, the date line, section numbers I./1./2./II./III., 'Lưu: VT'.",
]

if __name__ == "__main__":
    write("p1094-3", TEXT, FIGS, published="2024-07-15", location="Thái Bình", notes=NOTES)
