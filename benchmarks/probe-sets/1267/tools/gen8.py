"""p1267-8: news agency (TTXVN / Vietnam+): Hải Phòng melons and vegetables on substrates, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS - TTXVN
Kinh tế > Nông nghiệp

Hải Phòng mở rộng trồng dưa lưới, rau trên giá thể trong nhà màng

Thứ Hai, 21/10/2024 - 14:05

Hải Phòng (TTXVN) - 9 tháng năm 2024, diện tích nhà màng trồng dưa lưới, rau trên giá thể của thành phố đạt 78 ha, tăng 14 ha so với cùng kỳ; sản lượng dưa lưới ước đạt 2.150 tấn, tăng 18,5%.

Tại huyện Tiên Lãng, Hợp tác xã Nông nghiệp công nghệ cao Tiên Phong Xanh ở xã Đại Thắng, cạnh đường tỉnh 354, đang canh tác 3,6 ha nhà màng với 36 nghìn gốc dưa lưới trồng trong túi xơ dừa, tưới nhỏ giọt tự động. Mỗi năm HTX trồng 3 vụ, năng suất 30-35 tấn/ha/vụ; giá bán tại vườn 45.000-60.000 đồng/kg. Riêng quý III, HTX xuất bán khoảng 38 tấn dưa, doanh thu gần 2 tỷ đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn Hải Phòng, thành phố đứng thứ hai vùng Đồng bằng sông Hồng về diện tích dưa lưới trồng trong nhà màng, sau Hà Nội. Từ đầu năm đến nay, thành phố đã hỗ trợ 4,8 tỷ đồng cho 16 mô hình nhà màng theo Nghị quyết số 06/2022/NQ-HĐND, mỗi mô hình được hỗ trợ tối đa 300 triệu đồng.

Thành phố đặt mục tiêu đến năm 2025 có 120 ha nhà màng, nhà lưới, trong đó khoảng 40% trồng trên giá thể, thủy canh.

(TTXVN/Vietnam+)

Tin cùng chuyên mục:
- Thái Bình: Nông dân xuống giống vụ Đông
- Phát triển nông nghiệp đô thị gắn với du lịch sinh thái
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
T25 = per("đến năm 2025", None, "2025-12-31")
TL = "Tiên Lãng"

FIGS = [
    fig("đạt 78 ha", "78", 78, "measure", "ha", change=chg("increase", 14, "ha", "cùng kỳ"),
        subject="diện tích nhà màng trồng dưa lưới, rau trên giá thể", period=M9),
    fig("ước đạt 2.150 tấn", "2.150", 2150, "measure", "tấn", status="estimate",
        change=chg("increase", 18.5, "%"), subject="sản lượng dưa lưới", period=M9),
    fig("canh tác 3,6 ha", "3,6", 3.6, "measure", "ha", subject="diện tích nhà màng HTX canh tác", location=TL),
    fig("với 36 nghìn gốc", "36", 36000, "count", "gốc", subject="gốc dưa lưới trồng trong túi xơ dừa",
        location=TL),
    fig("trồng 3 vụ", "3", 3, "measure", "vụ/năm", subject="vụ HTX trồng mỗi năm", location=TL),
    fig("suất 30-35 tấn", "30", 30, "measure", "tấn/ha/vụ", value_max=35, subject="năng suất", location=TL),
    fig("vườn 45.000-60.000", "45.000", 45000, "money", "đồng/kg", value_max=60000,
        subject="giá bán tại vườn", location=TL),
    fig("khoảng 38 tấn", "38", 38, "measure", "tấn", approx="about", subject="dưa HTX xuất bán",
        period=Q3, location=TL),
    fig("gần 2 tỷ", "2", 2e9, "money", "đồng", approx="nearly", subject="doanh thu", period=Q3, location=TL),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="diện tích dưa lưới trồng trong nhà màng"),
    fig("hỗ trợ 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", subject="kinh phí thành phố hỗ trợ mô hình nhà màng",
        period=YTD),
    fig("cho 16 mô hình", "16", 16, "count", "mô hình", subject="mô hình nhà màng được hỗ trợ", period=YTD),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/mô hình", approx="at_most",
        subject="mức hỗ trợ mỗi mô hình"),
    fig("có 120 ha", "120", 120, "measure", "ha", status="target", subject="diện tích nhà màng, nhà lưới",
        period=T25),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", status="target",
        subject="tỷ lệ diện tích trồng trên giá thể, thủy canh", period=T25),
]

NOTES = [
    "revised after the first run: 'Mỗi năm HTX trồng 3 vụ' (vụ/năm) kind count → measure: a rate with a denominator is a measure (FIGURES.md, Rates).",
    "News agency (TTXVN / Vietnam+): section path, 'Thứ Hai, 21/10/2024 - 14:05', place + '(TTXVN) -' lead, '(TTXVN/Vietnam+)', related links.",
    "Lead: '9 tháng năm 2024' governs both clauses; 'tăng 14 ha so với cùng kỳ' → change in ha; 'ước đạt 2.150 tấn, tăng 18,5%' → estimate, change.",
    "The cooperative in huyện Tiên Lãng → location Tiên Lãng for its seven figures. '36 nghìn gốc' = 36 000 (multiplier word).",
    "'Mỗi năm HTX trồng 3 vụ' → vụ/năm; yield tấn/ha/vụ; price range; standing facts carry no period.",
    "'Riêng quý III' (year-less) takes 2024 from the lead and the dateline. 'đứng thứ hai vùng Đồng bằng sông Hồng' → rank 2, location Hải Phòng.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-21; 'mỗi mô hình ... tối đa 300 triệu đồng' is a cap per model (at_most), no period.",
    "'mục tiêu đến năm 2025 ..., trong đó khoảng 40%' → both target; the 40% is a percent figure of its own.",
    "Distractors: 14:05, 'đường tỉnh 354', Nghị quyết số 06/2022/NQ-HĐND, '(TTXVN)', 'vụ Đông' in a link.",
]

if __name__ == "__main__":
    write("p1267-8", TEXT, NOTES, FIGS, published="2024-10-21", location="Hải Phòng")
