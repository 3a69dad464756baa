"""p1184-1: province portal (Ninh Thuận), 9 months of 2024: shrimp seed output, hatcheries, quarantine."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ > Tin tức - Sự kiện > Kinh tế
Ninh Thuận: 9 tháng sản xuất hơn 32 tỷ con tôm giống
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.418

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận, 9 tháng năm 2024, các cơ sở trên địa bàn tỉnh đã sản xuất được 32,6 tỷ con tôm giống, đạt 81,5% kế hoạch năm, tăng 6,8% so với cùng kỳ. Trong đó, tôm thẻ chân trắng 30,1 tỷ con, tôm sú 2,5 tỷ con.

Toàn tỉnh hiện có 687 cơ sở sản xuất tôm giống, tập trung chủ yếu tại huyện Ninh Hải (412 cơ sở) và huyện Thuận Nam (158 cơ sở). Khoảng 75% sản lượng tôm giống được xuất bán sang các tỉnh Đồng bằng sông Cửu Long, giá bán phổ biến từ 110 đến 150 đồng/con.

Công tác kiểm dịch được tăng cường: từ đầu năm đến nay, Chi cục Chăn nuôi và Thú y đã kiểm dịch 186.400 con tôm bố mẹ nhập khẩu, lấy 2.350 mẫu tôm giống để xét nghiệm bệnh đốm trắng, hoại tử gan tụy cấp và vi bào tử trùng, phát hiện 41 mẫu dương tính. Tỷ lệ mẫu dương tính là 1,74%, giảm 0,6 điểm phần trăm so với cùng kỳ; các lô tôm nhiễm bệnh đều đã được tiêu hủy theo quy định.

Tại Khu sản xuất tôm giống công nghệ cao An Hải (huyện Ninh Phước), 38 doanh nghiệp đang hoạt động trên diện tích gần 110 ha, mỗi năm cung ứng khoảng 12 tỷ con giống chất lượng cao.

Phấn đấu cả năm 2024, tỉnh sản xuất 40 tỷ con tôm giống, tỷ lệ mẫu giám sát dương tính dưới 2%. Mọi phản ánh về chất lượng con giống xin gửi về đường dây nóng 0259.3822.147.
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
NP = "Ninh Phước"

FIGS = [
    fig("sản xuất hơn 32 tỷ con", "32", 32e9, "count", "con", approx="over",
        subject="tôm giống sản xuất", period=NINE_H),
    fig("được 32,6 tỷ con", "32,6", 32.6e9, "count", "con", percent=81.5,
        change=chg("increase", 6.8, "%", "cùng kỳ"),
        subject="tôm giống sản xuất", period=NINE),
    fig("chân trắng 30,1 tỷ con", "30,1", 30.1e9, "count", "con", total=32.6e9,
        subject="tôm thẻ chân trắng giống sản xuất", period=inh(NINE)),
    fig("tôm sú 2,5 tỷ con", "2,5", 2.5e9, "count", "con", total=32.6e9,
        subject="tôm sú giống sản xuất", period=inh(NINE)),
    fig("có 687 cơ sở", "687", 687, "count", "cơ sở", subject="cơ sở sản xuất tôm giống"),
    fig("(412 cơ sở)", "412", 412, "count", "cơ sở", subject="cơ sở sản xuất tôm giống",
        location="Ninh Hải"),
    fig("(158 cơ sở)", "158", 158, "count", "cơ sở", subject="cơ sở sản xuất tôm giống",
        location="Thuận Nam"),
    fig("Khoảng 75% sản lượng", "75", 75, "percent", "%", approx="about",
        subject="sản lượng tôm giống được xuất bán sang các tỉnh Đồng bằng sông Cửu Long"),
    fig("từ 110 đến 150 đồng/con", "110", 110, "money", "đồng/con", value_max=150,
        subject="giá bán tôm giống"),
    fig("kiểm dịch 186.400 con", "186.400", 186400, "count", "con",
        subject="tôm bố mẹ nhập khẩu được kiểm dịch", period=YTD),
    fig("lấy 2.350 mẫu", "2.350", 2350, "count", "mẫu",
        subject="mẫu tôm giống lấy xét nghiệm", period=YTD),
    fig("phát hiện 41 mẫu", "41", 41, "count", "mẫu",
        subject="mẫu tôm giống dương tính", period=YTD),
    fig("là 1,74%", "1,74", 1.74, "percent", "%",
        change=chg("decrease", 0.6, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ mẫu dương tính", period=inh(YTD)),
    fig("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp hoạt động tại Khu sản xuất tôm giống công nghệ cao An Hải", location=NP),
    fig("gần 110 ha", "110", 110, "measure", "ha", approx="nearly",
        subject="diện tích Khu sản xuất tôm giống công nghệ cao An Hải", location=NP),
    fig("khoảng 12 tỷ con", "12", 12e9, "count", "con", approx="about",
        subject="con giống chất lượng cao cung ứng mỗi năm", location=NP),
    fig("sản xuất 40 tỷ con", "40", 40e9, "count", "con", status="target",
        subject="tôm giống sản xuất", period=Y24),
    fig("dưới 2%", "2", 2, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu giám sát dương tính", period=Y24),
]

NOTES = [
    "Province portal, Ninh Thuận: breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.418' (published; counter is furniture).",
    "Headline '9 tháng' takes 2024 from published. 'Trong đó' sentence: the two species are parts of 32,6 tỷ (total), period inherited.",
    "District list after 'tập trung chủ yếu tại' (412 + 158 != 687): no total, district as location.",
    "'từ đầu năm đến nay' ends at the published date; the 1,74% sentence inherits it. 41 mẫu: no part-of cue, so no total.",
    "The rate 1,74% carries its own change in 'điểm phần trăm'. An Hải zone in huyện Ninh Phước: its figures are located there.",
    "Distractors: hotline 0259.3822.147, dateline time 08:35, view counter 2.418.",
]

if __name__ == "__main__":
    build("p1184-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Ninh Thuận")
