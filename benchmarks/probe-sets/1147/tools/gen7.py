"""p1147-7: department site (Sở Công Thương Khánh Hòa), no dateline, one-cell-per-line table of charging/swap points."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Phát triển mạng lưới sạc, đổi pin phục vụ du lịch xanh

Khánh Hòa hiện có 19.420 xe máy điện đăng ký, trong đó khoảng 3.100 xe phục vụ cho thuê du lịch tại TP Nha Trang. Năm 2024, doanh số bán xe máy điện trên địa bàn đạt 4.870 xe, tăng 16,8% so với năm 2023, bằng 11,6% tổng số xe máy bán ra.

Số điểm sạc, đổi pin xe máy điện trên địa bàn tỉnh:
Đơn vị tính: điểm
Loại hình
Năm 2023
Năm 2024
Kế hoạch 2025
Tại cửa hàng xăng dầu
24
41
60
Tại chung cư, khách sạn
35
58
80
Trạm đổi pin
12
27
45
Tổng số
71
126
185

Giá thuê xe máy điện du lịch tại Nha Trang phổ biến từ 120.000 đến 180.000 đồng/ngày; giá sạc tại điểm công cộng khoảng 3.500 đồng/kWh. Năm 2024, Sở phối hợp kiểm tra 96 điểm sạc, trong đó yêu cầu khắc phục 14 điểm chưa có thiết bị chống sét, ngắt điện tự động. Năm 2025, tỉnh phấn đấu thu hút thêm 3 doanh nghiệp đầu tư trạm đổi pin; 100% điểm sạc mới phải được thẩm duyệt PCCC trước khi đưa vào hoạt động.

Bài viết liên quan:
- Hội nghị xúc tiến đầu tư năng lượng xanh lần thứ 5
- Cảnh báo cháy nổ khi sạc xe điện mùa nắng nóng

SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA
Địa chỉ: Số 4 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.679
Tổng lượt truy cập: 2.093.517 | Đang trực tuyến: 38
"""

Y24T = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), {}),
        "Năm 2024": (P("Năm 2024", "2024-01-01", "2024-12-31"), {}),
        "Kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), {"status": "target"})}


def cell(anchor, number, value, row, col):
    per, kw = COLS[col]
    return F(anchor, number, value, "count", "điểm",
             subject=f"điểm sạc, đổi pin xe máy điện {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 19.420 xe", "19.420", 19420, "count", "xe máy điện", subject="xe máy điện đăng ký"),
    F("khoảng 3.100 xe", "3.100", 3100, "count", "xe", approx="about", total=19420,
      subject="xe máy điện phục vụ cho thuê du lịch", location="Nha Trang"),
    F("đạt 4.870 xe", "4.870", 4870, "count", "xe", percent=11.6,
      change=C("increase", 16.8, "%", "năm 2023"),
      subject="doanh số bán xe máy điện", period=Y24T),
    cell("xăng dầu\n24", "24", 24, "tại cửa hàng xăng dầu", "Năm 2023"),
    cell("24\n41", "41", 41, "tại cửa hàng xăng dầu", "Năm 2024"),
    cell("41\n60", "60", 60, "tại cửa hàng xăng dầu", "Kế hoạch 2025"),
    cell("khách sạn\n35", "35", 35, "tại chung cư, khách sạn", "Năm 2023"),
    cell("35\n58", "58", 58, "tại chung cư, khách sạn", "Năm 2024"),
    cell("58\n80", "80", 80, "tại chung cư, khách sạn", "Kế hoạch 2025"),
    cell("pin\n12", "12", 12, "trạm đổi pin", "Năm 2023"),
    cell("12\n27", "27", 27, "trạm đổi pin", "Năm 2024"),
    cell("27\n45", "45", 45, "trạm đổi pin", "Kế hoạch 2025"),
    cell("Tổng số\n71", "71", 71, "tổng số", "Năm 2023"),
    cell("71\n126", "126", 126, "tổng số", "Năm 2024"),
    cell("126\n185", "185", 185, "tổng số", "Kế hoạch 2025"),
    F("từ 120.000 đến 180.000", "120.000", 120000, "money", "đồng/ngày", value_max=180000,
      subject="giá thuê xe máy điện du lịch", location="Nha Trang"),
    F("khoảng 3.500 đồng", "3.500", 3500, "money", "đồng/kWh", approx="about",
      subject="giá sạc tại điểm công cộng"),
    F("kiểm tra 96 điểm", "96", 96, "count", "điểm sạc", subject="điểm sạc được kiểm tra",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khắc phục 14 điểm", "14", 14, "count", "điểm", total=96,
      subject="điểm sạc chưa có thiết bị chống sét, ngắt điện tự động phải khắc phục",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", status="target",
      subject="doanh nghiệp đầu tư trạm đổi pin thu hút thêm", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("; 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm sạc mới được thẩm duyệt PCCC trước khi đưa vào hoạt động",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương Khánh Hòa), NO dateline: menu, related links, address footer, phone, 'Tổng lượt truy cập', 'Đang trực tuyến'.",
    "One-cell-per-line table, 'Đơn vị tính: điểm', rows are items (no places), columns Năm 2023 / Năm 2024 / Kế hoạch 2025 (target),",
    "'Tổng số' row; subject = caption indicator + row label + column label; period from the column header (scored). Table cells get no total.",
    "Distractors: 'lần thứ 5', 'Số 4 Phan Chu Trinh', phone 0258.3822.679, counters 2.093.517 and 38, menu items.",
    "3.100 rental bikes in TP Nha Trang after 'trong đó' → total 19.420, location Nha Trang; Nha Trang rental price → Nha Trang.",
    "4.870 xe: 'tăng 16,8% so với năm 2023' is the change, 'bằng 11,6% tổng số xe máy bán ra' the share. 14 after 'trong đó' → total 96.",
    "'Năm 2025, tỉnh phấn đấu ...; 100% điểm sạc mới phải ...' → both target (the cue continues after ';'), period năm 2025 (same sentence).",
    "The 2024 sentences state 'Năm 2024' themselves (scored); 'hiện có' and the prices get no period.",
]

if __name__ == "__main__":
    write("p1147-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")
