"""p1358-1: province portal (Bắc Ninh): online football-betting ring busted, province gambling figures year to date."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Bắc Ninh: Triệt phá đường dây cá độ bóng đá qua mạng giao dịch hơn 1.200 tỷ đồng

Cập nhật: 19/07/2024 10:35 | Lượt xem: 3.862

Ngày 18/7, Công an tỉnh Bắc Ninh cho biết, Phòng Cảnh sát hình sự (PC02) vừa triệt phá đường dây tổ chức đánh bạc dưới hình thức cá độ bóng đá qua mạng Internet do Nguyễn Văn Toàn (SN 1986, trú tại phường Đình Bảng, thành phố Từ Sơn) cầm đầu.

Theo cơ quan điều tra, từ tháng 3/2024 đến tháng 7/2024, đường dây sử dụng 2 trang web cá độ có máy chủ đặt ở nước ngoài, phát triển hơn 300 tài khoản, tổng số tiền giao dịch ước tính hơn 1.200 tỷ đồng. Riêng từ ngày 14/6 đến ngày 14/7/2024, thời gian diễn ra Euro 2024, số tiền giao dịch khoảng 450 tỷ đồng, chiếm gần 38% tổng số tiền giao dịch của đường dây.

Quá trình điều tra, lực lượng chức năng bắt giữ 17 đối tượng, trong đó 3 đối tượng giữ vai trò "tổng đại lý" và 14 đối tượng là đại lý, thư ký; thu giữ 1,35 tỷ đồng tiền mặt, 26 điện thoại di động, 4 máy tính xách tay và hai xe ô tô. Cơ quan điều tra đã khởi tố 12 bị can về các tội "Tổ chức đánh bạc hoặc gá bạc" và "Đánh bạc" theo Điều 322, Điều 321 Bộ luật Hình sự.

Từ đầu năm đến nay, lực lượng Công an toàn tỉnh đã phát hiện, bắt giữ 156 vụ với 742 đối tượng đánh bạc, tổ chức đánh bạc, tăng 11 vụ so với cùng kỳ năm 2023; trong đó có 9 vụ cá độ bóng đá qua mạng. Tổng số tiền thu giữ trên 6,8 tỷ đồng.

Theo Đại tá Trần Minh Quang, Phó Giám đốc Công an tỉnh, thời gian tới đơn vị phấn đấu 100% đường dây cá độ bóng đá quy mô lớn được phát hiện, đấu tranh triệt để. Người dân có thể báo tin qua số điện thoại 0222.3821.345.

Tin liên quan:
- Ra quân cao điểm tấn công, trấn áp tội phạm dịp Tết Giáp Thìn 2024
- Công an tỉnh sơ kết công tác 6 tháng đầu năm 2024
"""

RING = per("từ tháng 3/2024 đến tháng 7/2024", "2024-03-01", "2024-07-31")
EURO = per("từ ngày 14/6 đến ngày 14/7/2024", "2024-06-14", "2024-07-14")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-19")

FIGS = [
    fig("giao dịch hơn 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="over",
        subject="số tiền giao dịch của đường dây cá độ bóng đá qua mạng"),
    fig("sử dụng 2 trang web", "2", 2, "count", "trang web",
        subject="trang web cá độ đường dây sử dụng", period=RING),
    fig("hơn 300 tài khoản", "300", 300, "count", "tài khoản", approx="over",
        subject="tài khoản đường dây phát triển", period=RING),
    fig("ước tính hơn 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="over", status="estimate",
        subject="tổng số tiền giao dịch", period=RING),
    fig("khoảng 450 tỷ", "450", 450e9, "money", "đồng", approx="about", percent=38,
        subject="số tiền giao dịch", period=EURO),
    fig("bắt giữ 17 đối tượng", "17", 17, "count", "đối tượng", subject="đối tượng bị bắt giữ"),
    fig("trong đó 3 đối tượng", "3", 3, "count", "đối tượng", total=17,
        subject="đối tượng giữ vai trò tổng đại lý"),
    fig("và 14 đối tượng", "14", 14, "count", "đối tượng", total=17,
        subject="đối tượng là đại lý, thư ký"),
    fig("thu giữ 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tiền mặt thu giữ"),
    fig("26 điện thoại", "26", 26, "count", "điện thoại di động", subject="điện thoại di động thu giữ"),
    fig("4 máy tính", "4", 4, "count", "máy tính xách tay", subject="máy tính xách tay thu giữ"),
    fig("hai xe ô tô", "hai", 2, "count", "xe ô tô", subject="xe ô tô thu giữ"),
    fig("khởi tố 12 bị can", "12", 12, "count", "bị can", subject="bị can bị khởi tố"),
    fig("bắt giữ 156 vụ", "156", 156, "count", "vụ", change=chg("increase", 11, "vụ", "cùng kỳ năm 2023"),
        subject="vụ đánh bạc, tổ chức đánh bạc phát hiện, bắt giữ", period=YTD),
    fig("với 742 đối tượng", "742", 742, "count", "đối tượng",
        subject="đối tượng đánh bạc, tổ chức đánh bạc", period=YTD),
    fig("có 9 vụ", "9", 9, "count", "vụ", total=156, subject="vụ cá độ bóng đá qua mạng", period=YTD),
    fig("trên 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", approx="over",
        subject="tổng số tiền thu giữ", period=inh(YTD)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="đường dây cá độ bóng đá quy mô lớn được phát hiện, đấu tranh triệt để"),
]

NOTES = [
    "Province portal (Bắc Ninh): online football-betting ring; breadcrumb, 'Cập nhật: 19/07/2024 10:35 | Lượt xem: 3.862', related links.",
    "Distractors: 10:35, Lượt xem 3.862, ngày 18/7, PC02, SN 1986, Euro 2024, ngày 14/6, Điều 322/321, phone 0222.3821.345, Tết Giáp Thìn 2024 and '6 tháng đầu năm 2024' in links.",
    "Headline 'giao dịch hơn 1.200 tỷ đồng' is its own figure (actual: no cue in the headline; no period). Body twin is 'ước tính' → estimate.",
    "The ringleader lives in TP Từ Sơn but the ring is busted by the province police and runs online: location Bắc Ninh for all figures.",
    "'7 vụ' change '+11 vụ' attaches to 156 vụ (unit vụ); 'trong đó có 9 vụ' after ';' → total 156. 'Từ đầu năm đến nay' ends at the dateline.",
    "'chiếm gần 38%' is the percent attribute of 450 tỷ. 'hai xe ô tô' is a number word.",
]

if __name__ == "__main__":
    write("p1358-1", TEXT, NOTES, FIGS, published="2024-07-19", location="Bắc Ninh")
