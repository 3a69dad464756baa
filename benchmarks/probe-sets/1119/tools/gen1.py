"""p1119-1: Thừa Thiên Huế province portal, Vườn quốc gia Bạch Mã, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Vườn quốc gia Bạch Mã tháo gỡ gần 2.900 bẫy thú trong 6 tháng

Cập nhật: 09/07/2024 08:15 | Lượt xem: 2.417

(thuathienhue.gov.vn) - 6 tháng đầu năm 2024, Hạt Kiểm lâm Vườn quốc gia Bạch Mã đã phối hợp với các tổ tuần tra cộng đồng tổ chức 412 đợt tuần tra, truy quét, tăng 9,6% so với cùng kỳ năm 2023, với tổng cộng 1.868 ngày công. Qua tuần tra, lực lượng chức năng đã tháo gỡ, tiêu hủy 2.874 bẫy thú các loại, trong đó 2.315 bẫy dây cáp, 486 bẫy kẹp sắt và 73 bẫy khác; phá dỡ 26 lán trại trái phép trong rừng.

Cũng trong 6 tháng, Vườn đã cứu hộ 19 cá thể động vật hoang dã bị mắc bẫy hoặc do người dân tự nguyện bàn giao, gồm 7 cá thể tê tê, 5 cá thể khỉ và 7 cá thể rùa; sau thời gian chăm sóc đã tái thả 14 cá thể về rừng tự nhiên, đạt tỷ lệ 73,7%.

Hạt Kiểm lâm đã phát hiện, lập biên bản 11 vụ vi phạm Luật Lâm nghiệp, giảm 4 vụ so với cùng kỳ, trong đó xử phạt vi phạm hành chính 9 vụ, chuyển cơ quan điều tra 2 vụ; thu nộp ngân sách hơn 186 triệu đồng.

Tính đến ngày 30/6/2024, Vườn quốc gia Bạch Mã quản lý, bảo vệ 37.487 ha rừng đặc dụng. Lực lượng bảo vệ rừng gồm 68 cán bộ, kiểm lâm viên và 21 tổ tuần tra cộng đồng với 147 thành viên là người dân các xã vùng đệm thuộc huyện Phú Lộc và Nam Đông; mức hỗ trợ cho thành viên tổ tuần tra là 180.000 đồng/người/ngày.

6 tháng cuối năm, Vườn phấn đấu duy trì ít nhất 400 đợt tuần tra, giảm khoảng 20% số bẫy phát hiện so với năm 2023; dự kiến tái thả thêm từ 10 đến 15 cá thể động vật sau cứu hộ. Mọi thông tin về săn bắt, bẫy động vật hoang dã xin báo về đường dây nóng 0234.3871.330.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
ALSO = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SNARE = "bẫy thú tháo gỡ, tiêu hủy"

FIGS = [
    F("gần 2.900 bẫy thú", "2.900", 2900, "count", "bẫy thú", approx="nearly",
      subject="bẫy thú Vườn quốc gia Bạch Mã tháo gỡ", period=HEAD),
    F("tổ chức 412 đợt", "412", 412, "count", "đợt tuần tra",
      change=C("increase", 9.6, "%", "cùng kỳ năm 2023"),
      subject="đợt tuần tra, truy quét", period=H1),
    F("tổng cộng 1.868 ngày công", "1.868", 1868, "measure", "ngày công",
      subject="ngày công tuần tra, truy quét", period=H1),
    F("tiêu hủy 2.874 bẫy", "2.874", 2874, "count", "bẫy thú", subject=SNARE, period=I(H1)),
    F("2.315 bẫy dây cáp", "2.315", 2315, "count", "bẫy", total=2874,
      subject="bẫy dây cáp tháo gỡ, tiêu hủy", period=I(H1)),
    F("486 bẫy kẹp sắt", "486", 486, "count", "bẫy", total=2874,
      subject="bẫy kẹp sắt tháo gỡ, tiêu hủy", period=I(H1)),
    F("73 bẫy khác", "73", 73, "count", "bẫy", total=2874,
      subject="bẫy khác tháo gỡ, tiêu hủy", period=I(H1)),
    F("phá dỡ 26 lán trại", "26", 26, "count", "lán trại",
      subject="lán trại trái phép trong rừng phá dỡ", period=I(H1)),
    F("cứu hộ 19 cá thể", "19", 19, "count", "cá thể",
      subject="động vật hoang dã được cứu hộ", period=ALSO),
    F("7 cá thể tê tê", "7", 7, "count", "cá thể", total=19,
      subject="tê tê được cứu hộ", period=ALSO),
    F("5 cá thể khỉ", "5", 5, "count", "cá thể", total=19,
      subject="khỉ được cứu hộ", period=ALSO),
    F("7 cá thể rùa", "7", 7, "count", "cá thể", total=19,
      subject="rùa được cứu hộ", period=ALSO),
    F("tái thả 14 cá thể", "14", 14, "count", "cá thể", percent=73.7,
      subject="cá thể tái thả về rừng tự nhiên", period=ALSO),
    F("biên bản 11 vụ", "11", 11, "count", "vụ vi phạm",
      change=C("decrease", 4, "vụ", "cùng kỳ"),
      subject="vụ vi phạm Luật Lâm nghiệp phát hiện, lập biên bản", period=I(H1)),
    F("hành chính 9 vụ", "9", 9, "count", "vụ", total=11,
      subject="vụ xử phạt vi phạm hành chính", period=I(H1)),
    F("điều tra 2 vụ", "2", 2, "count", "vụ", total=11,
      subject="vụ chuyển cơ quan điều tra", period=I(H1)),
    F("hơn 186 triệu", "186", 186000000, "money", "đồng", approx="over",
      subject="tiền thu nộp ngân sách", period=I(H1)),
    F("37.487 ha", "37.487", 37487, "measure", "ha",
      subject="diện tích rừng đặc dụng Vườn quốc gia Bạch Mã quản lý, bảo vệ", period=ASOF),
    F("gồm 68 cán bộ", "68", 68, "count", "cán bộ, kiểm lâm viên",
      subject="cán bộ, kiểm lâm viên lực lượng bảo vệ rừng", period=I(ASOF)),
    F("và 21 tổ", "21", 21, "count", "tổ tuần tra cộng đồng",
      subject="tổ tuần tra cộng đồng", period=I(ASOF)),
    F("147 thành viên", "147", 147, "count", "thành viên",
      subject="thành viên tổ tuần tra cộng đồng", period=I(ASOF)),
    F("180.000 đồng/người/ngày", "180.000", 180000, "money", "đồng/người/ngày",
      subject="mức hỗ trợ cho thành viên tổ tuần tra", period=I(ASOF)),
    F("ít nhất 400 đợt", "400", 400, "count", "đợt tuần tra", approx="at_least", status="target",
      subject="đợt tuần tra", period=H2),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", status="target",
      subject="mức giảm số bẫy phát hiện so với năm 2023", period=H2),
    F("từ 10 đến 15 cá thể", "10", 10, "count", "cá thể", value_max=15, status="forecast",
      subject="cá thể động vật tái thả thêm sau cứu hộ", period=H2),
]

NOTES = [
    "Province portal (Thừa Thiên Huế): Vườn quốc gia Bạch Mã, 6 tháng đầu năm 2024. 'Cập nhật: 09/07/2024 08:15 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:15, hotline 0234.3871.330, 'Luật Lâm nghiệp'.",
    "Headline 'trong 6 tháng' is year-less: 2024 from the dateline. 'tăng 9,6%' stands right after 412 đợt: its change.",
    "Snare parts 2.315 + 486 + 73 = 2.874 (trong đó); rescued parts 7 + 5 + 7 = 19 (gồm). 'tái thả 14 cá thể, đạt tỷ lệ 73,7%' has no",
    "total cue, so percent only. 9 and 2 vụ follow 'trong đó' after 11 vụ: total 11. 'giảm 4 vụ so với cùng kỳ' is the change of 11.",
    "'Tính đến ngày 30/6/2024' is an as-of date; the forces sentence after it inherits it. Patrol days (ngày công) are measure.",
    "'6 tháng cuối năm … phấn đấu' targets (continuing after ';' until 'dự kiến', which is forecast).",
    "Members of teams are in two districts (Phú Lộc, Nam Đông): location stays the province.",
]

if __name__ == "__main__":
    write("p1119-1", TEXT, NOTES, FIGS, published="2024-07-09", location="Thừa Thiên Huế")
