from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Kim ngạch xuất nhập khẩu qua các cửa khẩu 6 tháng đầu năm 2024 tăng 27,4%
Cập nhật: 08/07/2024 15:20 | Lượt xem: 2.315

Theo báo cáo của Cục Hải quan tỉnh Lạng Sơn, 6 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh đạt 3,12 tỷ USD, tăng 27,4% so với cùng kỳ năm 2023 và bằng 52% kế hoạch năm. Trong đó, xuất khẩu đạt 1,43 tỷ USD, nhập khẩu đạt 1,69 tỷ USD.

Hoạt động xuất nhập khẩu tập trung chủ yếu qua 4 cửa khẩu: Hữu Nghị, Tân Thanh, Chi Ma và ga đường sắt liên vận quốc tế Đồng Đăng. Dẫn đầu là cửa khẩu quốc tế Hữu Nghị với 1,86 tỷ USD (chiếm 59,6%), tiếp đến là Tân Thanh 742 triệu USD, Chi Ma 315,5 triệu USD và ga Đồng Đăng 202 triệu USD. Riêng tại lối mở khu vực mốc 1119-1120, lượng xe chở nông sản tăng mạnh vào mùa thu hoạch.

Về thu ngân sách, tính đến ngày 30/6/2024, Cục Hải quan tỉnh đã thu được 3.147,6 tỷ đồng, đạt 48,4% dự toán Bộ Tài chính giao (6.500 tỷ đồng), tăng 18,2% so với cùng kỳ. Số thu từ hàng hóa nhập khẩu qua cửa khẩu quốc tế Hữu Nghị chiếm khoảng 70% tổng số thu.

Thời gian thông quan được rút ngắn, bình quân mỗi ngày có khoảng 1.200 - 1.400 lượt phương tiện xuất nhập khẩu qua các cửa khẩu của tỉnh; riêng cửa khẩu Tân Thanh thông quan trên 500 xe hàng/ngày. Trong 6 tháng, các chi cục đã tiếp nhận, xử lý 98.650 tờ khai hải quan, tăng 12,1%; số doanh nghiệp tham gia làm thủ tục là 1.874 doanh nghiệp, trong đó gần 1.300 doanh nghiệp ngoài tỉnh.

Năm 2024, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 6 tỷ USD, thu ngân sách từ hoạt động xuất nhập khẩu đạt tối thiểu 6.500 tỷ đồng. Mọi phản ánh về thủ tục hải quan xin liên hệ đường dây nóng 0205.3870.315.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
T30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
T30i = P("tính đến ngày 30/6/2024", None, "2024-06-30", True)
S6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KN = "kim ngạch xuất nhập khẩu"

FIGS = [
    F("cửa khẩu 6 tháng đầu năm 2024 tăng 27,4%", "27,4", 27.4, "percent", "%",
      "tăng trưởng kim ngạch xuất nhập khẩu qua các cửa khẩu", H1),
    F("tỉnh đạt 3,12 tỷ USD", "3,12", 3.12e9, "money", "USD",
      "tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu", H1,
      percent=52, change={"direction": "increase", "value": 27.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("xuất khẩu đạt 1,43 tỷ USD", "1,43", 1.43e9, "money", "USD", "kim ngạch xuất khẩu", H1i, total=3.12e9),
    F("nhập khẩu đạt 1,69 tỷ USD", "1,69", 1.69e9, "money", "USD", "kim ngạch nhập khẩu", H1i, total=3.12e9),
    F("qua 4 cửa khẩu", "4", 4, "count", "cửa khẩu", "cửa khẩu có hoạt động xuất nhập khẩu", optional=True),
    F("Hữu Nghị với 1,86 tỷ USD", "1,86", 1.86e9, "money", "USD", KN + " qua cửa khẩu quốc tế Hữu Nghị", H1i, percent=59.6),
    F("Tân Thanh 742 triệu USD", "742", 742e6, "money", "USD", KN + " qua cửa khẩu Tân Thanh", H1i),
    F("Chi Ma 315,5 triệu USD", "315,5", 315.5e6, "money", "USD", KN + " qua cửa khẩu Chi Ma", H1i),
    F("ga Đồng Đăng 202 triệu USD", "202", 202e6, "money", "USD", KN + " qua ga Đồng Đăng", H1i),
    F("thu được 3.147,6 tỷ đồng", "3.147,6", 3147.6e9, "money", "đồng", "thu ngân sách của Cục Hải quan tỉnh", T30,
      percent=48.4, target={"value": 6500e9, "unit": "đồng"},
      change={"direction": "increase", "value": 18.2, "unit": "%", "baseline": "cùng kỳ"}),
    F("chiếm khoảng 70% tổng số thu", "70", 70, "percent", "%",
      "tỷ trọng số thu từ hàng hóa nhập khẩu qua cửa khẩu quốc tế Hữu Nghị trong tổng số thu", T30i, approx="about"),
    F("khoảng 1.200 - 1.400 lượt", "1.200", 1200, "count", "lượt phương tiện",
      "lượt phương tiện xuất nhập khẩu qua các cửa khẩu bình quân mỗi ngày", H1i, value_max=1400, approx="about"),
    F("trên 500 xe hàng/ngày", "500", 500, "measure", "xe hàng/ngày", "xe hàng thông quan qua cửa khẩu Tân Thanh",
      H1i, approx="over"),
    F("xử lý 98.650 tờ khai", "98.650", 98650, "count", "tờ khai", "tờ khai hải quan tiếp nhận, xử lý", S6,
      change={"direction": "increase", "value": 12.1, "unit": "%"}),
    F("là 1.874 doanh nghiệp", "1.874", 1874, "count", "doanh nghiệp", "doanh nghiệp tham gia làm thủ tục", S6),
    F("gần 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp", "doanh nghiệp ngoài tỉnh tham gia làm thủ tục",
      S6, approx="nearly", total=1874),
    F("địa bàn đạt 6 tỷ USD", "6", 6e9, "money", "USD", KN + " qua địa bàn", Y24, status="target"),
    F("tối thiểu 6.500 tỷ đồng", "6.500", 6500e9, "money", "đồng", "thu ngân sách từ hoạt động xuất nhập khẩu", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lạng Sơn (province portal): import-export through the province's border gates, first half of 2024; customs revenue; trucks; declarations; 2024 targets.",
    "Dateline 'Cập nhật: 08/07/2024 15:20 | Lượt xem: 2.315' (the view counter is page furniture). Distractors: 'mốc 1119-1120' (border-marker names), hotline 0205.3870.315.",
    "The title's 'tăng 27,4%' stands alone as a growth-rate claim (percent figure); in the body the same 27,4% is the change of 3,12 tỷ USD, whose 'bằng 52% kế hoạch năm' is its percent.",
    "Gates are not provinces/districts: gate items keep location Lạng Sơn and carry the gate in the subject. '4 cửa khẩu' (list head) optional. No total for gate items (no part-of cue).",
    "'(6.500 tỷ đồng)' after 'dự toán' is the target of 3.147,6 tỷ; 'tính đến ngày 30/6/2024' is as-of. 'xe hàng/ngày' is a rate (measure). 'Trong 6 tháng' takes 2024.",
    "Periods standing in another sentence are marked inherited. 'phấn đấu' governs both 2024 targets; 'tối thiểu' = at_least.",
]

write(1, TEXT, COMMENTS, FIGS, published="2024-07-08", location="Lạng Sơn")
