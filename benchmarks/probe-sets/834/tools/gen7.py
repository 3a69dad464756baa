"""p834-7: Văn phòng Đăng ký đất đai tỉnh Vĩnh Long (department site, no dateline), one-cell-per-line table."""
from lib import F, P, I, C, T, emit

H1_23 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1_24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ROWS = [
    ("Chuyển nhượng quyền sử dụng đất", "14.208", "12.367"),
    ("Tặng cho quyền sử dụng đất", "8.315", "7.854"),
    ("Thừa kế quyền sử dụng đất", "3.042", "3.129"),
    ("Đăng ký thế chấp, xóa thế chấp", "12.471", "11.486"),
    ("Cấp đổi, cấp lại giấy chứng nhận", "3.393", "3.776"),
    ("Tổng cộng", "41.429", "38.612"),
]
TABLE = "Loại hình\n6 tháng đầu năm 2023\n6 tháng đầu năm 2024\n" + "\n".join(
    f"{label}\n{a}\n{b}" for label, a, b in ROWS)

TEXT = f"""SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH VĨNH LONG
VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI
Trang chủ | Giới thiệu | Tin hoạt động | Thủ tục hành chính

Kết quả đăng ký biến động đất đai 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, Văn phòng Đăng ký đất đai tỉnh Vĩnh Long và 8 chi nhánh đã tiếp nhận 38.612 hồ sơ đăng ký biến động, giảm 6,8% so với cùng kỳ năm 2023; đã giải quyết 37.905 hồ sơ. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%.

Kết quả theo loại hình như sau:
Đơn vị tính: hồ sơ
{TABLE}

Cũng trong 6 tháng, đơn vị đã chỉnh lý biến động trên bản đồ địa chính cho 21.450 thửa đất; thu phí, lệ phí đạt 4,87 tỷ đồng. Tính đến 30/6/2024, cơ sở dữ liệu đất đai của tỉnh đã cập nhật 1.136.420 thửa đất, đạt 96,5% tổng số thửa.

Giá dịch vụ trích đo địa chính thửa đất dưới 100 m2 tại đô thị là 1.120.000 đồng/thửa. Năm 2024, đơn vị phấn đấu chỉnh lý, cập nhật kịp thời 100% hồ sơ biến động vào cơ sở dữ liệu.

VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH VĨNH LONG
Địa chỉ: Số 69 Phạm Thái Bường, Phường 4, TP Vĩnh Long
Điện thoại: 0270.3822.456 - Email: vpdkdd@vinhlong.gov.vn
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.903
"""

FIGS = [
    F("và 8 chi nhánh", "8", 8, "count", "chi nhánh", subject="chi nhánh Văn phòng Đăng ký đất đai"),
    F("tiếp nhận 38.612 hồ sơ", "38.612", 38612, "count", "hồ sơ",
      change=C("decrease", 6.8, baseline="cùng kỳ năm 2023"),
      subject="hồ sơ đăng ký biến động tiếp nhận", period=H1_24),
    F("giải quyết 37.905 hồ sơ", "37.905", 37905, "count", "hồ sơ",
      subject="hồ sơ đăng ký biến động đã giải quyết", period=H1_24),
    F("đạt 99,2%", "99,2", 99.2, "percent", "%",
      subject="tỷ lệ hồ sơ giải quyết đúng hạn", period=I(H1_24)),
]
for label, a, b in ROWS:
    # revised: subject = row label + column label (FIGURES.md §3, as in shared gold h23/h24);
    # first gold had the row label alone and the paraphrase "Tổng cộng hồ sơ đăng ký biến động".
    FIGS.append(F(f"{label}\n{a}", a, float(a.replace(".", "")), "count", "hồ sơ",
                  subject=f"{label} {H1_23['text']}", period=H1_23))
    FIGS.append(F(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "hồ sơ",
                  subject=f"{label} {H1_24['text']}", period=H1_24))

FIGS += [
    F("cho 21.450 thửa", "21.450", 21450, "count", "thửa đất",
      subject="thửa đất được chỉnh lý biến động trên bản đồ địa chính",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("đạt 4,87 tỷ đồng", "4,87", 4.87e9, "money", "đồng", subject="thu phí, lệ phí",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("cập nhật 1.136.420 thửa", "1.136.420", 1136420, "count", "thửa đất", percent=96.5,
      subject="thửa đất được cập nhật vào cơ sở dữ liệu đất đai", period=P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("dưới 100 m2", "100", 100, "measure", "m2", approx="under",
      subject="diện tích thửa đất (ngưỡng giá dịch vụ)", optional=True),
    F("là 1.120.000 đồng/thửa", "1.120.000", 1120000, "money", "đồng/thửa",
      subject="giá dịch vụ trích đo địa chính thửa đất dưới 100 m2 tại đô thị"),
    F("kịp thời 100%", "100", 100, "percent", "%", status="target",
      subject="hồ sơ biến động được chỉnh lý, cập nhật vào cơ sở dữ liệu",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Department site (Văn phòng Đăng ký đất đai tỉnh Vĩnh Long) with no dateline: H1 2024 registration of changes (đăng ký biến động).",
    "One-cell-per-line table (Đơn vị tính: hồ sơ; columns 6 tháng đầu năm 2023 / 6 tháng đầu năm 2024): every cell a figure, subject",
    "the row label, period from the column header. Totals 41.429 → 38.612 agree with 'giảm 6,8% so với cùng kỳ năm 2023'.",
    "'Tỷ lệ ... đạt 99,2%' is a rate of its own (a new sentence naming its indicator), not the percent of 37.905.",
    "'dưới 100 m2' is a category threshold (optional). Footer address 'Số 69 ... Phường 4', phone, 'Đang truy cập: 37',",
    "'Tổng lượt truy cập: 1.284.903' are not figures.",
    "revised: table subjects are row label + column label ('Tổng cộng 6 tháng đầu năm 2023'), no paraphrase.",
]

if __name__ == "__main__":
    emit("p834-7", TEXT, FIGS, COMMENTS, published=None, location="Vĩnh Long")
