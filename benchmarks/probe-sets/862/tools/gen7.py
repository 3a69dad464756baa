"""p862-7: department site (Sở Y tế Thái Nguyên), hospital linen laundry, one-cell-per-line table, no dateline."""
from lib import F, P, I, C, write

ROWS = [
    ("Bệnh viện Đa khoa Trung ương Thái Nguyên", "486,2", "522,5"),
    ("Bệnh viện A Thái Nguyên", "198,6", "214,3"),
    ("Bệnh viện C Thái Nguyên", "176,4", "190,8"),
    ("Bệnh viện Gang Thép", "177,6", "198,4"),
    ("Tổng cộng", "1.038,8", "1.126,0"),
]
TABLE_TEXT = "\n".join(["Đơn vị tính: tấn", "Đơn vị", "Năm 2023", "Năm 2024"]
                       + [cell for row in ROWS for cell in row])

TEXT = """
SỞ Y TẾ TỈNH THÁI NGUYÊN
Trang chủ » Tin hoạt động » Kiểm soát nhiễm khuẩn

Nâng cao chất lượng giặt là đồ vải y tế tại các bệnh viện

Năm 2024, 4 bệnh viện tuyến tỉnh và trung ương trên địa bàn đã giặt, khử khuẩn tổng cộng 1.126 tấn đồ vải y tế, tăng 8,4% so với năm 2023; trong đó đồ vải nhiễm khuẩn chiếm khoảng 18%. Khối lượng đồ vải giặt là tại từng đơn vị như sau:

""" + TABLE_TEXT + """

Các bệnh viện hiện vận hành 27 máy giặt công nghiệp (công suất 50-120 kg/mẻ) và 19 máy sấy; 100% đồ vải nhiễm khuẩn được khử khuẩn trước khi giặt theo Thông tư số 16/2018/TT-BYT. Chi phí giặt là bình quân 11.500 đồng/kg, riêng Bệnh viện Gang Thép thuê ngoài với giá 13.200 đồng/kg.

Năm 2025, Sở Y tế đặt mục tiêu giảm 10% lượng nước và hóa chất tiêu thụ cho mỗi kg đồ vải; dự kiến đầu tư thêm 4 máy giặt công suất lớn với kinh phí khoảng 2,8 tỷ đồng.

SỞ Y TẾ TỈNH THÁI NGUYÊN
Địa chỉ: Số 689 đường Lương Ngọc Quyến, TP Thái Nguyên
Điện thoại: 0208.3855.447 - Email: syt@thainguyen.gov.vn
Tổng lượt truy cập: 1.284.906
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def tons(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
NEXT = [r[0] for r in ROWS[1:]] + [""]
for (label, a, b), nxt in zip(ROWS, NEXT):
    subj = "khối lượng đồ vải giặt là " + ("tổng cộng" if label == "Tổng cộng" else label)
    # first column: the cell and the one after it; second column: the cell and the next row label
    TABLE.append(F(a + "\n" + b, a, tons(a), "measure", "tấn", subject=subj + " năm 2023", period=Y23))
    TABLE.append(F(b + "\n" + nxt, b, tons(b), "measure", "tấn", subject=subj + " năm 2024", period=Y24))

FIGS = [
    F("Năm 2024, 4 bệnh viện", "4", 4, "count", "bệnh viện",
      subject="bệnh viện tuyến tỉnh và trung ương giặt, khử khuẩn đồ vải y tế", period=Y24),
    F("tổng cộng 1.126 tấn", "1.126", 1126, "measure", "tấn",
      change=C("increase", 8.4, "%", "năm 2023"), subject="đồ vải y tế được giặt, khử khuẩn",
      period=Y24),
    F("chiếm khoảng 18%", "18", 18, "percent", "%", approx="about",
      subject="đồ vải nhiễm khuẩn", period=Y24),
] + TABLE + [
    F("vận hành 27 máy giặt", "27", 27, "count", "máy giặt", subject="máy giặt công nghiệp các bệnh viện vận hành"),
    F("50-120 kg/mẻ", "50", 50, "measure", "kg/mẻ", value_max=120,
      subject="công suất máy giặt công nghiệp", optional=True),
    F("19 máy sấy", "19", 19, "count", "máy sấy", subject="máy sấy các bệnh viện vận hành"),
    F("100% đồ vải", "100", 100, "percent", "%",
      subject="đồ vải nhiễm khuẩn được khử khuẩn trước khi giặt"),
    F("11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", subject="chi phí giặt là bình quân"),
    F("13.200 đồng/kg", "13.200", 13200, "money", "đồng/kg",
      subject="giá giặt là thuê ngoài của Bệnh viện Gang Thép"),
    F("giảm 10%", "10", 10, "percent", "%", status="target",
      subject="giảm lượng nước và hóa chất tiêu thụ cho mỗi kg đồ vải", period=Y25),
    F("thêm 4 máy giặt", "4", 4, "count", "máy giặt", status="forecast",
      subject="máy giặt công suất lớn đầu tư thêm", period=Y25),
    F("khoảng 2,8 tỷ đồng", "2,8", 2_800_000_000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đầu tư máy giặt", period=Y25),
]

NOTES = [
    "Sở Y tế Thái Nguyên department site: hospital linen laundry; no dateline (published absent); footer address, phone, visit counter.",
    "One-cell-per-line table (Đơn vị tính: tấn; columns Năm 2023 / Năm 2024; rows = hospitals + Tổng cộng): every cell a figure,",
    "hospital names stay in the subject (not places), location Thái Nguyên, period from the column header (scored), no totals.",
    "Distractors: Thông tư số 16/2018/TT-BYT, Số 689 đường Lương Ngọc Quyến, 0208.3855.447, Tổng lượt truy cập 1.284.906, 'Bệnh viện A/C' names.",
    "'chiếm khoảng 18%' after 'trong đó' with no base amount: percent figure. Machine capacity '50-120 kg/mẻ' optional.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Thái Nguyên")
