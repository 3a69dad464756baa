from lib import F, P, I, CH, T, emit

TEXT = """Siết chặt kiểm soát giết mổ, tiêu hủy hơn 2,3 tấn thịt không rõ nguồn gốc

(Báo Quảng Ngãi) - Từ đầu năm đến nay, lực lượng chức năng của tỉnh đã kiểm tra 312 lượt cơ sở giết mổ, kinh doanh thịt gia súc, gia cầm; phát hiện 41 vụ vi phạm, xử phạt 287 triệu đồng, tăng gần 1,6 lần so với cùng kỳ năm 2023.

Trong số 41 vụ vi phạm, huyện Bình Sơn có 9 vụ, Sơn Tịnh 7 vụ, Tư Nghĩa 6 vụ, còn lại ở TP. Quảng Ngãi và các huyện khác. Các hành vi chủ yếu là giết mổ không đúng nơi quy định, không thực hiện kiểm soát giết mổ, vận chuyển thịt không có dấu kiểm soát.

Đáng chú ý, ngày 12/4, Đội Quản lý thị trường số 3 phối hợp Chi cục Chăn nuôi và Thú y kiểm tra xe tải biển kiểm soát 76C-078.45 lưu thông trên Quốc lộ 1A (đoạn qua Km 1045), phát hiện 850 kg thịt lợn đông lạnh không có hóa đơn, chứng từ và dấu kiểm soát giết mổ. Toàn bộ số hàng đã bị tiêu hủy, chủ hàng bị phạt 25 triệu đồng.

Theo ông Nguyễn Văn Tâm, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh, toàn tỉnh hiện có 5 cơ sở giết mổ tập trung nhưng chỉ kiểm soát được khoảng 35-40% số gia súc giết mổ; phần lớn vẫn giết mổ tại hơn 640 điểm nhỏ lẻ. Thời gian tới, Chi cục dự kiến đầu tư 2 cơ sở giết mổ tập trung tại huyện Bình Sơn và huyện Mộ Đức với tổng kinh phí khoảng 45 tỷ đồng, phấn đấu đến năm 2025 kiểm soát trên 70% số gia súc giết mổ.

"Chúng tôi sẽ tăng cường kiểm tra vào ban đêm, nhất là khung giờ từ 2 giờ đến 5 giờ sáng, khi các điểm giết mổ lậu hoạt động mạnh", ông Tâm cho biết.

Bài, ảnh: THANH NHƯ
25/04/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-25")
YTDi = I(YTD)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 2,3 tấn", "2,3", 2.3, "measure", "tấn", "thịt không rõ nguồn gốc bị tiêu hủy", YTDi, approx="over"),
    F("kiểm tra 312 lượt", "312", 312, "count", "lượt", "lượt kiểm tra cơ sở giết mổ, kinh doanh thịt gia súc, gia cầm", YTD),
    F("phát hiện 41 vụ", "41", 41, "count", "vụ", "vụ vi phạm", YTD),
    F("xử phạt 287 triệu đồng", "287", 287000000, "money", "đồng", "tiền xử phạt", YTD,
      change=CH("increase", 1.6, "lần", "cùng kỳ năm 2023", approx="nearly")),
    F("Trong số 41 vụ", "41", 41, "count", "vụ", "vụ vi phạm", YTDi, optional=True),
    F("có 9 vụ", "9", 9, "count", "vụ", "vụ vi phạm", YTDi, total=41, location="Bình Sơn"),
    F("Sơn Tịnh 7 vụ", "7", 7, "count", "vụ", "vụ vi phạm", YTDi, total=41, location="Sơn Tịnh"),
    F("Tư Nghĩa 6 vụ", "6", 6, "count", "vụ", "vụ vi phạm", YTDi, total=41, location="Tư Nghĩa"),
    F("phát hiện 850 kg", "850", 850, "measure", "kg",
      "thịt lợn đông lạnh không có hóa đơn, chứng từ và dấu kiểm soát giết mổ"),
    F("phạt 25 triệu đồng", "25", 25000000, "money", "đồng", "tiền phạt chủ hàng"),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở giết mổ tập trung"),
    F("khoảng 35-40%", "35", 35, "percent", "%", "tỷ lệ gia súc giết mổ được kiểm soát", value_max=40, approx="about"),
    F("hơn 640 điểm", "640", 640, "count", "điểm", "điểm giết mổ nhỏ lẻ", approx="over"),
    F("đầu tư 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở giết mổ tập trung đầu tư", status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45000000000, "money", "đồng", "tổng kinh phí đầu tư cơ sở giết mổ tập trung",
      approx="about", status="forecast"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ gia súc giết mổ được kiểm soát", T25, approx="over", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ngãi): inspections, fines and destroyed meat since the start of 2024; byline and bare date 25/04/2024 at the end.",
    "'Từ đầu năm đến nay' runs to the dateline. 'tăng gần 1,6 lần so với cùng kỳ' is the change of 287 triệu. 'Trong số 41 vụ' restates the whole (optional);",
    "the district items after it take total 41 and their district as location. The truck case ('ngày 12/4') gets no period. 'Chi cục dự kiến' governs the",
    "2 cơ sở and 45 tỷ (forecast); 'phấn đấu đến năm 2025' makes 'trên 70%' a target. The two named districts for the 2 facilities leave the location at Quảng Ngãi.",
    "Distractors: ngày 12/4, Đội Quản lý thị trường số 3, plate 76C-078.45, Quốc lộ 1A, Km 1045, times 2 giờ-5 giờ, dateline 25/04/2024.",
]

emit("p633-5", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Quảng Ngãi")
