"""p485-8: provincial newspaper portal (Báo Hòa Bình điện tử) — WB8 dam safety project, disbursement 9 months / Q3 2024."""
from lib import F, P, I, CH, emit

TEXT = """Báo Hòa Bình điện tử
Kinh tế › Nông nghiệp

Dự án WB8: Giải ngân 9 tháng đạt 78,4% kế hoạch vốn năm

Ngày cập nhật 09/10/2024

(HBĐT) - Theo Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và PTNT tỉnh, Dự án Sửa chữa và nâng cao an toàn đập (WB8) tỉnh Hòa Bình có tổng mức đầu tư 512,6 tỷ đồng (tương đương khoảng 22 triệu USD), trong đó vốn vay Ngân hàng Thế giới 437,2 tỷ đồng, vốn đối ứng 75,4 tỷ đồng. Dự án sửa chữa, nâng cấp 18 hồ chứa tại 7 huyện.

9 tháng năm 2024, dự án giải ngân được 96,7 tỷ đồng, đạt 78,4% kế hoạch vốn năm, cao hơn mức bình quân chung của tỉnh (61,2%). Riêng quý III giải ngân 41,2 tỷ đồng, tăng 15,6% so với quý II. Đến nay đã hoàn thành 11/18 hồ; 5 hồ đang thi công, khối lượng đạt từ 60 đến 85%.

Sau sửa chữa, các hồ bảo đảm tưới ổn định cho 2.350 ha đất canh tác, cấp nước sinh hoạt cho 3.200 hộ và bảo vệ an toàn cho hơn 16.000 người dân vùng hạ du. Hồ Cạn Thượng (huyện Cao Phong) có dung tích 1,25 triệu m3 được nâng cao trình đỉnh đập thêm 0,8 m.

Dự kiến đến hết năm 2024 hoàn thành thêm 5 hồ, lũy kế giải ngân đạt khoảng 85% tổng mức đầu tư.

Ban Quản lý dự án đề nghị các nhà thầu tập trung nhân lực, máy móc, bảo đảm tiến độ theo Hiệp định vay số 5749-VN; mọi phản ánh về chất lượng công trình xin gọi đường dây nóng 0218.3852.369.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", end="2024-10-09")
END24 = P("đến hết năm 2024", end="2024-12-31")

FIGS = [
    F("đạt 78,4% kế hoạch vốn năm\n", "78,4", 78.4, "percent", "%", "giải ngân Dự án WB8 so với kế hoạch vốn năm",
      P("9 tháng", "2024-01-01", "2024-09-30"),
      note="headline: '9 tháng' takes the year of published (nothing earlier in the article)"),
    F("tư 512,6 tỷ đồng", "512,6", 512.6e9, "money", "đồng", "tổng mức đầu tư Dự án WB8"),
    F("khoảng 22 triệu USD", "22", 22e6, "money", "USD", "tổng mức đầu tư Dự án WB8", approx="about",
      note="an equivalent amount, not a share: its own money figure (as 469 and shared h01)"),
    F("Thế giới 437,2 tỷ đồng", "437,2", 437.2e9, "money", "đồng", "vốn vay Ngân hàng Thế giới", total=512.6e9,
      note="'trong đó' follows the bracketed USD equivalent; the parts (437,2 + 75,4) add up to 512,6 tỷ đồng"),
    F("ứng 75,4 tỷ đồng", "75,4", 75.4e9, "money", "đồng", "vốn đối ứng", total=512.6e9),
    F("nâng cấp 18 hồ chứa", "18", 18, "count", "hồ chứa", "hồ chứa được sửa chữa, nâng cấp"),
    F("tại 7 huyện", "7", 7, "count", "huyện", "huyện có hồ chứa được sửa chữa, nâng cấp"),
    F("được 96,7 tỷ đồng", "96,7", 96.7e9, "money", "đồng", "vốn dự án giải ngân", M9, percent=78.4),
    F("(61,2%)", "61,2", 61.2, "percent", "%", "tỷ lệ giải ngân bình quân chung của tỉnh", M9),
    F("giải ngân 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "vốn giải ngân",
      P("quý III", "2024-07-01", "2024-09-30"), change=CH("increase", 15.6, "%", "quý II")),
    F("11/18 hồ", "11", 11, "count", "hồ", "hồ hoàn thành", NOW, total=18),
    F("5 hồ đang", "5", 5, "count", "hồ", "hồ đang thi công", NOW),
    F("từ 60 đến 85%", "60", 60, "percent", "%", "khối lượng thi công", NOW, value_max=85),
    F("cho 2.350 ha", "2.350", 2350, "measure", "ha", "đất canh tác được tưới ổn định"),
    F("cho 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ được cấp nước sinh hoạt"),
    F("hơn 16.000 người", "16.000", 16000, "count", "người", "người dân vùng hạ du được bảo vệ an toàn",
      approx="over"),
    F("tích 1,25 triệu m3", "1,25", 1.25e6, "measure", "m3", "dung tích Hồ Cạn Thượng", location="Cao Phong"),
    F("thêm 0,8 m", "0,8", 0.8, "measure", "m", "cao trình đỉnh đập Hồ Cạn Thượng nâng thêm", location="Cao Phong"),
    F("thêm 5 hồ", "5", 5, "count", "hồ", "hồ hoàn thành thêm", END24, status="forecast"),
    F("khoảng 85% tổng", "85", 85, "percent", "%", "lũy kế giải ngân so với tổng mức đầu tư", END24,
      approx="about", status="forecast"),
]

emit("p485-8", TEXT, [
    "Provincial newspaper portal (Báo Hòa Bình điện tử, tag '(HBĐT)'), 'Ngày cập nhật 09/10/2024' (no time): WB8 dam-safety project in",
    "Hòa Bình, disbursement 9 months and Q3 2024. Distractors: 'WB8' in the headline and name, 'Hiệp định vay số 5749-VN',",
    "phone 0218.3852.369, 'quý II' (baseline), 'Ngày cập nhật' date.",
    "'(61,2%)' after 'cao hơn mức bình quân chung của tỉnh' is a percent figure of its own (not a change of 96,7 tỷ: no gap number).",
    "'11/18 hồ' → total 18; the sibling '5 hồ đang thi công' has no cue → no total. 'Đến nay' ends at the dateline.",
    "Cao Phong (district, in brackets) is the location of the Cạn Thượng reservoir figures. 'Dự kiến đến hết năm 2024' → forecast, both clauses.",
], FIGS, published="2024-10-09", location="Hòa Bình")
