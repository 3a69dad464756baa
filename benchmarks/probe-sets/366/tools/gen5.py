from lib import F, P, C, emit

TEXT = """BÁO QUẢNG NINH - Giao thông

Trạm thu phí cao tốc Hạ Long - Vân Đồn vận hành thu phí không dừng hoàn toàn

Minh Đức

Từ ngày 1/8/2024, trạm thu phí Km 19+600 trên cao tốc Hạ Long - Vân Đồn chính thức chuyển sang hình thức thu phí điện tử không dừng hoàn toàn. Sau hai tuần vận hành, hoạt động qua trạm cơ bản thông suốt.

Trạm có 10 làn thu phí, trong đó 8 làn ETC và 2 làn hỗn hợp dành cho xe chưa dán thẻ. Lưu lượng bình quân từ 14.000 đến 16.000 lượt xe/ngày đêm, ngày cao điểm có trên 25.000 lượt. Tỷ lệ phương tiện qua trạm sử dụng thẻ ETC đạt 92,6%, tăng 6,1 điểm phần trăm so với tháng 7/2024. Thời gian một xe qua làn ETC chỉ khoảng 3 giây, trong khi qua làn thu phí thủ công mất 15-20 giây.

Để hỗ trợ người dân, đơn vị vận hành phối hợp với ba đơn vị cung cấp dịch vụ bố trí điểm dán thẻ lưu động, hỗ trợ dán thẻ miễn phí cho gần 4.300 phương tiện. Các điểm tại TP Hạ Long, TP Cẩm Phả và huyện Vân Đồn lần lượt hỗ trợ 1.850, 1.320 và 1.110 phương tiện.

7 tháng đầu năm 2024, doanh thu thu phí của 3 trạm trên các tuyến cao tốc do tỉnh đầu tư đạt 486,5 tỷ đồng, tăng 11,2% so với cùng kỳ; trong đó thu qua ETC 441,8 tỷ đồng, chiếm 90,8%. Tỉnh phấn đấu đến cuối năm 2024, tỷ lệ xe qua các trạm sử dụng ETC đạt trên 95%.

Mọi phản ánh xin gọi đường dây nóng 0203.3835.468 hoặc đến Văn phòng điều hành tại tổ 5, khu 3, phường Hà Khẩu.

15/08/2024
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
SUBJ = "phương tiện được hỗ trợ dán thẻ miễn phí tại điểm dán thẻ lưu động"

FIGS = [
    F("có 10 làn", "10", 10, "count", "làn", "làn thu phí của trạm"),
    F("8 làn ETC", "8", 8, "count", "làn", "làn ETC", total=10),
    F("và 2 làn hỗn hợp", "2", 2, "count", "làn", "làn hỗn hợp dành cho xe chưa dán thẻ", total=10),
    F("từ 14.000 đến", "14.000", 14000, "measure", "lượt xe/ngày đêm", "lưu lượng bình quân qua trạm", value_max=16000),
    F("trên 25.000 lượt", "25.000", 25000, "count", "lượt", "lưu lượng ngày cao điểm", approx="over"),
    F("đạt 92,6%", "92,6", 92.6, "percent", "%", "tỷ lệ phương tiện qua trạm sử dụng thẻ ETC",
      change=C("increase", 6.1, unit="điểm phần trăm", baseline="tháng 7/2024")),
    F("khoảng 3 giây", "3", 3, "measure", "giây", "thời gian một xe qua làn ETC", approx="about"),
    F("mất 15-20 giây", "15", 15, "measure", "giây", "thời gian một xe qua làn thu phí thủ công", value_max=20),
    F("với ba đơn vị", "ba", 3, "count", "đơn vị", "đơn vị cung cấp dịch vụ", optional=True),
    F("gần 4.300 phương tiện", "4.300", 4300, "count", "phương tiện", "phương tiện được hỗ trợ dán thẻ miễn phí",
      approx="nearly"),
    F("hỗ trợ 1.850,", "1.850", 1850, "count", "phương tiện", SUBJ, location="Hạ Long"),
    F("1.850, 1.320 và", "1.320", 1320, "count", "phương tiện", SUBJ, location="Cẩm Phả"),
    F("và 1.110 phương tiện", "1.110", 1110, "count", "phương tiện", SUBJ, location="Vân Đồn"),
    F("của 3 trạm", "3", 3, "count", "trạm", "trạm thu phí trên các tuyến cao tốc do tỉnh đầu tư", optional=True),
    F("đạt 486,5 tỷ đồng", "486,5", 486500000000, "money", "đồng", "doanh thu thu phí của 3 trạm trên các tuyến cao tốc",
      M7, change=C("increase", 11.2, baseline="cùng kỳ")),
    F("ETC 441,8 tỷ đồng", "441,8", 441800000000, "money", "đồng", "doanh thu thu qua ETC", M7,
      total=486500000000, percent=90.8),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ xe qua các trạm sử dụng ETC",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ninh): the Hạ Long - Vân Đồn expressway toll station goes fully non-stop; byline at the top, bare date '15/08/2024' at the end.",
    "Distractors: 'Từ ngày 1/8/2024', 'Km 19+600' (chainage), 'Sau hai tuần' (a duration that only places the text in time), 'tháng 7/2024' (baseline),",
    "hotline 0203.3835.468, address 'tổ 5, khu 3, phường Hà Khẩu'. Station lanes and traffic have no stated period (omitted).",
    "'tăng 6,1 điểm phần trăm so với tháng 7/2024' is the change of 92,6% (unit 'điểm phần trăm'); no period is stated for it (omitted).",
    "'lần lượt hỗ trợ 1.850, 1.320 và 1.110' = list over TP Hạ Long, TP Cẩm Phả, huyện Vân Đồn (locations); no part-of cue to 'gần 4.300' (no total).",
    "'ba đơn vị', 'của 3 trạm' (structure counts) optional. 'trong đó thu qua ETC 441,8 tỷ đồng, chiếm 90,8%': total 486,5 tỷ, percent 90,8.",
    "'Tỉnh phấn đấu đến cuối năm 2024 … trên 95%' is a target with as-of period ending 2024-12-31.",
]

emit("p366-5", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Quảng Ninh")
