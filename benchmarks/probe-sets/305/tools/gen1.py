from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Ngừng việc tập thể giảm mạnh trong 9 tháng năm 2024
Cập nhật: 08/10/2024 09:20 | Lượt xem: 1.245

(BDP) - Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, trên địa bàn tỉnh Bình Dương xảy ra 14 vụ ngừng việc tập thể với khoảng 6.850 người lao động tham gia, giảm 9 vụ so với cùng kỳ năm 2023. Trong đó, 11 vụ xảy ra tại doanh nghiệp có vốn đầu tư nước ngoài (chiếm 78,6%), 3 vụ tại doanh nghiệp ngoài nhà nước.

Các vụ ngừng việc chủ yếu xảy ra trong ngành dệt may, da giày và chế biến gỗ. Phân theo địa bàn, TP. Thuận An có 5 vụ, TP. Dĩ An 4 vụ, TP. Thủ Dầu Một 2 vụ, thị xã Bến Cát 2 vụ và huyện Bàu Bàng 1 vụ.

Nguyên nhân chủ yếu do doanh nghiệp chậm trả lương, nợ đóng bảo hiểm xã hội hoặc điều chỉnh định mức lao động chưa hợp lý. Có hai vụ xuất phát từ việc chủ doanh nghiệp bỏ trốn, nợ lương gần 18,5 tỷ đồng của 1.320 lao động.

Với sự vào cuộc kịp thời của tổ công tác liên ngành theo tinh thần Chỉ thị số 37-CT/TW của Ban Bí thư, 12/14 vụ đã được giải quyết ngay trong ngày; các doanh nghiệp đã chi trả hơn 42 tỷ đồng tiền lương, trợ cấp bị nợ cho người lao động.

Công tác xây dựng quan hệ lao động hài hòa tiếp tục được chú trọng. Tính đến ngày 30/9/2024, toàn tỉnh có 1.936 doanh nghiệp đã ký kết thỏa ước lao động tập thể, đạt 96,8% kế hoạch năm; tỷ lệ doanh nghiệp có tổ chức công đoàn ký thỏa ước đạt 61,2%.

Quý IV/2024, ngành lao động phấn đấu không để xảy ra ngừng việc tập thể kéo dài trên 2 ngày, giải quyết 100% vụ việc phát sinh. Người lao động có thể phản ánh qua đường dây nóng 0274.3822.929.

Hồng Nhung
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
LIST = "vụ ngừng việc tập thể"

FIGS = [
    F("xảy ra 14 vụ ngừng việc", "14", 14, "count", "vụ", "vụ ngừng việc tập thể", N9,
      change=CH("decrease", 9, "vụ", "cùng kỳ năm 2023")),
    F("khoảng 6.850 người lao động", "6.850", 6850, "count", "người lao động",
      "người lao động tham gia ngừng việc tập thể", N9, approx="about"),
    F("Trong đó, 11 vụ", "11", 11, "count", "vụ", "vụ ngừng việc tại doanh nghiệp có vốn đầu tư nước ngoài", N9i,
      total=14, percent=78.6),
    F("3 vụ tại doanh nghiệp", "3", 3, "count", "vụ", "vụ ngừng việc tại doanh nghiệp ngoài nhà nước", N9i,
      total=14),
    F("Thuận An có 5 vụ", "5", 5, "count", "vụ", LIST, N9i, location="Thuận An"),
    F("Dĩ An 4 vụ", "4", 4, "count", "vụ", LIST, N9i, location="Dĩ An"),
    F("Thủ Dầu Một 2 vụ", "2", 2, "count", "vụ", LIST, N9i, location="Thủ Dầu Một"),
    F("Bến Cát 2 vụ", "2", 2, "count", "vụ", LIST, N9i, location="Bến Cát"),
    F("Bàu Bàng 1 vụ", "1", 1, "count", "vụ", LIST, N9i, location="Bàu Bàng"),
    F("Có hai vụ", "hai", 2, "count", "vụ", "vụ ngừng việc xuất phát từ việc chủ doanh nghiệp bỏ trốn", N9i),
    F("gần 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng", "tiền lương bị nợ", N9i, approx="nearly"),
    F("của 1.320 lao động", "1.320", 1320, "count", "lao động", "lao động bị nợ lương", N9i),
    F("12/14 vụ", "12", 12, "count", "vụ", "vụ ngừng việc được giải quyết ngay trong ngày", N9i, total=14),
    F("hơn 42 tỷ đồng", "42", 42000000000, "money", "đồng",
      "tiền lương, trợ cấp bị nợ đã chi trả cho người lao động", N9i, approx="over"),
    F("có 1.936 doanh nghiệp", "1.936", 1936, "count", "doanh nghiệp",
      "doanh nghiệp đã ký kết thỏa ước lao động tập thể", AS, percent=96.8),
    F("thỏa ước đạt 61,2%", "61,2", 61.2, "percent", "%",
      "tỷ lệ doanh nghiệp có tổ chức công đoàn ký thỏa ước", AS),
    F("kéo dài trên 2 ngày", "2", 2, "measure", "ngày", "thời gian ngừng việc tập thể kéo dài", Q4,
      approx="over", status="target", optional=True),
    F("giải quyết 100% vụ việc", "100", 100, "percent", "%", "vụ việc phát sinh được giải quyết", Q4,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương: ngừng việc tập thể 9 tháng năm 2024, thỏa ước lao động tập thể, mục tiêu quý IV.",
    "'Cập nhật: 08/10/2024 09:20 | Lượt xem: 1.245' is the dateline + view counter (furniture). Chỉ thị số 37-CT/TW, phone number: not figures.",
    "'giảm 9 vụ so với cùng kỳ' attaches to the 14 vụ (same unit) across the workers clause in between.",
    "'Trong đó, 11 vụ … 3 vụ' are parts of the 14; the district list has no part-of cue (no total), districts go to location.",
    "revised: subject of 'hơn 42 tỷ đồng' reworded to the sentence's phrase (my first wording misplaced 'doanh nghiệp').",
    "'trên 2 ngày' is a threshold inside a target (optional). '12/14 vụ' has total 14.",
]

emit("p305-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Dương")
