from lib import F, P, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC BẢO VỆ THỰC VẬT
Tin hoạt động

Tăng cường quản lý mã số vùng trồng, cơ sở đóng gói phục vụ xuất khẩu
Thứ Hai, 14/10/2024 09:15

Theo báo cáo của Cục Bảo vệ thực vật, tính đến hết quý III/2024, cả nước đã có 7.820 mã số vùng trồng và 1.782 mã số cơ sở đóng gói được cấp phục vụ xuất khẩu sang Trung Quốc, Mỹ, Úc, Nhật Bản, Hàn Quốc, New Zealand, EU…, tăng lần lượt 14,3% và 11,6% so với cuối năm 2023. Riêng thị trường Trung Quốc có 3.268 mã số vùng trồng và 1.112 mã số cơ sở đóng gói được GACC phê duyệt cho 9 loại quả. Các địa phương có nhiều mã số vùng trồng nhất là Tiền Giang (612 mã), Đắk Lắk (498 mã), Bình Thuận (455 mã) và Sơn La (367 mã).

Qua giám sát, từ đầu năm đến nay, Cục đã thu hồi 1.126 mã số vùng trồng, tăng gấp 2,4 lần so với cả năm 2023, và 187 mã số cơ sở đóng gói do không đáp ứng quy định. Trong 9 tháng năm 2024, Cục nhận được 312 thông báo không tuân thủ từ các nước nhập khẩu, giảm 16,8% so với cùng kỳ; trong đó có 236 thông báo liên quan đến sinh vật gây hại và 58 thông báo về dư lượng thuốc bảo vệ thực vật. Số lô hàng trái cây bị trả về là 41 lô, chiếm 0,03% tổng số lô xuất khẩu.

Kim ngạch xuất khẩu rau quả 9 tháng năm 2024 ước đạt 5,6 tỷ USD, tăng 27,4% so với cùng kỳ năm 2023; trong đó sầu riêng đạt khoảng 2,4 tỷ USD, chiếm gần 43%.

Theo Đề án phát triển mã số vùng trồng giai đoạn 2021-2025 (Quyết định số 3156/QĐ-BNN-TT), đến năm 2025 phấn đấu có ít nhất 70% diện tích cây ăn quả xuất khẩu chủ lực được cấp mã số, tỷ lệ lô hàng bị cảnh báo dưới 0,05%.

Cục đề nghị các địa phương báo cáo kết quả giám sát trước ngày 15 hằng tháng về Phòng Kiểm dịch thực vật, số 149 Hồ Đắc Di, Đống Đa, Hà Nội; điện thoại 024.38518192.
"""

Q3 = P("tính đến hết quý III/2024", None, "2024-09-30")
Q3_I = P("tính đến hết quý III/2024", None, "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 7.820 mã", "7.820", 7820, "count", "mã số vùng trồng", "mã số vùng trồng được cấp phục vụ xuất khẩu",
      change={"direction": "increase", "value": 14.3, "unit": "%", "baseline": "cuối năm 2023"}, period=Q3),
    F("và 1.782 mã", "1.782", 1782, "count", "mã số cơ sở đóng gói",
      "mã số cơ sở đóng gói được cấp phục vụ xuất khẩu",
      change={"direction": "increase", "value": 11.6, "unit": "%", "baseline": "cuối năm 2023"}, period=Q3),
    F("có 3.268 mã", "3.268", 3268, "count", "mã số vùng trồng",
      "mã số vùng trồng được GACC phê duyệt (thị trường Trung Quốc)", period=Q3_I),
    F("và 1.112 mã", "1.112", 1112, "count", "mã số cơ sở đóng gói",
      "mã số cơ sở đóng gói được GACC phê duyệt (thị trường Trung Quốc)", period=Q3_I),
    F("cho 9 loại quả", "9", 9, "count", "loại quả", "loại quả được GACC phê duyệt", period=Q3_I),
    F("Tiền Giang (612 mã)", "612", 612, "count", "mã", "mã số vùng trồng", period=Q3_I, location="Tiền Giang"),
    F("Đắk Lắk (498 mã)", "498", 498, "count", "mã", "mã số vùng trồng", period=Q3_I, location="Đắk Lắk"),
    F("Bình Thuận (455 mã)", "455", 455, "count", "mã", "mã số vùng trồng", period=Q3_I, location="Bình Thuận"),
    F("Sơn La (367 mã)", "367", 367, "count", "mã", "mã số vùng trồng", period=Q3_I, location="Sơn La"),
    F("thu hồi 1.126 mã", "1.126", 1126, "count", "mã số vùng trồng", "mã số vùng trồng bị thu hồi",
      change={"direction": "increase", "value": 2.4, "unit": "lần", "baseline": "cả năm 2023"}, period=YTD),
    F("và 187 mã", "187", 187, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói bị thu hồi", period=YTD),
    F("được 312 thông báo", "312", 312, "count", "thông báo", "thông báo không tuân thủ từ các nước nhập khẩu",
      change={"direction": "decrease", "value": 16.8, "unit": "%", "baseline": "cùng kỳ"}, period=M9),
    F("có 236 thông báo", "236", 236, "count", "thông báo", "thông báo liên quan đến sinh vật gây hại",
      total=312, period=M9),
    F("và 58 thông báo", "58", 58, "count", "thông báo", "thông báo về dư lượng thuốc bảo vệ thực vật",
      total=312, period=M9),
    F("là 41 lô", "41", 41, "count", "lô", "lô hàng trái cây bị trả về", percent=0.03, period=M9_I),
    F("ước đạt 5,6 tỷ USD", "5,6", 5600000000, "money", "USD", "kim ngạch xuất khẩu rau quả", status="estimate",
      change={"direction": "increase", "value": 27.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=M9),
    F("khoảng 2,4 tỷ USD", "2,4", 2400000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", approx="about",
      total=5600000000, percent=43, status="estimate", period=M9),
    F("ít nhất 70%", "70", 70, "percent", "%", "diện tích cây ăn quả xuất khẩu chủ lực được cấp mã số",
      approx="at_least", status="target", period=T25),
    F("dưới 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ lô hàng bị cảnh báo", approx="under",
      status="target", period=T25),
]

COMMENTS = [
    "Ministry site (Cục Bảo vệ thực vật, Bộ NN&PTNT): national growing-area and packing-facility codes, revocations, non-compliance notices, returned lots.",
    "Dateline 'Thứ Hai, 14/10/2024 09:15'. Default location Việt Nam; the province list takes each province as location; importing markets are not places.",
    "'tính đến hết quý III/2024' is an as-of date (end 2024-09-30). 'tăng lần lượt 14,3% và 11,6%' gives one change to each of the two counts.",
    "'Riêng thị trường Trung Quốc có 3.268 …' is no part-of cue (no total). 'tăng gấp 2,4 lần so với cả năm 2023' is the change of 1.126.",
    "236 and 58 after 'trong đó' following 312: total 312. '41 lô, chiếm 0,03% tổng số lô xuất khẩu': percent 0.03, no stated whole.",
    "'trong đó sầu riêng đạt khoảng 2,4 tỷ USD, chiếm gần 43%': total 5.6e9, percent 43, estimate (same sentence as 'ước đạt').",
    "Distractors: 'giai đoạn 2021-2025' (the Đề án's span), 'Quyết định số 3156/QĐ-BNN-TT', 'trước ngày 15 hằng tháng', 'số 149 Hồ Đắc Di', phone 024.38518192.",
]

if __name__ == "__main__":
    build(4, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
