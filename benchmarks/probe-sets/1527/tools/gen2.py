"""p1527-2: district portal (thị xã Hoài Nhơn, Bình Định): a coconut-shell cooperative."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HOÀI NHƠN - TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

HTX gáo dừa Tam Quan Bắc: biến phế phẩm thành hàng xuất khẩu

20/03/2024 - 14:10

Thành lập năm 2019 với 7 thành viên, Hợp tác xã Thủ công mỹ nghệ Gáo dừa Tam Quan Bắc hiện có 23 thành viên, tạo việc làm thường xuyên cho 65 lao động, phần lớn là phụ nữ ở phường Tam Quan Bắc và xã Hoài Châu Bắc.

Năm 2023, HTX thu mua khoảng 1,2 triệu gáo dừa của người dân trong vùng, sản xuất 310.000 sản phẩm các loại, gồm 185.000 muỗng, 90.000 bát và 35.000 sản phẩm khác như đĩa, cốc, hộp đựng trang sức. Doanh thu đạt 3,8 tỷ đồng, tăng 27% so với năm 2022; lợi nhuận hơn 520 triệu đồng. Thu nhập bình quân của lao động 6,5 triệu đồng/người/tháng.

Theo bà Nguyễn Thị Hai, Giám đốc HTX, mỗi chiếc bát gáo dừa phải qua 9 công đoạn, từ chọn gáo, cạo vỏ, cắt, chà nhám đến phủ dầu dừa; thợ lành nghề làm được khoảng 25 bát mỗi ngày. Sản phẩm được bán cho 3 doanh nghiệp xuất khẩu với giá 18.000 đồng/bát và 4.500 đồng/muỗng, rồi xuất đi Hàn Quốc, Nhật Bản qua cảng Quy Nhơn.

Năm 2024, HTX phấn đấu doanh thu 5 tỷ đồng, mở rộng nhà xưởng thêm 400 m2 và dự kiến tuyển thêm từ 15 đến 20 lao động. Thị xã đã hỗ trợ HTX 150 triệu đồng mua 2 máy chà nhám theo Đề án 04 về phát triển kinh tế tập thể.

Tin khác:
- Hoài Nhơn: Ra quân Tháng Thanh niên năm 2024
- Phường Tam Quan Bắc tổ chức Lễ hội dừa lần thứ 2

UBND THỊ XÃ HOÀI NHƠN
Địa chỉ: 52 Trần Hưng Đạo, phường Bồng Sơn, thị xã Hoài Nhơn, tỉnh Bình Định
Điện thoại: 0256.3861.236
"""

Y19 = year("năm 2019", 2019)
Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)

FIGS = [
    F("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập", period=Y19),
    F("có 23 thành viên", "23", 23, "count", "thành viên",
      subject="thành viên Hợp tác xã Thủ công mỹ nghệ Gáo dừa Tam Quan Bắc"),
    F("cho 65 lao động", "65", 65, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "gáo dừa", approx="about",
      subject="gáo dừa HTX thu mua của người dân", period=Y23),
    F("xuất 310.000 sản phẩm", "310.000", 310000, "count", "sản phẩm",
      subject="sản phẩm các loại HTX sản xuất", period=Y23),
    F("gồm 185.000 muỗng", "185.000", 185000, "count", "muỗng", total=310000, subject="muỗng", period=Y23),
    F("90.000 bát", "90.000", 90000, "count", "bát", total=310000, subject="bát", period=Y23),
    F("35.000 sản phẩm", "35.000", 35000, "count", "sản phẩm", total=310000,
      subject="sản phẩm khác như đĩa, cốc, hộp đựng trang sức", period=Y23),
    F("đạt 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", change=chg("increase", 27, "%", "năm 2022"),
      subject="doanh thu", period=inh(Y23)),
    F("hơn 520 triệu", "520", 520e6, "money", "đồng", approx="over", subject="lợi nhuận", period=inh(Y23)),
    F("động 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động",
      period=inh(Y23)),
    F("qua 9 công đoạn", "9", 9, "count", "công đoạn", subject="công đoạn mỗi chiếc bát gáo dừa phải qua"),
    F("khoảng 25 bát", "25", 25, "count", "bát", approx="about",
      subject="bát thợ lành nghề làm được mỗi ngày"),
    F("cho 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp xuất khẩu mua sản phẩm"),
    F("giá 18.000 đồng/bát", "18.000", 18000, "money", "đồng/bát", subject="giá bán sản phẩm"),
    F("4.500 đồng/muỗng", "4.500", 4500, "money", "đồng/muỗng", subject="giá bán sản phẩm"),
    F("thu 5 tỷ", "5", 5e9, "money", "đồng", status="target", subject="doanh thu HTX", period=Y24),
    F("thêm 400 m2", "400", 400, "measure", "m2", status="target", subject="diện tích nhà xưởng mở rộng thêm",
      period=Y24),
    F("từ 15 đến 20 lao động", "15", 15, "count", "lao động", value_max=20, status="forecast",
      subject="lao động tuyển thêm", period=Y24),
    F("HTX 150 triệu", "150", 150e6, "money", "đồng", subject="kinh phí thị xã hỗ trợ HTX"),
    F("mua 2 máy", "2", 2, "count", "máy chà nhám", subject="máy chà nhám"),
]

NOTES = [
    "District portal (thị xã Hoài Nhơn, Bình Định): banner, menu, '20/03/2024 - 14:10' under the headline (published), 'Tin khác', address and phone footer.",
    "All figures are the cooperative's or the town's → location Hoài Nhơn (communes Tam Quan Bắc, Hoài Châu Bắc, Bồng Sơn do not change it; 'cảng Quy Nhơn' is only a route).",
    "'Thành lập năm 2019 với 7 thành viên' → period 2019; 'hiện có 23 thành viên' and the 65 workers in the same sentence have no period ('hiện').",
    "'gồm 185.000 muỗng, 90.000 bát và 35.000 sản phẩm khác' add up to 310.000 → total 310000.",
    "Revenue, profit and income in the sentences after 'Năm 2023' inherit the year (not scored).",
    "'Năm 2024, HTX phấn đấu ... 5 tỷ, ... thêm 400 m2' → target; '... và dự kiến tuyển thêm từ 15 đến 20 lao động' → forecast.",
    "Distractors: 'bà Nguyễn Thị Hai' (name), 'Đề án 04', 'lần thứ 2', 'Tháng Thanh niên năm 2024', '52 Trần Hưng Đạo', phone, time 14:10.",
]

if __name__ == "__main__":
    write("p1527-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Hoài Nhơn")
