"""p818-3: UBND tỉnh Đắk Lắk formal report, 6 months 2024, flattened '|' table by district."""
from lib import F, build, change, period, target

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả kiểm tra hoạt động kinh doanh mỹ phẩm, dịch vụ thẩm mỹ 6 tháng đầu năm 2024

Thực hiện Công văn số 1520/BYT-TTrB ngày 20/3/2024 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Trong 6 tháng đầu năm 2024, các đoàn kiểm tra đã kiểm tra 173 cơ sở, đạt 57,7% kế hoạch năm (300 cơ sở); phát hiện 49 cơ sở vi phạm, xử phạt 42 cơ sở với tổng số tiền 684,5 triệu đồng. Kết quả tại các địa phương như sau:

Đơn vị tính: cơ sở; tiền phạt: triệu đồng
Địa phương | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Tiền phạt
TP Buôn Ma Thuột | 78 | 27 | 402,0
Thị xã Buôn Hồ | 21 | 6 | 71,5
Huyện Krông Pắc | 19 | 4 | 38,0
Huyện Cư M'gar | 15 | 3 | 22,5
Các huyện còn lại | 40 | 9 | 150,5
Tổng cộng | 173 | 49 | 684,5

2. Công tác hậu kiểm và cấp phép
Lấy 36 mẫu mỹ phẩm gửi kiểm nghiệm, trong đó 3 mẫu không đạt chất lượng do hàm lượng thủy ngân vượt mức giới hạn 1 ppm; đã thu hồi, tiêu hủy 2.460 sản phẩm. Sở Y tế cấp 14 giấy phép hoạt động cho phòng khám chuyên khoa thẩm mỹ, tiếp nhận 27 phiếu công bố sản phẩm mỹ phẩm sản xuất trong tỉnh, tăng 8 phiếu so với cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu kiểm tra 127 cơ sở còn lại để hoàn thành 100% kế hoạch năm.
2. Dự kiến lấy thêm 20 mẫu mỹ phẩm để kiểm nghiệm.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P6 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6i = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
PH2i = period("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
DL = "Đắk Lắk"

FIGS = [
    F("kiểm tra 173 cơ sở", "173", 173, "count", "cơ sở", percent=57.7, target=target(300, "cơ sở"),
      subject="cơ sở được kiểm tra", period=P6),
    F("phát hiện 49 cơ sở", "49", 49, "count", "cơ sở", subject="cơ sở vi phạm", period=P6),
    F("xử phạt 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở bị xử phạt", period=P6),
    F("số tiền 684,5 triệu", "684,5", 684.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=P6),
]
rows = [
    ("TP Buôn Ma Thuột", "Buôn Ma Thuột", ("78", "27", "402,0")),
    ("Thị xã Buôn Hồ", "Buôn Hồ", ("21", "6", "71,5")),
    ("Huyện Krông Pắc", "Krông Pắc", ("19", "4", "38,0")),
    ("Huyện Cư M'gar", "Cư M'gar", ("15", "3", "22,5")),
    ("Các huyện còn lại", DL, ("40", "9", "150,5")),
    ("Tổng cộng", DL, ("173", "49", "684,5")),
]
cols = ["Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tiền phạt"]
for label, loc, cells in rows:
    suffix = "" if loc != DL else (" các huyện còn lại" if label.startswith("Các") else " tổng cộng")
    for i, num in enumerate(cells):
        if i == 0:
            anchor = f"{label} | {num} |"
        elif i == 1:
            anchor = f"| {cells[0]} | {num} |"
        else:
            anchor = f"| {cells[1]} | {num}\n"
        if i < 2:
            FIGS.append(F(anchor, num, int(num), "count", "cơ sở", subject=cols[i] + suffix,
                          location=loc, period=P6i))
        else:
            v = float(num.replace(",", ".")) * 1e6
            FIGS.append(F(anchor, num, v, "money", "đồng", subject=cols[i] + suffix, location=loc, period=P6i))

FIGS += [
    F("Lấy 36 mẫu", "36", 36, "count", "mẫu", subject="mẫu mỹ phẩm gửi kiểm nghiệm", period=P6i),
    F("trong đó 3 mẫu", "3", 3, "count", "mẫu", total=36, subject="mẫu không đạt chất lượng", period=P6i),
    F("giới hạn 1 ppm", "1", 1, "measure", "ppm", subject="mức giới hạn hàm lượng thủy ngân", optional=True),
    F("tiêu hủy 2.460 sản phẩm", "2.460", 2460, "count", "sản phẩm",
      subject="sản phẩm mỹ phẩm thu hồi, tiêu hủy", period=P6i),
    F("cấp 14 giấy phép", "14", 14, "count", "giấy phép",
      subject="giấy phép hoạt động cấp cho phòng khám chuyên khoa thẩm mỹ", period=P6i),
    F("tiếp nhận 27 phiếu", "27", 27, "count", "phiếu công bố",
      change=change("increase", 8, "phiếu", baseline="cùng kỳ"),
      subject="phiếu công bố sản phẩm mỹ phẩm sản xuất trong tỉnh được tiếp nhận", period=P6i),
    F("kiểm tra 127 cơ sở", "127", 127, "count", "cơ sở", status="target",
      subject="cơ sở còn lại phải kiểm tra", period=PH2i),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", status="target",
      subject="hoàn thành kế hoạch kiểm tra năm", period=PH2i),
    F("thêm 20 mẫu", "20", 20, "count", "mẫu", status="forecast",
      subject="mẫu mỹ phẩm lấy thêm để kiểm nghiệm", period=PH2i),
]

COMMENTS = [
    "Báo cáo của UBND tỉnh Đắk Lắk (letterhead, Số: 318/BC-UBND), kết quả kiểm tra mỹ phẩm, dịch vụ thẩm mỹ 6 tháng đầu năm 2024 (invented).",
    "Not figures: Số: 318/BC-UBND, Công văn số 1520/BYT-TTrB ngày 20/3/2024, section numbers I., II., 1., 2., the report date.",
    "'đạt 57,7% kế hoạch năm (300 cơ sở)': percent 57.7 and the plan 300 as target (result against plan), not a total.",
    "Flattened '|' table: every numeric cell is a figure; subject = column label (+ row label when it is not a place); district rows give location;",
    "'Các huyện còn lại' and 'Tổng cộng' rows stay at the province. Tiền phạt cells are triệu đồng per the 'Đơn vị tính' line.",
    "Table period: '6 tháng đầu năm 2024' stands in the sentence before the table and in the title, so inherited. No totals in table cells.",
    "'vượt mức giới hạn 1 ppm' is a threshold: optional. Section II figures take '6 tháng cuối năm 2024' from the heading (inherited).",
]

if __name__ == "__main__":
    build("p818-3", TEXT, FIGS, COMMENTS, published="2024-07-12", location=DL)
