"""p1141-1: Thái Bình province portal; bird-flu surveillance at live poultry markets, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Phát hiện 27 mẫu dương tính cúm A tại chợ gia cầm sống

Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.418

(thaibinh.gov.vn) - 6 tháng đầu năm 2024, Chi cục Chăn nuôi và Thú y tỉnh Thái Bình đã lấy 360 mẫu giám sát lưu hành vi rút cúm gia cầm tại 12 chợ buôn bán gia cầm sống, đạt 50% kế hoạch năm. Kết quả xét nghiệm phát hiện 27 mẫu dương tính với vi rút cúm A, tỷ lệ dương tính 7,5%, tăng 1,8 điểm phần trăm so với cùng kỳ năm 2023. Trong đó có 9 mẫu dương tính với cúm A/H5N1 và 4 mẫu dương tính với cúm A/H5N6; 14 mẫu còn lại dương tính với các phân type khác.

Các mẫu dương tính tập trung tại chợ Đồng Tu (huyện Hưng Hà), chợ Bo (TP Thái Bình) và chợ Diêm Điền (huyện Thái Thụy), với lần lượt 8, 6 và 5 mẫu.

Theo ông Phạm Văn Hòa, Phó Chi cục trưởng, toàn tỉnh hiện có 47 chợ có buôn bán gia cầm sống với khoảng 620 hộ kinh doanh; bình quân mỗi ngày các chợ tiêu thụ từ 18.000 đến 20.000 con gà, vịt, ngan. Từ đầu năm đến nay, ngành chức năng đã cấp 5.200 lít hóa chất sát trùng và 14 tấn vôi bột cho các chợ, tổ chức 2 đợt tiêu độc, khử trùng môi trường.

Trong 6 tháng cuối năm, Chi cục dự kiến lấy thêm 360 mẫu tại các chợ; phấn đấu 100% chợ gia cầm sống được tiêu độc, khử trùng định kỳ ít nhất 2 lần/tháng. Người dân phát hiện gia cầm ốm, chết bất thường cần báo ngay cho chính quyền địa phương hoặc gọi đường dây nóng 0227.3831.468.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
H2 = per("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")
POS = "mẫu dương tính với vi rút cúm A tại các chợ"

FIGS = [
    fig("Phát hiện 27 mẫu", "27", 27, "count", "mẫu",
        subject="mẫu dương tính cúm A tại chợ gia cầm sống"),
    fig("lấy 360 mẫu giám sát", "360", 360, "count", "mẫu", percent=50,
        subject="mẫu giám sát lưu hành vi rút cúm gia cầm", period=H1),
    fig("tại 12 chợ", "12", 12, "count", "chợ",
        subject="chợ buôn bán gia cầm sống được lấy mẫu giám sát", period=H1),
    fig("phát hiện 27 mẫu", "27", 27, "count", "mẫu",
        subject="mẫu dương tính với vi rút cúm A", period=inh(H1)),
    fig("dương tính 7,5%", "7,5", 7.5, "percent", "%",
        change=chg("increase", 1.8, "điểm phần trăm", "cùng kỳ năm 2023"),
        subject="tỷ lệ dương tính với vi rút cúm A", period=inh(H1)),
    fig("có 9 mẫu", "9", 9, "count", "mẫu", total=27,
        subject="mẫu dương tính với cúm A/H5N1", period=inh(H1)),
    fig("và 4 mẫu", "4", 4, "count", "mẫu", total=27,
        subject="mẫu dương tính với cúm A/H5N6", period=inh(H1)),
    fig("14 mẫu còn lại", "14", 14, "count", "mẫu", total=27,
        subject="mẫu dương tính với các phân type khác", period=inh(H1)),
    fig("lần lượt 8,", "8", 8, "count", "mẫu", subject=POS, period=inh(H1), location="Hưng Hà"),
    fig("8, 6 và", "6", 6, "count", "mẫu", subject=POS, period=inh(H1), location="Thái Bình"),
    fig("và 5 mẫu", "5", 5, "count", "mẫu", subject=POS, period=inh(H1), location="Thái Thụy"),
    fig("có 47 chợ", "47", 47, "count", "chợ", subject="chợ có buôn bán gia cầm sống"),
    fig("khoảng 620 hộ", "620", 620, "count", "hộ kinh doanh", approx="about",
        subject="hộ kinh doanh gia cầm sống tại các chợ"),
    fig("từ 18.000 đến", "18.000", 18000, "measure", "con/ngày", value_max=20000,
        subject="gà, vịt, ngan các chợ tiêu thụ bình quân mỗi ngày"),
    fig("cấp 5.200 lít", "5.200", 5200, "measure", "lít",
        subject="hóa chất sát trùng cấp cho các chợ", period=YTD),
    fig("14 tấn", "14", 14, "measure", "tấn", subject="vôi bột cấp cho các chợ", period=YTD),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt",
        subject="đợt tiêu độc, khử trùng môi trường", period=YTD),
    fig("thêm 360 mẫu", "360", 360, "count", "mẫu", status="forecast",
        subject="mẫu giám sát lấy thêm tại các chợ", period=H2),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ chợ gia cầm sống được tiêu độc, khử trùng định kỳ", period=H2),
    fig("ít nhất 2 lần/tháng", "2", 2, "measure", "lần/tháng", approx="at_least", status="target",
        subject="số lần tiêu độc, khử trùng định kỳ chợ gia cầm sống", period=H2),
]

NOTES = [
    "Province portal (Thái Bình): surveillance of avian influenza virus at live poultry markets, 6 months 2024.",
    "Breadcrumb; 'Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.418' is the dateline (counter and time are distractors).",
    "Distractors: A/H5N1, A/H5N6 (virus names), hotline 0227.3831.468, counter 2.418, time 14:20.",
    "'tỷ lệ dương tính 7,5%' is named as its own indicator (not 'chiếm/đạt'), so it is a percent figure that carries the",
    "change in điểm phần trăm; 27 mẫu gets no percent. 27 has no total: 'lấy 360 mẫu ... phát hiện 27 mẫu' has no part cue.",
    "The district list (8, 6, 5 = 19) does not add up to 27: no total. 'TP Thái Bình' reduces to Thái Bình.",
    "'mỗi ngày ... từ 18.000 đến 20.000 con' is a rate: measure, unit con/ngày. Year-less '6 tháng cuối năm' takes 2024.",
    "The 'phấn đấu' clause shares the sentence of 'Trong 6 tháng cuối năm': period scored.",
]

if __name__ == "__main__":
    build("p1141-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Thái Bình")
