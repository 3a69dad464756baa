"""p1149-7: department site (Sở NN&PTNT Sơn La), no dateline, one-cell-per-line table of output by species."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Mộc Châu, Vân Hồ phát triển nuôi cá nước lạnh theo chuỗi

Sơn La hiện có 23 cơ sở nuôi cá nước lạnh tại các huyện Mộc Châu, Vân Hồ, Bắc Yên và Thuận Châu, tổng thể tích bể 11.800 m3. Năm 2023, sản lượng cá nước lạnh đạt 460 tấn, tăng 11,4% so với năm 2022; giá trị sản xuất khoảng 85 tỷ đồng. Nước tại các điểm nuôi quanh năm từ 15 đến 20°C; giá cá tầm thương phẩm hiện khoảng 170.000 đồng/kg.

Sản lượng cá nước lạnh theo loài:
Đơn vị tính: tấn
Loài cá
Năm 2022
Năm 2023
Kế hoạch 2024
Cá hồi vân
150
165
180
Cá tầm
248
278
305
Loài khác
15
17
25
Tổng số
413
460
510

Tại xã Tân Lập, huyện Mộc Châu, Công ty TNHH Thủy sản Tây Bắc đầu tư hệ thống 40 bể nuôi tuần hoàn, công suất 120 tấn/năm, mật độ nuôi từ 25 đến 30 kg/m3. Công ty sử dụng 25 lao động, thu nhập bình quân 7 triệu đồng/người/tháng, bao tiêu cá cho 6 hộ nuôi vệ tinh.

Tin liên quan:
- Hội nghị xúc tiến tiêu thụ nông sản Sơn La năm 2024
- Tập huấn kỹ thuật nuôi cá tầm lần thứ 2

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Địa chỉ: Tầng 4, Tòa nhà 7 tầng, Trung tâm hành chính tỉnh, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.451
Tổng lượt truy cập: 2.406.118 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COL = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": Y23,
       "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
MC = "Mộc Châu"
CO = "Công ty TNHH Thủy sản Tây Bắc"


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}",
             period=COL[col], **kw)


FIGS = [
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở nuôi cá nước lạnh"),
    F("bể 11.800 m3", "11.800", 11800, "measure", "m3", subject="tổng thể tích bể"),
    F("đạt 460 tấn", "460", 460, "measure", "tấn", change=C("increase", 11.4, "%", "năm 2022"),
      subject="sản lượng cá nước lạnh", period=Y23),
    F("khoảng 85 tỷ", "85", 85000000000, "money", "đồng", approx="about", subject="giá trị sản xuất",
      period=Y23),
    F("từ 15 đến 20°C", "15", 15, "measure", "°C", value_max=20, subject="nhiệt độ nước tại các điểm nuôi"),
    F("khoảng 170.000", "170.000", 170000, "money", "đồng/kg", approx="about", subject="giá cá tầm thương phẩm"),
    cell("Cá hồi vân\n150", "150", 150, "cá hồi vân", "Năm 2022"),
    cell("150\n165", "165", 165, "cá hồi vân", "Năm 2023"),
    cell("165\n180", "180", 180, "cá hồi vân", "Kế hoạch 2024"),
    cell("Cá tầm\n248", "248", 248, "cá tầm", "Năm 2022"),
    cell("248\n278", "278", 278, "cá tầm", "Năm 2023"),
    cell("278\n305", "305", 305, "cá tầm", "Kế hoạch 2024"),
    cell("Loài khác\n15", "15", 15, "loài khác", "Năm 2022"),
    cell("15\n17", "17", 17, "loài khác", "Năm 2023"),
    cell("17\n25", "25", 25, "loài khác", "Kế hoạch 2024"),
    cell("Tổng số\n413", "413", 413, "tổng số", "Năm 2022"),
    cell("413\n460", "460", 460, "tổng số", "Năm 2023"),
    cell("460\n510", "510", 510, "tổng số", "Kế hoạch 2024"),
    F("hệ thống 40 bể", "40", 40, "count", "bể nuôi tuần hoàn", subject=f"bể nuôi tuần hoàn của {CO}",
      location=MC),
    F("công suất 120 tấn/năm", "120", 120, "measure", "tấn/năm", subject="công suất hệ thống bể nuôi",
      location=MC),
    F("từ 25 đến 30 kg/m3", "25", 25, "measure", "kg/m3", value_max=30, subject="mật độ nuôi", location=MC),
    F("sử dụng 25 lao động", "25", 25, "count", "lao động", subject="lao động công ty sử dụng", location=MC),
    F("7 triệu", "7", 7000000, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động công ty",
      location=MC),
    F("cho 6 hộ", "6", 6, "count", "hộ nuôi vệ tinh", subject="hộ nuôi vệ tinh được công ty bao tiêu cá",
      location=MC),
]

NOTES = [
    "Department site (Sở NN&PTNT Sơn La), no dateline: menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Tầng 4', 'Tòa nhà 7 tầng' (address), phone, counters 2.406.118 and 41, 'năm 2024' and 'lần thứ 2' in related links.",
    "One-cell-per-line table (Đơn vị tính: tấn): subject = 'sản lượng' + row label + column label; period from the column header;",
    "'Kế hoạch 2024' column gives status target. Cells get no total. Company passage in xã Tân Lập: location Mộc Châu.",
    "No published date in the text.",
]

if __name__ == "__main__":
    write("p1149-7", TEXT, NOTES, FIGS, location="Sơn La")
