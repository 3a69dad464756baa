from lib import F, P, CH, TG, write

A = """CỤC THỐNG KÊ TỈNH BẮC NINH
Trang chủ > Tin tức > Số liệu thống kê

Sản xuất công nghiệp 9 tháng năm 2024 tiếp tục đà phục hồi

Ngày đăng: 06/10/2024 | Lượt xem: 1.245

Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 9/2024 của tỉnh ước tăng 3,26% so với tháng trước và tăng 11,84% so với cùng kỳ năm trước. Tính chung 9 tháng năm 2024, IIP ước tăng 9,57% so với cùng kỳ; trong đó ngành khai khoáng giảm 4,12%; ngành chế biến, chế tạo tăng 9,73%; ngành sản xuất và phân phối điện tăng 6,05%; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 8,4%.

Trong ngành chế biến, chế tạo, một số ngành cấp II có chỉ số tăng cao so với cùng kỳ như: sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học tăng 12,3%; sản xuất thiết bị điện tăng 10,7%; sản xuất trang phục tăng 7,9%. Ngược lại, ngành sản xuất kim loại giảm 2,6%.

Sản lượng một số sản phẩm chủ yếu 9 tháng ước đạt: điện thoại di động 78,5 triệu chiếc, tăng 5,2% so với cùng kỳ; máy tính bảng 9,8 triệu chiếc, giảm 3,1%; linh kiện điện tử 1.536 triệu chiếc; quần áo may sẵn gần 42,3 triệu cái; gạch xây dựng khoảng 1,17 tỷ viên; bia các loại 158,6 triệu lít.

Chỉ số tiêu thụ toàn ngành chế biến, chế tạo 8 tháng tăng 8,9% so với cùng kỳ; chỉ số tồn kho tại thời điểm 30/9/2024 tăng 4,7% so với cùng thời điểm năm trước. Tỷ lệ tồn kho bình quân 9 tháng là 63,5%.

Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1/9/2024 tăng 2,3% so với cùng thời điểm năm trước, trong đó lao động khu vực có vốn đầu tư nước ngoài tăng 2,8%.

Theo kế hoạch, năm 2024 tỉnh phấn đấu IIP tăng 10-11%.

Phòng Thống kê Công nghiệp - Xây dựng
Địa chỉ: số 11 đường Lý Thái Tổ, TP Bắc Ninh | ĐT: 0222.3822.145
"""

T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
N9s = P("9 tháng", "2024-01-01", "2024-09-30")
IIP = "chỉ số sản xuất toàn ngành công nghiệp (IIP)"

figs = [
    F("ước tăng 3,26%", "3,26", 3.26, "percent", "%", IIP + " tháng 9/2024 so với tháng trước", T9, status="estimate"),
    F("tăng 11,84%", "11,84", 11.84, "percent", "%", IIP + " tháng 9/2024 so với cùng kỳ", T9, status="estimate"),
    F("IIP ước tăng 9,57%", "9,57", 9.57, "percent", "%", "IIP", N9, status="estimate"),
    F("khai khoáng giảm 4,12%", "4,12", 4.12, "percent", "%", "IIP ngành khai khoáng", N9, status="estimate"),
    F("chế tạo tăng 9,73%", "9,73", 9.73, "percent", "%", "IIP ngành chế biến, chế tạo", N9, status="estimate"),
    F("phân phối điện tăng 6,05%", "6,05", 6.05, "percent", "%", "IIP ngành sản xuất và phân phối điện", N9, status="estimate"),
    F("nước thải tăng 8,4%", "8,4", 8.4, "percent", "%",
      "IIP ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", N9, status="estimate"),
    F("quang học tăng 12,3%", "12,3", 12.3, "percent", "%",
      "chỉ số ngành sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học", N9i),
    F("thiết bị điện tăng 10,7%", "10,7", 10.7, "percent", "%", "chỉ số ngành sản xuất thiết bị điện", N9i),
    F("trang phục tăng 7,9%", "7,9", 7.9, "percent", "%", "chỉ số ngành sản xuất trang phục", N9i),
    F("kim loại giảm 2,6%", "2,6", 2.6, "percent", "%", "chỉ số ngành sản xuất kim loại", N9i),
    F("di động 78,5 triệu chiếc", "78,5", 78500000, "count", "chiếc", "sản lượng điện thoại di động", N9s,
      change=CH("increase", 5.2, "cùng kỳ"), status="estimate"),
    F("máy tính bảng 9,8 triệu chiếc", "9,8", 9800000, "count", "chiếc", "sản lượng máy tính bảng", N9s,
      change=CH("decrease", 3.1), status="estimate"),
    F("linh kiện điện tử 1.536 triệu chiếc", "1.536", 1536000000, "count", "chiếc", "sản lượng linh kiện điện tử", N9s,
      status="estimate"),
    F("gần 42,3 triệu cái", "42,3", 42300000, "count", "cái", "sản lượng quần áo may sẵn", N9s,
      approx="nearly", status="estimate"),
    F("khoảng 1,17 tỷ viên", "1,17", 1170000000, "count", "viên", "sản lượng gạch xây dựng", N9s,
      approx="about", status="estimate"),
    F("158,6 triệu lít", "158,6", 158600000, "measure", "lít", "sản lượng bia các loại", N9s, status="estimate"),
    F("8 tháng tăng 8,9%", "8,9", 8.9, "percent", "%", "chỉ số tiêu thụ toàn ngành chế biến, chế tạo",
      P("8 tháng", "2024-01-01", "2024-08-31")),
    F("tăng 4,7%", "4,7", 4.7, "percent", "%", "chỉ số tồn kho toàn ngành chế biến, chế tạo",
      P("tại thời điểm 30/9/2024", None, "2024-09-30")),
    F("bình quân 9 tháng là 63,5%", "63,5", 63.5, "percent", "%", "tỷ lệ tồn kho bình quân", N9s),
    F("tăng 2,3%", "2,3", 2.3, "percent", "%", "số lao động đang làm việc trong các doanh nghiệp công nghiệp",
      P("tại thời điểm 1/9/2024", None, "2024-09-01")),
    F("nước ngoài tăng 2,8%", "2,8", 2.8, "percent", "%", "lao động khu vực có vốn đầu tư nước ngoài",
      P("tại thời điểm 1/9/2024", None, "2024-09-01")),
    F("IIP tăng 10-11%", "10", 10, "percent", "%", "IIP", P("năm 2024", "2024-01-01", "2024-12-31"),
      value_max=11, status="target"),
]

H = """Provincial statistics office site (Cục Thống kê Bắc Ninh): IIP September and 9 months 2024 by branch, level-II branches, main products, consumption/inventory, labour.
'Ngày đăng: … | Lượt xem: 1.245' dateline with view counter (furniture). Address 'số 11 đường Lý Thái Tổ' and phone are distractors; 'ngành cấp II' is a label.
Growth rates with no base amount are percent figures without change; a decrease rate keeps its written (positive) value.
The 'ước' cue of the 9-month sentence governs the branch clauses after 'trong đó' (same sentence); the level-II list in the next paragraph has no cue (actual) and inherits the period.
Product list: 'ước đạt:' governs every item; '1.536 triệu chiếc' = 1,536,000,000. '8 tháng' consumption index is Jan-Aug 2024; inventory and labour are as-of dates."""

write("p276-1", A, figs, H, published="2024-10-06", location="Bắc Ninh")
