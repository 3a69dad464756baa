"""p546-7: Công an tỉnh Bình Định department page (no dateline) — residence registration Q3/2024, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """CÔNG AN TỈNH BÌNH ĐỊNH
Phòng Cảnh sát quản lý hành chính về trật tự xã hội
Trang chủ | Thủ tục hành chính | Hỏi đáp | Liên hệ

Kết quả đăng ký cư trú quý III/2024

Trong quý III/2024, Công an các cấp tỉnh Bình Định tiếp nhận 27.648 hồ sơ đăng ký cư trú, tăng 9,8% so với quý II/2024; tỷ lệ hồ sơ nộp trực tuyến đạt 94,1%. Kết quả một số thủ tục chủ yếu như sau:

Đơn vị tính: hồ sơ
Thủ tục
Quý II/2024
Quý III/2024
Kế hoạch quý IV/2024
Đăng ký thường trú
5.214
5.730
5.500
Đăng ký tạm trú
12.386
13.905
13.000
Xóa đăng ký thường trú
1.472
1.618
1.500
Tách hộ
903
1.027
950

Tính đến ngày 30/9/2024, toàn tỉnh có 1.512.376 nhân khẩu thường trú thuộc 468.290 hộ gia đình. Trong quý, ứng dụng ASM tiếp nhận 386.512 lượt khai báo lưu trú, tăng 14% so với cùng kỳ, từ 1.874 cơ sở kinh doanh lưu trú.

Trong quý III/2024 có 11 hồ sơ giải quyết quá hạn, chiếm 0,04%, chủ yếu do công dân chưa bổ sung giấy tờ chứng minh chỗ ở hợp pháp. Lệ phí đăng ký thường trú qua Cổng dịch vụ công là 10.000 đồng/lần, thấp hơn 5.000 đồng so với nộp trực tiếp.

Công dân có thể tra cứu hướng dẫn tại mục "Thủ tục hành chính" hoặc liên hệ số điện thoại 069.3522.010 trong giờ hành chính (từ 7h30 đến 17h00).

Địa chỉ: 02 Nguyễn Huệ, TP Quy Nhơn, tỉnh Bình Định
Lượt truy cập: 845.211
"""

Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("Kế hoạch quý IV/2024", "2024-10-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")

ROWS = [("Đăng ký thường trú", "5.214", "5.730", "5.500"),
        ("Đăng ký tạm trú", "12.386", "13.905", "13.000"),
        ("Xóa đăng ký thường trú", "1.472", "1.618", "1.500"),
        ("Tách hộ", "903", "1.027", "950")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, a, b, c in ROWS:
    TABLE += [
        F(f"{label}\n{a}\n", a, num(a), "count", "hồ sơ", f"hồ sơ {label[0].lower() + label[1:]} quý II/2024", Q2),
        F(f"{a}\n{b}\n", b, num(b), "count", "hồ sơ", f"hồ sơ {label[0].lower() + label[1:]} quý III/2024", Q3),
        F(f"{b}\n{c}\n", c, num(c), "count", "hồ sơ",
          f"hồ sơ {label[0].lower() + label[1:]} kế hoạch quý IV/2024", Q4, status="target"),
    ]

FIGS = [
    F("tiếp nhận 27.648 hồ sơ", "27.648", 27648, "count", "hồ sơ", "hồ sơ đăng ký cư trú tiếp nhận", Q3,
      change=CH("increase", 9.8, baseline="quý II/2024")),
    F("đạt 94,1%", "94,1", 94.1, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", Q3),
] + TABLE + [
    F("có 1.512.376 nhân khẩu", "1.512.376", 1512376, "count", "nhân khẩu", "nhân khẩu thường trú", ASOF),
    F("thuộc 468.290 hộ", "468.290", 468290, "count", "hộ gia đình", "hộ gia đình có nhân khẩu thường trú", ASOF),
    F("tiếp nhận 386.512 lượt", "386.512", 386512, "count", "lượt khai báo lưu trú",
      "lượt khai báo lưu trú ứng dụng ASM tiếp nhận", P("Trong quý", "2024-07-01", "2024-09-30"),
      change=CH("increase", 14, baseline="cùng kỳ")),
    F("từ 1.874 cơ sở", "1.874", 1874, "count", "cơ sở kinh doanh lưu trú",
      "cơ sở kinh doanh lưu trú khai báo qua ứng dụng ASM", P("Trong quý", "2024-07-01", "2024-09-30")),
    F("có 11 hồ sơ", "11", 11, "count", "hồ sơ", "hồ sơ giải quyết quá hạn", Q3, percent=0.04),
    F("là 10.000 đồng/lần", "10.000", 10000, "money", "đồng/lần",
      "lệ phí đăng ký thường trú qua Cổng dịch vụ công",
      change=CH("decrease", 5000, unit="đồng", baseline="nộp trực tiếp")),
]

COMMENTS = [
    "Công an tỉnh Bình Định, Phòng PC06 page (department site, no dateline): đăng ký cư trú quý III/2024, one-cell-per-line table",
    "with 'Đơn vị tính: hồ sơ' (columns Quý II/2024 | Quý III/2024 | Kế hoạch quý IV/2024). Cells: subject = row + column, period from",
    "the column header (scored, as shared h23), the plan column is status target. No published date.",
    "Not figures: '02 Nguyễn Huệ' (address), '069.3522.010', '7h30 đến 17h00' (office hours), 'Lượt truy cập: 845.211'.",
    "'11 hồ sơ … chiếm 0,04%' no total (27.648 is in another paragraph, no cue); the fee gap 'thấp hơn 5.000 đồng so với nộp trực tiếp' is its change.",
    "'Trong quý' = quý III/2024 (like 'trong tháng' in a monthly report). 'tăng 14% so với cùng kỳ' belongs to 386.512 lượt.",
]

if __name__ == "__main__":
    emit("p546-7", TEXT, COMMENTS, FIGS, location="Bình Định")
