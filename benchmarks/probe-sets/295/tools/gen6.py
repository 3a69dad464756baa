from lib import *

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế
Chi cục Thuế khu vực Đức Trọng - Lâm Hà: Thu ngân sách 6 tháng đầu năm 2024 đạt khá

6 tháng đầu năm, tổng thu ngân sách trên địa bàn huyện Đức Trọng đạt 312,7 tỷ đồng, đạt 58,4% dự toán pháp lệnh (535 tỷ đồng), tăng 6,8% so với cùng kỳ năm 2023.

Trong số 14 khoản thu, có 9 khoản đạt trên 50% dự toán. Thu từ khu vực công thương nghiệp ngoài quốc doanh đạt 124,5 tỷ đồng; thuế thu nhập cá nhân 38,2 tỷ đồng; lệ phí trước bạ 27,6 tỷ đồng; thu tiền sử dụng đất 96,1 tỷ đồng, chỉ đạt 41,8% kế hoạch do thị trường bất động sản trầm lắng.

Hiện Chi cục đang quản lý 4.685 hộ kinh doanh, trong đó có 3.912 hộ nộp thuế theo phương pháp khoán và 773 hộ kê khai. Số thuế khoán ổn định bình quân khoảng 1,2 triệu đồng/hộ/tháng; có hộ nộp từ 300.000 đồng đến 15 triệu đồng/tháng.

Về nợ thuế, tính đến 30/6, tổng nợ là 18,9 tỷ đồng, giảm 2,3 tỷ đồng so với 31/12/2023. Trong 6 tháng, chi cục đã thu được 7,4 tỷ đồng nợ cũ, trong đó nợ trên 90 ngày chiếm gần một nửa.

Thời gian tới, Chi cục phấn đấu đến cuối tháng 11/2024 thu đạt 100% dự toán cả năm, trong đó tập trung thu nộp tiền sử dụng đất của 2 dự án khu dân cư tại thị trấn Liên Nghĩa với số tiền gần 60 tỷ đồng. Đồng thời, đẩy mạnh kiểm tra hộ kinh doanh dọc Quốc lộ 20 và Quốc lộ 27.

Hoàng Yến (Chi cục Thuế khu vực Đức Trọng - Lâm Hà)
12/7/2024
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
D30 = P("tính đến 30/6", None, "2024-06-30")
M6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
N11 = P("đến cuối tháng 11/2024", None, "2024-11-30")

FIGS = [
    F("đạt 312,7 tỷ đồng", "312,7", ty(312.7), "money", "đồng", "tổng thu ngân sách trên địa bàn huyện Đức Trọng",
      percent=58.4, target=tg(ty(535), "đồng"), change=ch("+", 6.8, baseline="cùng kỳ năm 2023"), period=H1),
    F("Trong số 14 khoản thu", "14", 14, "count", "khoản thu", "khoản thu", period=I(H1)),
    F("có 9 khoản", "9", 9, "count", "khoản thu", "khoản thu đạt trên 50% dự toán", total=14, period=I(H1)),
    F("trên 50% dự toán", "50", 50, "percent", "%", "ngưỡng dự toán", approx="over", optional=True),
    F("đạt 124,5 tỷ đồng", "124,5", ty(124.5), "money", "đồng", "Thu từ khu vực công thương nghiệp ngoài quốc doanh",
      period=I(H1)),
    F("cá nhân 38,2 tỷ đồng", "38,2", ty(38.2), "money", "đồng", "thuế thu nhập cá nhân", period=I(H1)),
    F("trước bạ 27,6 tỷ đồng", "27,6", ty(27.6), "money", "đồng", "lệ phí trước bạ", period=I(H1)),
    F("đất 96,1 tỷ đồng", "96,1", ty(96.1), "money", "đồng", "thu tiền sử dụng đất", percent=41.8, period=I(H1)),
    F("quản lý 4.685 hộ", "4.685", 4685, "count", "hộ kinh doanh", "hộ kinh doanh Chi cục đang quản lý"),
    F("có 3.912 hộ", "3.912", 3912, "count", "hộ", "hộ nộp thuế theo phương pháp khoán", total=4685),
    F("và 773 hộ", "773", 773, "count", "hộ", "hộ kê khai", total=4685),
    F("khoảng 1,2 triệu đồng/hộ/tháng", "1,2", 1200000, "money", "đồng/hộ/tháng", "Số thuế khoán ổn định bình quân",
      approx="about"),
    F("từ 300.000 đồng", "300.000", 300000, "money", "đồng/tháng", "số thuế khoán hộ nộp", value_max=15000000),
    F("là 18,9 tỷ đồng", "18,9", ty(18.9), "money", "đồng", "tổng nợ thuế",
      change=ch("-", ty(2.3), "đồng", "31/12/2023"), period=D30),
    F("được 7,4 tỷ đồng", "7,4", ty(7.4), "money", "đồng", "nợ cũ thu được", period=M6),
    F("chiếm gần một nửa", "một nửa", 50, "percent", "%", "nợ trên 90 ngày trong số nợ cũ thu được",
      approx="nearly", period=M6, optional=True),
    F("trên 90 ngày", "90", 90, "measure", "ngày", "tuổi nợ", approx="over", optional=True),
    F("đạt 100% dự toán", "100", 100, "percent", "%", "thu so với dự toán cả năm", status="target", period=N11),
    F("của 2 dự án", "2", 2, "count", "dự án", "dự án khu dân cư thu nộp tiền sử dụng đất",
      status="target", period=N11, optional=True),
    F("gần 60 tỷ đồng", "60", ty(60), "money", "đồng", "tiền sử dụng đất của 2 dự án khu dân cư",
      approx="nearly", status="target", period=N11),
]

COMMENTS = [
    "District portal (huyện Đức Trọng, Lâm Đồng) with breadcrumb; no dateline at the top, bare date '12/7/2024' after the byline at the end.",
    "Year-less '6 tháng đầu năm' takes 2024 from the headline. 312,7 tỷ: 'đạt 58,4% dự toán pháp lệnh (535 tỷ đồng)' -> percent 58.4 and",
    "target 535 tỷ (the plan in brackets, FIGURES.md 'Result against plan'); 535 is an attribute, not a figure.",
    "'Trong số 14 khoản thu, có 9 khoản' -> total 14 (as 'Trong 25 chỉ tiêu, có 24'); 'trên 50%' threshold optional.",
    "Revenue items after the count sentence have no part-of cue: no total. 'chỉ đạt 41,8% kế hoạch' is the percent of 96,1 tỷ.",
    "'Hiện …' household counts carry no period phrase (no period in gold). 'từ 300.000 đồng đến 15 triệu đồng/tháng' range (unit đồng/tháng).",
    "'giảm 2,3 tỷ đồng so với 31/12/2023' absolute change in đồng. 'Trong 6 tháng' = first half of 2024.",
    "'gần một nửa' (number word, share) optional; 'trên 90 ngày' (debt age criterion) optional; '2 dự án' inside the target clause optional.",
    "'gần 60 tỷ' follows 'trong đó' after a percent target (100%), not a same-kind whole: no total.",
    "Distractors: 'Quốc lộ 20', 'Quốc lộ 27' (road names), date '12/7/2024', 'khu vực Đức Trọng - Lâm Hà' (office name; Lâm Hà is not a place of any figure).",
]

write(6, TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đức Trọng")
