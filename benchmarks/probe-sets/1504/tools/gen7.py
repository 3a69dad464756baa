"""p1504-7: news agency (TTXVN): roller shutters with escape hatches in Hà Nội after tube-house fires."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Xã hội | Đời sống

Nhu cầu lắp cửa cuốn có ô thoát hiểm tăng mạnh

20/10/2023 15:12

Hà Nội, 20/10 (TTXVN) - Sau các vụ cháy nhà ống gây thiệt hại về người, nhiều hộ gia đình tại Hà Nội đã chủ động cải tạo cửa cuốn, mở thêm lối thoát nạn thứ hai. Đơn đặt hàng tại nhiều cơ sở sản xuất, lắp đặt cửa cuốn tăng gấp 2-3 lần.

Tại Công ty TNHH Cửa cuốn Thành Nam trên đường Giải Phóng, từ đầu tháng 9 đến nay, công ty đã nhận hơn 420 đơn hàng cải tạo cửa cuốn có ô thoát hiểm, gấp khoảng 3 lần cùng kỳ năm trước. Mỗi ô thoát hiểm có giá từ 3 đến 4,5 triệu đồng, thời gian thi công khoảng 4 giờ.

Theo Phòng Cảnh sát PCCC và CNCH Công an TP Hà Nội, trên địa bàn thành phố có khoảng 1,2 triệu nhà ở riêng lẻ, trong đó gần 40% là nhà ống chỉ có một lối ra qua cửa cuốn. 9 tháng năm 2023, lực lượng chức năng đã kiểm tra, hướng dẫn 28.650 hộ gia đình, vận động 11.200 hộ mở lối thoát nạn thứ hai.

Ông Nguyễn Đức Hải, chủ một xưởng cửa cuốn tại quận Hoàng Mai, cho biết xưởng hiện có 14 thợ nhưng vẫn phải hẹn khách từ 7 đến 10 ngày. Theo ông, giá motor cửa cuốn đã tăng khoảng 500.000 đồng/bộ so với đầu năm.

Lực lượng chức năng khuyến cáo người dân lắp đặt cửa cuốn có bộ lưu điện, bố trí lối thoát nạn theo QCVN 06:2022/BXD và gọi số 114 khi có sự cố cháy, nổ.

Hoàng Hiếu (TTXVN)
"""

SEP = per("từ đầu tháng 9 đến nay", "2023-09-01", "2023-10-20")
M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
HM = "Hoàng Mai"

FIGS = [
    fig("tăng gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="đơn đặt hàng tại nhiều cơ sở sản xuất, lắp đặt cửa cuốn"),
    fig("hơn 420 đơn hàng", "420", 420, "count", "đơn hàng", approx="over",
        change=chg("increase", 3, "lần", "cùng kỳ năm trước", approx="about"),
        subject="đơn hàng cải tạo cửa cuốn có ô thoát hiểm công ty đã nhận", period=SEP),
    fig("từ 3 đến 4,5 triệu", "3", 3e6, "money", "đồng/ô", value_max=4.5e6, subject="giá mỗi ô thoát hiểm"),
    fig("khoảng 4 giờ", "4", 4, "measure", "giờ", approx="about", subject="thời gian thi công ô thoát hiểm"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "nhà ở riêng lẻ", approx="about",
        subject="nhà ở riêng lẻ trên địa bàn thành phố"),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="nhà ống chỉ có một lối ra qua cửa cuốn"),
    fig("chỉ có một lối ra", "một", 1, "count", "lối ra", subject="lối ra của nhà ống", optional=True),
    fig("dẫn 28.650 hộ", "28.650", 28650, "count", "hộ gia đình",
        subject="hộ gia đình được kiểm tra, hướng dẫn", period=M9),
    fig("động 11.200 hộ", "11.200", 11200, "count", "hộ",
        subject="hộ được vận động mở lối thoát nạn thứ hai", period=M9),
    fig("có 14 thợ", "14", 14, "count", "thợ", subject="thợ của xưởng cửa cuốn", location=HM),
    fig("từ 7 đến 10 ngày", "7", 7, "measure", "ngày", value_max=10, subject="thời gian hẹn khách", location=HM),
    fig("khoảng 500.000 đồng", "500.000", 500000, "money", "đồng/bộ", approx="about",
        subject="giá motor cửa cuốn tăng so với đầu năm"),
]

NOTES = [
    "News agency (TTXVN): agency banner, section menu, '20/10/2023 15:12', 'Hà Nội, 20/10 (TTXVN) -', byline '(TTXVN)'. Location Hà Nội.",
    "Distractors: '20/10', time 15:12, 'lối thoát nạn thứ hai' (ordinal, twice), 'QCVN 06:2022/BXD', emergency number '114',",
    "'đầu năm' and 'cùng kỳ năm trước' as baselines.",
    "'Đơn đặt hàng … tăng gấp 2-3 lần' has no base amount: a multiple figure standing alone as the claim, range 2-3.",
    "'hơn 420 đơn hàng …, gấp khoảng 3 lần cùng kỳ năm trước' → change 3 lần (about). 'từ đầu tháng 9 đến nay' → 2023-09-01 to the dateline.",
    "'trong đó gần 40% là nhà ống' is a percent figure; a percent has no whole in nhà: no total.",
    "'chỉ có một lối ra' describes the house type rather than counting: optional.",
    "'Mỗi ô thoát hiểm có giá từ 3 đến 4,5 triệu đồng' → unit 'đồng/ô'. The Hoàng Mai workshop's thợ and waiting time → location Hoàng Mai;",
    "'Theo ông, giá motor … đã tăng khoảng 500.000 đồng/bộ so với đầu năm' is a city-wide price rise with no base amount: the",
    "increase is the claim (money figure, no change object, by analogy with growth rates in FIGURES.md); location Hà Nội.",
]

if __name__ == "__main__":
    write("p1504-7", TEXT, NOTES, FIGS, published="2023-10-20", location="Hà Nội")
