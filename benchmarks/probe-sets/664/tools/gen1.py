"""p664-1: Quảng Bình province portal — động vật hoang dã tiếp nhận, thả về tự nhiên, vi phạm 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Quảng Bình: 6 tháng đầu năm 2024 thả về tự nhiên 186 cá thể động vật hoang dã

Cập nhật: 08/07/2024 10:25 | Lượt xem: 1.482

Theo báo cáo của Chi cục Kiểm lâm tỉnh Quảng Bình, 6 tháng đầu năm 2024, lực lượng kiểm lâm và các chủ rừng đã tiếp nhận 213 cá thể động vật hoang dã do người dân tự nguyện giao nộp hoặc được giải cứu, tăng 38 cá thể so với cùng kỳ năm 2023. Trong đó, nhóm linh trưởng 41 cá thể, nhóm bò sát 126 cá thể, nhóm chim 29 cá thể và nhóm thú nhỏ 17 cá thể.

Sau thời gian chăm sóc, đơn vị đã thả về môi trường tự nhiên 186 cá thể, đạt 87,3% số cá thể tiếp nhận; hiện còn 19 cá thể đang được nuôi dưỡng tại Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật thuộc Vườn quốc gia Phong Nha - Kẻ Bàng. Trung tâm có 3 khu nuôi cách ly với sức chứa tối đa 120 cá thể.

Cũng trong 6 tháng đầu năm, lực lượng kiểm lâm phát hiện, xử lý 27 vụ vi phạm về quản lý, bảo vệ động vật hoang dã, giảm 9 vụ so với cùng kỳ; tịch thu 312,5 kg động vật hoang dã các loại, điển hình là vụ vận chuyển 48 cá thể rùa núi vàng trên Quốc lộ 12A ngày 14/3. Tổng số tiền xử phạt vi phạm hành chính hơn 486 triệu đồng. Cơ quan chức năng đã khởi tố 4 vụ án hình sự với 6 bị can theo Điều 244 Bộ luật Hình sự.

Phấn đấu đến hết năm 2024, 100% cá thể động vật hoang dã tiếp nhận được cứu hộ kịp thời, tỷ lệ thả về tự nhiên đạt trên 85%.

Người dân phát hiện vi phạm xin báo về đường dây nóng của Chi cục Kiểm lâm: 0232.3822.609 hoặc số 17 đường Hùng Vương, TP. Đồng Hới.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("tự nhiên 186 cá thể động vật hoang dã", "186", 186, "count", "cá thể",
      "cá thể động vật hoang dã thả về tự nhiên", H1),
    F("tiếp nhận 213 cá thể", "213", 213, "count", "cá thể",
      "cá thể động vật hoang dã tiếp nhận", H1,
      change=CH("increase", 38, "cá thể", "cùng kỳ năm 2023")),
    F("linh trưởng 41 cá thể", "41", 41, "count", "cá thể", "động vật hoang dã tiếp nhận nhóm linh trưởng", I(H1), total=213),
    F("bò sát 126 cá thể", "126", 126, "count", "cá thể", "động vật hoang dã tiếp nhận nhóm bò sát", I(H1), total=213),
    F("chim 29 cá thể", "29", 29, "count", "cá thể", "động vật hoang dã tiếp nhận nhóm chim", I(H1), total=213),
    F("thú nhỏ 17 cá thể", "17", 17, "count", "cá thể", "động vật hoang dã tiếp nhận nhóm thú nhỏ", I(H1), total=213),
    F("tự nhiên 186 cá thể, đạt", "186", 186, "count", "cá thể", "cá thể thả về môi trường tự nhiên", I(H1), percent=87.3),
    F("còn 19 cá thể", "19", 19, "count", "cá thể",
      "cá thể đang được nuôi dưỡng tại Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật"),
    F("có 3 khu nuôi cách ly", "3", 3, "count", "khu nuôi cách ly", "khu nuôi cách ly của Trung tâm"),
    F("tối đa 120 cá thể", "120", 120, "count", "cá thể", "sức chứa của khu nuôi cách ly", approx="at_most"),
    F("xử lý 27 vụ vi phạm", "27", 27, "count", "vụ",
      "vụ vi phạm về quản lý, bảo vệ động vật hoang dã phát hiện, xử lý", H1b,
      change=CH("decrease", 9, "vụ", "cùng kỳ")),
    F("312,5 kg", "312,5", 312.5, "measure", "kg", "động vật hoang dã các loại tịch thu", H1b),
    F("vận chuyển 48 cá thể rùa", "48", 48, "count", "cá thể", "rùa núi vàng vận chuyển trái phép"),
    F("hơn 486 triệu đồng", "486", 486e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(H1), approx="over"),
    F("khởi tố 4 vụ án", "4", 4, "count", "vụ án", "vụ án hình sự khởi tố", I(H1)),
    F("với 6 bị can", "6", 6, "count", "bị can", "bị can bị khởi tố", I(H1)),
    F("100% cá thể", "100", 100, "percent", "%", "cá thể động vật hoang dã tiếp nhận được cứu hộ kịp thời", Y,
      status="target"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ thả về tự nhiên", Y, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (breadcrumb, 'Cập nhật: 08/07/2024 10:25 | Lượt xem: 1.482'): động vật hoang dã tiếp nhận, thả, vi phạm 6 tháng đầu năm 2024.",
    "Distractors: 'Lượt xem: 1.482', 'Quốc lộ 12A', 'ngày 14/3', 'Điều 244', phone 0232.3822.609, 'số 17 đường Hùng Vương'.",
    "Species groups after 'Trong đó' (new sentence) add up to 213: total 213. '19 cá thể' (hiện còn) has no cue: no total.",
    "'48 cá thể rùa núi vàng' is one seizure dated 14/3 inside a 6-month sentence: period left null (unscored).",
]

if __name__ == "__main__":
    emit("p664-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Bình")
