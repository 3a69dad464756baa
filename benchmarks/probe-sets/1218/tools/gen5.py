"""p1218-5: Party newspaper (Báo Đồng Nai): a fan maker in KCN Nhơn Trạch 3 speeds up orders; appliance exports of the province."""
from lib import F, P, I, C, T, write

TEXT = """BÁO ĐỒNG NAI
Kinh tế › Doanh nghiệp

Doanh nghiệp gia dụng tăng tốc đơn hàng mùa nắng nóng

Những ngày cuối tháng 4, không khí lao động tại Công ty TNHH Điện cơ Phương Nam (KCN Nhơn Trạch 3, huyện Nhơn Trạch) luôn khẩn trương. Từ đầu năm đến nay, công ty đã xuất xưởng gần 620.000 quạt điện các loại, bằng 48% kế hoạch năm và cao hơn khoảng 20% so với cùng kỳ năm 2023.

Ông Lê Hoàng Vũ, Giám đốc công ty cho biết, đơn vị đang vận hành 4 dây chuyền lắp ráp, mỗi dây chuyền cho ra khoảng 1.800 sản phẩm/ca. Để kịp giao hàng cho các hệ thống siêu thị điện máy, công ty tăng ca từ 2 đến 3 giờ mỗi ngày, tiền lương làm thêm giờ được trả bằng 150% lương giờ làm việc bình thường.

Hiện công ty có 1.250 công nhân, thu nhập bình quân 9,1 triệu đồng/người/tháng. Năm nay, công ty đầu tư thêm 45 tỷ đồng mua robot hàn và hệ thống kiểm tra động cơ tự động, dự kiến nâng năng suất lao động thêm 12-15%. Tháng 3 vừa qua, công ty ký thêm hai hợp đồng xuất khẩu quạt sang Úc và Philippines, tổng giá trị khoảng 1,2 triệu USD.

Theo Ban Quản lý các KCN Đồng Nai, hiện có 46 doanh nghiệp sản xuất thiết bị điện, điện gia dụng đang hoạt động trong các KCN của tỉnh, sử dụng hơn 27.000 lao động. Quý I/2024, kim ngạch xuất khẩu của nhóm doanh nghiệp này ước đạt 318 triệu USD, tăng 12,5% so với cùng kỳ năm 2023; trong đó quạt điện chiếm 21%.

Bài và ảnh: MINH THƯ

25/04/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-25")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
M3 = P("Tháng 3 vừa qua", "2024-03-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
NT = "Nhơn Trạch"

FIGS = [
    F("gần 620.000 quạt", "620.000", 620000, "count", "quạt điện", approx="nearly", percent=48,
      change=C("increase", 20, "%", "cùng kỳ năm 2023", approx="about"),
      subject="quạt điện các loại công ty xuất xưởng", period=YTD, location=NT),
    F("vận hành 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền lắp ráp đang vận hành",
      location=NT),
    F("khoảng 1.800 sản phẩm/ca", "1.800", 1800, "measure", "sản phẩm/ca", approx="about",
      subject="sản phẩm mỗi dây chuyền cho ra", location=NT),
    F("từ 2 đến 3 giờ", "2", 2, "measure", "giờ/ngày", value_max=3, subject="thời gian tăng ca mỗi ngày",
      location=NT),
    F("bằng 150%", "150", 150, "percent", "%",
      subject="tiền lương làm thêm giờ so với lương giờ làm việc bình thường", location=NT),
    F("có 1.250 công nhân", "1.250", 1250, "count", "công nhân", subject="công nhân của công ty", location=NT),
    F("9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân", location=NT),
    F("thêm 45 tỷ đồng", "45", 45e9, "money", "đồng",
      subject="vốn đầu tư thêm mua robot hàn và hệ thống kiểm tra động cơ tự động", period=Y24, location=NT),
    F("thêm 12-15%", "12", 12, "percent", "%", value_max=15, status="forecast",
      subject="năng suất lao động tăng thêm", period=Y24, location=NT),
    F("thêm hai hợp đồng", "hai", 2, "count", "hợp đồng", subject="hợp đồng xuất khẩu quạt sang Úc và Philippines ký thêm",
      period=M3, location=NT),
    F("khoảng 1,2 triệu USD", "1,2", 1.2e6, "money", "USD", approx="about",
      subject="tổng giá trị hợp đồng xuất khẩu quạt", period=M3, location=NT),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất thiết bị điện, điện gia dụng đang hoạt động trong các KCN"),
    F("hơn 27.000 lao động", "27.000", 27000, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp thiết bị điện, điện gia dụng sử dụng"),
    F("ước đạt 318 triệu USD", "318", 318e6, "money", "USD", status="estimate",
      change=C("increase", 12.5, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu của nhóm doanh nghiệp thiết bị điện, điện gia dụng", period=Q1),
    F("chiếm 21%", "21", 21, "percent", "%", status="estimate",
      subject="tỷ trọng quạt điện trong kim ngạch xuất khẩu", period=Q1),
]

NOTES = [
    "Party newspaper (Báo Đồng Nai): byline 'Bài và ảnh: MINH THƯ' and bare date '25/04/2024' at the end (published).",
    "The company passage (first three paragraphs) is placed in huyện Nhơn Trạch: its figures get location Nhơn Trạch;",
    "the Ban Quản lý paragraph is provincial (Đồng Nai, default).",
    "'Từ đầu năm đến nay' runs to the published date; 'Năm nay' = 2024; 'cuối tháng 4' only sets the scene; 'Tháng 3 vừa qua' = 2024-03.",
    "'bằng 48% kế hoạch năm' is the share of 620.000; 'cao hơn khoảng 20% so với cùng kỳ năm 2023' its change (approx about).",
    "'bằng 150% lương giờ ... bình thường' stands alone (no base amount): a percent figure. 'dự kiến nâng ... thêm 12-15%': forecast.",
    "'ước đạt 318 triệu USD ...; trong đó quạt điện chiếm 21%': the estimate cue continues into the 'trong đó' clause.",
    "Distractors: 'KCN Nhơn Trạch 3', 'tháng 4', '25/04/2024' (dateline), 'Quý I/2024' (period).",
]

if __name__ == "__main__":
    write("p1218-5", TEXT, NOTES, FIGS, published="2024-04-25", location="Đồng Nai")
