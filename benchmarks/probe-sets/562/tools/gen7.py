"""p562-7: Kiên Giang fisheries sub-department site (no dateline) — VMS monitoring, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
Chi cục Thủy sản

Kết quả giám sát tàu cá qua hệ thống giám sát hành trình

Thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), đến ngày 30/6/2024 đã có 99,8% tàu cá từ 15 m trở lên của tỉnh Kiên Giang lắp đặt thiết bị giám sát hành trình. Một số chỉ tiêu chủ yếu như sau:

Bảng 2. Tàu cá và thiết bị giám sát hành trình
Đơn vị tính: chiếc
Chỉ tiêu
31/12/2023
30/6/2024
Tàu cá đăng ký
9.512
9.276
Tàu từ 15 m trở lên
4.496
4.418
Tàu đã lắp thiết bị
4.305
4.411
Tàu mất kết nối trên 10 ngày
126
38

Riêng thành phố Phú Quốc có 1.102 tàu thuộc diện phải lắp thiết bị, đã lắp 100%. Năm 2024, Chi cục phấn đấu giảm số tàu mất kết nối kéo dài xuống dưới 20 chiếc.

Trong 6 tháng đầu năm 2024, Chi cục đã kiểm tra 1.236 lượt tàu cá xuất, nhập bến; lập biên bản 58 trường hợp vi phạm, xử phạt 1,26 tỷ đồng, tăng 2,4 lần so với cùng kỳ. Tỷ lệ sản lượng bốc dỡ qua cảng được giám sát đạt 87%, chỉ tiêu đặt ra là 90%. Mỗi tàu từ 24 m trở lên được hỗ trợ 8 triệu đồng/năm cước thuê bao thiết bị.

Phòng Khai thác và Quản lý tàu cá: số 8 Nguyễn Trung Trực, phường Vĩnh Bảo, TP Rạch Giá. Điện thoại: 0297.3862.715.
Tổng lượt truy cập: 1.482.316
"""

D23 = P("31/12/2023", end="2023-12-31")
D24 = P("30/6/2024", end="2024-06-30")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("có 99,8%", "99,8", 99.8, "percent", "%",
      "tàu cá từ 15 m trở lên lắp đặt thiết bị giám sát hành trình", P("đến ngày 30/6/2024", end="2024-06-30")),
    F("tàu cá từ 15 m trở lên của", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("đăng ký\n9.512", "9.512", 9512, "count", "chiếc", "Tàu cá đăng ký 31/12/2023", D23),
    F("9.512\n9.276", "9.276", 9276, "count", "chiếc", "Tàu cá đăng ký 30/6/2024", D24),
    F("Tàu từ 15 m trở lên\n", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("trở lên\n4.496", "4.496", 4496, "count", "chiếc", "Tàu từ 15 m trở lên 31/12/2023", D23),
    F("4.496\n4.418", "4.418", 4418, "count", "chiếc", "Tàu từ 15 m trở lên 30/6/2024", D24),
    F("thiết bị\n4.305", "4.305", 4305, "count", "chiếc", "Tàu đã lắp thiết bị 31/12/2023", D23),
    F("4.305\n4.411", "4.411", 4411, "count", "chiếc", "Tàu đã lắp thiết bị 30/6/2024", D24),
    F("trên 10 ngày", "10", 10, "measure", "ngày", approx="over", optional=True),
    F("ngày\n126", "126", 126, "count", "chiếc", "Tàu mất kết nối trên 10 ngày 31/12/2023", D23),
    F("126\n38", "38", 38, "count", "chiếc", "Tàu mất kết nối trên 10 ngày 30/6/2024", D24),
    F("có 1.102 tàu", "1.102", 1102, "count", "tàu", "tàu thuộc diện phải lắp thiết bị giám sát hành trình",
      I(D24), location="Phú Quốc"),
    F("đã lắp 100%", "100", 100, "percent", "%", "tàu thuộc diện đã lắp thiết bị giám sát hành trình",
      I(D24), location="Phú Quốc"),
    F("dưới 20 chiếc", "20", 20, "count", "chiếc", "tàu mất kết nối kéo dài", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="under", status="target"),
    F("kiểm tra 1.236 lượt", "1.236", 1236, "count", "lượt tàu cá", "lượt tàu cá xuất, nhập bến được kiểm tra", H1),
    F("biên bản 58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản", H1),
    F("xử phạt 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "số tiền xử phạt vi phạm", H1,
      change=CH("increase", 2.4, "lần", "cùng kỳ")),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ sản lượng bốc dỡ qua cảng được giám sát", I(H1),
      target=TG(90, "%", False)),
    F("từ 24 m trở lên", "24", 24, "measure", "m", approx="at_least", optional=True),
    F("hỗ trợ 8 triệu đồng/năm", "8", 8e6, "money", "đồng/năm",
      "hỗ trợ cước thuê bao thiết bị giám sát hành trình cho mỗi tàu từ 24 m trở lên"),
]

COMMENTS = [
    "Chi cục Thủy sản Kiên Giang (invented department page, no dateline; visit counter in the footer): VMS on fishing vessels.",
    "One-cell-per-line table with 'Đơn vị tính: chiếc' and as-of dates as column headers (31/12/2023, 30/6/2024 → start null, scored).",
    "Subject = row label + column; lengths inside row labels ('từ 15 m trở lên', 'trên 10 ngày') are optional thresholds, as are those",
    "in the text. 'Bảng 2', Chỉ thị số 32-CT/TW, the address 'số 8 Nguyễn Trung Trực', the phone and the counter are not figures.",
    "'tăng 2,4 lần so với cùng kỳ' is the change of 1,26 tỷ (unit lần). 'đạt 87%, chỉ tiêu đặt ra là 90%' → target 90, not met.",
    "'đã lắp 100%' is the installation rate among Phú Quốc's 1.102 tàu, a percent figure of its own (not a share that 1.102 makes up).",
    "revised after the first run: 100% was first annotated as the percent attribute of 1.102 tàu; re-reading FIGURES.md (percent =",
    "a share stated FOR the figure, as in '194.360 hồ sơ, đạt 55,32%'), it is a separate percent figure.",
    "The support rate is money per year (đồng/năm) with no period phrase. No published date.",
]

if __name__ == "__main__":
    emit("p562-7", TEXT, COMMENTS, FIGS, published=None, location="Kiên Giang")
