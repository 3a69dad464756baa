"""p1185-7: department site (Chi cục Chăn nuôi và Thú y Bình Định), no dateline, one-cell-per-line table by species."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin hoạt động | Dịch bệnh | Văn bản

Kết quả tiêm phòng vắc xin cúm gia cầm đợt 1 năm 2024

Thực hiện Kế hoạch số 35/KH-UBND của UBND tỉnh, đợt 1 năm 2024 các địa phương trong tỉnh đã tiêm phòng vắc xin cúm cho 2.918.500 con gia cầm, đạt 88,4% kế hoạch. Kết quả theo loài cụ thể như sau:

Đơn vị tính: con
Loài gia cầm
Tổng đàn
Số con được tiêm
Tỷ lệ tiêm (%)
Gà
2.615.000
1.870.200
71,5
Vịt
1.084.000
895.300
82,6
Ngan, ngỗng
186.000
153.000
82,3
Tổng cộng
3.885.000
2.918.500
75,1

Bên cạnh đó, Chi cục đã cấp 3.500 lít hóa chất Benkocid cho 11 huyện, thị xã, thành phố để phun khử trùng tại các chợ buôn bán gia cầm sống và khu chăn nuôi. Đến ngày 31/5/2024, trên địa bàn tỉnh không phát sinh ổ dịch cúm gia cầm; 100% chợ đầu mối gia cầm được tiêu độc định kỳ mỗi tuần một lần.

Đợt 2 sẽ triển khai từ tháng 9 đến tháng 10/2024, dự kiến tiêm cho khoảng 3,1 triệu con gia cầm, trong đó đàn vịt chạy đồng phải được tiêm 100%.

Bài viết liên quan:
- Hội nghị triển khai Tháng vệ sinh, tiêu độc, khử trùng đợt 1 năm 2024
- Tập huấn kỹ thuật tiêm phòng cho thú y viên cấp xã

CHI CỤC CHĂN NUÔI VÀ THÚ Y BÌNH ĐỊNH
Địa chỉ: 76 Nguyễn Thái Học, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.415 | Email: ccty@binhdinh.gov.vn
Lượt truy cập: 865.217 | Đang online: 14
"""

R1 = P("đợt 1 năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Đến ngày 31/5/2024", None, "2024-05-31")
R2 = P("từ tháng 9 đến tháng 10/2024", "2024-09-01", "2024-10-31")


def cell(anchor, number, row, col):
    subject = f"{col} {row.lower()}"
    if col.startswith("tỷ lệ"):
        return F(anchor, number, float(number.replace(",", ".")), "percent", "%", subject=subject, period=I(R1))
    value = float(number.replace(".", ""))
    return F(anchor, number, value, "count", "con", subject=subject, period=I(R1))


FIGS = [
    F("cho 2.918.500 con", "2.918.500", 2918500, "count", "con", percent=88.4,
      subject="gia cầm được tiêm phòng vắc xin cúm", period=R1),
    cell("Gà\n2.615.000", "2.615.000", "gà", "tổng đàn"),
    cell("2.615.000\n1.870.200", "1.870.200", "gà", "số con được tiêm"),
    cell("1.870.200\n71,5", "71,5", "gà", "tỷ lệ tiêm"),
    cell("Vịt\n1.084.000", "1.084.000", "vịt", "tổng đàn"),
    cell("1.084.000\n895.300", "895.300", "vịt", "số con được tiêm"),
    cell("895.300\n82,6", "82,6", "vịt", "tỷ lệ tiêm"),
    cell("ngỗng\n186.000", "186.000", "ngan, ngỗng", "tổng đàn"),
    cell("186.000\n153.000", "153.000", "ngan, ngỗng", "số con được tiêm"),
    cell("153.000\n82,3", "82,3", "ngan, ngỗng", "tỷ lệ tiêm"),
    cell("Tổng cộng\n3.885.000", "3.885.000", "tổng cộng", "tổng đàn"),
    cell("3.885.000\n2.918.500", "2.918.500", "tổng cộng", "số con được tiêm"),
    cell("2.918.500\n75,1", "75,1", "tổng cộng", "tỷ lệ tiêm"),
    F("cấp 3.500 lít", "3.500", 3500, "measure", "lít", subject="hóa chất Benkocid cấp cho các địa phương"),
    F("cho 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố được cấp hóa chất"),
    F("100% chợ", "100", 100, "percent", "%", subject="chợ đầu mối gia cầm được tiêu độc định kỳ", period=ASOF),
    F("tuần một lần", "một", 1, "measure", "lần/tuần", optional=True, subject="tần suất tiêu độc chợ đầu mối"),
    F("khoảng 3,1 triệu", "3,1", 3100000, "count", "con", approx="about", status="forecast",
      subject="gia cầm được tiêm phòng đợt 2", period=R2),
    F("tiêm 100%.", "100", 100, "percent", "%", status="forecast",
      subject="tỷ lệ đàn vịt chạy đồng được tiêm", period=R2),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Bình Định): no dateline; menu, related links, footer address, phone, counters. Location Bình Định.",
    "One-cell-per-line table, 'Đơn vị tính: con', rows are species (subject = column + row label), '(%)' column gives percents.",
    "Table period: 'đợt 1 năm 2024' from the title and the lead sentence (inherited); the lead's 2.918.500 has the phrase in its sentence.",
    "Distractors: 'Kế hoạch số 35/KH-UBND', 'đợt 1'/'Đợt 2', '76 Nguyễn Thái Học', phone 0256.3822.415, 'Lượt truy cập: 865.217', 'Đang online: 14'.",
    "'Đến ngày 31/5/2024' is an as-of date for the 100% of markets (after ';'). 'mỗi tuần một lần' is a frequency (optional).",
    "'phải được tiêm 100%' after 'trong đó' is a percent figure of its own (no total: a percent).",
    "revised: its status is forecast, not target: the clause continues 'dự kiến' and 'phải' is no target cue of FIGURES.md.",
]

if __name__ == "__main__":
    write("p1185-7", TEXT, NOTES, FIGS, location="Bình Định")
